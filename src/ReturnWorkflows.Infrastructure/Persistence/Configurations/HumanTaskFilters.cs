namespace ReturnWorkflows.Infrastructure.Persistence.Configurations;

/// <summary>Partial-index filters, in SQL both PostgreSQL and SQLite read, shared by the model and its migration.</summary>
internal static class HumanTaskFilters
{
    /// <summary>Tasks the overdue sweep has not told about; the index leads with status, so it reads only live ones.</summary>
    public const string Unnoticed = "\"overdue_noticed_at\" IS NULL";
}

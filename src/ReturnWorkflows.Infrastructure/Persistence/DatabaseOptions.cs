using System.ComponentModel.DataAnnotations;

namespace ReturnWorkflows.Infrastructure.Persistence;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a file, nothing to install.</summary>
    Sqlite,
    PostgreSql,
}

/// <summary>Bound from <c>ReturnWorkflows:Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "ReturnWorkflows:Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// For SQLite, e.g. <c>Data Source=data/returnworkflows.db</c>; for PostgreSQL an Npgsql connection string.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply pending migrations at start. When false, a server finding an older schema refuses to start.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

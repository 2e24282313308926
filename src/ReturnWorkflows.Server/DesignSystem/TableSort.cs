namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// The order a list was asked for in its address (<c>?sort=column&amp;dir=desc</c>), so a sorted list can be linked,
/// bookmarked and reloaded. Pages sort only lists they hold whole: sorting one page of a longer list would mislead.
/// </summary>
public sealed record TableSort(string? Column, bool Descending)
{
    public const string ColumnParameter = "sort";
    public const string DirectionParameter = "dir";

    public static TableSort From(IQueryCollection query) =>
        new(query[ColumnParameter].FirstOrDefault(), string.Equals(query[DirectionParameter], "desc", StringComparison.OrdinalIgnoreCase));

    /// <summary>The rows in the asked order by the key of that column; unknown or no column keeps the given order.</summary>
    public IReadOnlyList<T> Apply<T>(IReadOnlyList<T> rows, IReadOnlyDictionary<string, Func<T, IComparable?>> keys) =>
        Column is not null && keys.TryGetValue(Column, out var key)
            ? (Descending ? rows.OrderByDescending(key) : rows.OrderBy(key)).ToList()
            : rows;
}

namespace ReturnWorkflows.Server.ElsaApi;

/// <summary>Elsa's list answer: <c>{items, count}</c>. Never null lists: the Studio throws on them.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, long Count)
{
    public static ListResponse<T> Of(IReadOnlyList<T> items) => new(items, items.Count);
}

/// <summary>Elsa's paged answer: <c>{items, totalCount}</c>.</summary>
public sealed record PagedListResponse<T>(IReadOnlyList<T> Items, long TotalCount);

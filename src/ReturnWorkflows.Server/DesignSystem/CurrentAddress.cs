using Microsoft.AspNetCore.WebUtilities;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>Links to the page being shown with some of its query changed (another sort, another page), the rest kept.</summary>
internal static class CurrentAddress
{
    public static string With(HttpRequest request, IReadOnlyCollection<string> drop, params (string Key, string Value)[] set)
    {
        var query = request.Query.Where(q => !drop.Contains(q.Key) && set.All(s => s.Key != q.Key))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Concat(set.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        return QueryHelpers.AddQueryString(request.PathBase + request.Path, query);
    }
}

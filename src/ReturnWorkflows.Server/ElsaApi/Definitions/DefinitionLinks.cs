using System.Security.Claims;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Definitions;

/// <summary>
/// Elsa's hypermedia links (hrefs without the /elsa/api prefix, as Elsa writes them). The Studio edits a definition
/// only when it carries a "publish" link and offers list actions only with "bulk-publish": users who may not design
/// get the read links alone, so the Studio shows them everything read-only.
/// </summary>
public sealed record Link(string Href, string Rel, string Method);

internal static class DefinitionLinks
{
    private static bool CanDesign(ClaimsPrincipal user) => Policies.Allows(user, Policies.DesignWorkflows);

    public static IReadOnlyList<Link> ForDefinition(ClaimsPrincipal user, string definitionId, bool isReadonly)
    {
        var links = new List<Link>
        {
            new($"/workflow-definitions/{definitionId}", "self", "GET"),
            new($"/workflow-definitions/by-definition-id/{definitionId}", "self", "GET"),
            new($"/workflow-definitions/{definitionId}/export", "export", "POST"),
        };
        if (CanDesign(user))
            links.AddRange(
            [
                new($"/workflow-definitions/{definitionId}/execute", "execute", "POST"),
                new($"/workflow-definitions/{definitionId}/dispatch", "dispatch", "POST"),
            ]);
        if (CanDesign(user) && !isReadonly)
            links.AddRange(
            [
                new($"/workflow-definitions/{definitionId}/publish", "publish", "POST"),
                new($"/workflow-definitions/{definitionId}/retract", "retract", "POST"),
                new($"/workflow-definitions/{definitionId}", "delete", "DELETE"),
            ]);
        return links;
    }

    public static IReadOnlyList<Link> ForList(ClaimsPrincipal user)
    {
        var links = new List<Link>
        {
            new("/workflow-definitions", "self", "GET"),
            new("/workflow-definitions/validation/is-name-unique", "is-name-unique", "GET"),
            new("/workflow-definitions/query/count", "count", "GET"),
            new("/workflow-definitions/many-by-id", "many-by-id", "GET"),
        };
        if (CanDesign(user))
            links.AddRange(
            [
                new("/bulk-actions/delete/workflow-definitions/by-definition-id", "bulk-delete-by-definition-id", "POST"),
                new("/bulk-actions/delete/workflow-definitions/by-id", "bulk-delete-by-id", "POST"),
                new("/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish", "POST"),
                new("/bulk-actions/retract/workflow-definitions/by-definition-ids", "bulk-retract", "POST"),
                new("/workflow-definitions/import", "import", "POST"),
                new("/workflow-definitions", "create", "POST"),
            ]);
        return links;
    }
}

using System.Security.Claims;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.ElsaApi.Definitions;

/// <summary>
/// Elsa's hypermedia links. The Studio opens a definition for editing only when it carries a "publish" link,
/// and its list offers bulk actions only with "bulk-publish": users who may not design get none, so read-only.
/// </summary>
public sealed record Link(string Href, string Rel, string Method);

internal static class DefinitionLinks
{
    public static bool CanDesign(ClaimsPrincipal user) => Policies.RolesByPolicy[Policies.DesignWorkflows].Any(user.IsInRole);

    public static IReadOnlyList<Link> ForDefinition(ClaimsPrincipal user, string definitionId) => CanDesign(user)
        ?
        [
            new($"/workflow-definitions/{definitionId}/publish", "publish", "POST"),
            new($"/workflow-definitions/{definitionId}/retract", "retract", "POST"),
            new($"/workflow-definitions/{definitionId}", "delete", "DELETE"),
        ]
        : [];

    public static IReadOnlyList<Link> ForList(ClaimsPrincipal user) => CanDesign(user)
        ?
        [
            new("/bulk-actions/publish/workflow-definitions/by-definition-ids", "bulk-publish", "POST"),
            new("/bulk-actions/retract/workflow-definitions/by-definition-ids", "bulk-retract", "POST"),
            new("/bulk-actions/delete/workflow-definitions/by-definition-id", "bulk-delete", "POST"),
        ]
        : [];
}

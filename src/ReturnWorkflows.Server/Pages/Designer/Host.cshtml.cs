using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Server.Designer;
using ReturnWorkflows.Server.ElsaApi;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Pages.Designer;

/// <summary>
/// Hosts one of Elsa Studio's custom elements inside our navigation. The element talks to <c>/elsa/api</c> with a
/// short-lived bearer token minted here; the page's script renews it before it expires.
/// </summary>
[Authorize(Policy = Policies.ViewWorkflows)]
public sealed class HostModel(AccessTokens tokens, DesignerBundle bundle, DefinitionHistoryQueries history) : PageModel
{
    /// <summary>The routes this page answers, besides <c>/designer</c> (the definition list).</summary>
    public static readonly string[] Routes =
    [
        "designer/workflows/definitions/{definitionId}/edit",
        "designer/workflows/instances",
        "designer/workflows/instances/{instanceId}/view",
    ];

    public string Element { get; private set; } = "";
    public string? ElementIdAttribute { get; private set; }
    public string? ElementIdValue { get; private set; }
    public string Title { get; private set; } = "";
    public AccessToken Token { get; private set; } = null!;
    public string ApiBase { get; private set; } = "";
    public bool BundleInstalled => bundle.IsInstalled;
    public bool CanDesign { get; private set; }
    public string? DefinitionId { get; private set; }
    /// <summary>On the definition list: the versions real cases still run on (publishing never moves them).</summary>
    public IReadOnlyList<RunningVersion> RunningVersions { get; private set; } = [];

    public async Task OnGetAsync(string? definitionId, string? instanceId, CancellationToken ct)
    {
        DefinitionId = definitionId;
        (Element, ElementIdAttribute, ElementIdValue, Title) = (definitionId, instanceId, Request.Path.Value) switch
        {
            ({ } id, _, _) => ("elsa-workflow-definition-editor", "definition-id", id, "Workflow editor"),
            (_, { } id, _) => ("elsa-workflow-instance-viewer", "instance-id", id, "Workflow instance"),
            (_, _, { } path) when path.TrimEnd('/').EndsWith("/instances", StringComparison.Ordinal) => ("elsa-workflow-instance-list", null, null, "Workflow instances"),
            _ => ("elsa-workflow-definition-list", null, null, "Workflow definitions"),
        };
        Token = tokens.Issue(User);
        ApiBase = $"{Request.Scheme}://{Request.Host}{ElsaApiEndpoints.BasePath}";
        CanDesign = Policies.Allows(User, Policies.DesignWorkflows);
        Response.Headers.CacheControl = "no-store"; // the page carries a token
        if (Element == "elsa-workflow-definition-list")
            RunningVersions = await history.RunningVersionsAsync(ct);
    }
}

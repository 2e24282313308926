using System.Security.Claims;
using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime.Commands;
using ReturnWorkflows.Server.Cases;

namespace ReturnWorkflows.Server.Designer;

/// <summary>
/// A designer's test run of a case workflow (one holding a step of the "Return case" category) gets a practice case of
/// its own (<see cref="OpenPracticeCase"/>), so its steps read and write a case as they will for real, while the case
/// stays out of lists, reports and the duplicate check and its tasks go to the runner alone. Other workflows, and
/// starts by automation, run as they are.
/// </summary>
internal sealed class PracticeCaseRuns(IWorkflowDefinitionStore definitions, IMediator mediator)
{
    /// <summary>The type names of our case activities all begin so (<c>ReturnWorkflows.Cases.IntakeReview</c>).</summary>
    public const string CaseActivityTypePrefix = "ReturnWorkflows.Cases.";

    public async Task<StartWorkflow> WithPracticeCaseAsync(StartWorkflow start, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!start.IsTestRun || start.CaseId is not null) return start;
        var definition = await definitions.FindAsync(start.DefinitionId, start.VersionOptions ?? VersionOptions.Published, cancellationToken);
        if (definition is null || !UsesCaseActivities(definition.Content)) return start;
        var practice = await mediator.Send(new OpenPracticeCase(user.ToCaseViewer()), cancellationToken);
        // As a case's own phases are: correlated by the case number, which the inbox and the task page show.
        return start with { CaseId = practice.CaseId, CorrelationId = start.CorrelationId ?? practice.Number };
    }

    /// <summary>Whether any activity of the definition, at any depth, is a case activity.</summary>
    public static bool UsesCaseActivities(string content)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(content); }
        catch (System.Text.Json.JsonException) { return false; }
        return Any(root);

        static bool Any(JsonNode? node) => node switch
        {
            JsonObject o => ((o["type"] as JsonValue)?.TryGetValue<string>(out var type) == true && type.StartsWith(CaseActivityTypePrefix, StringComparison.Ordinal))
                            || o.Any(p => Any(p.Value)),
            JsonArray a => a.Any(Any),
            _ => false,
        };
    }
}

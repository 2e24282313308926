using System.Security.Claims;
using System.Text.Json.Nodes;
using MediatR;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Forms;
using ReturnWorkflows.Server.Cases;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>
/// A task's form as it opens (<c>GET /api/tasks/{id}/form</c>, and the task page): its questions, the answers read from
/// the case, and the persons a row is asked of. Empty values and no persons when the task has no case form.
/// </summary>
public sealed record TaskFormView(FormDefinition? Form, JsonObject Values, IReadOnlyList<CaseFormPerson> Persons)
{
    /// <summary>
    /// The form of a task the caller may see (<see cref="GetTask"/> has decided that). The case's answers only for
    /// someone who may also see the case: a task holder the case is hidden from gets the form without them.
    /// </summary>
    public static async Task<TaskFormView> OfAsync(HumanTask task, TaskView view, ClaimsPrincipal user, IMediator mediator, CancellationToken ct)
    {
        CaseFormPrefill? prefill = null;
        if (task is { CaseId: { } caseId, FormKey: { } key })
        {
            try
            {
                prefill = await mediator.Send(new GetCaseFormPrefill(user.ToCaseViewer(), caseId, key), ct);
            }
            catch (NotFoundException)
            {
                // Hidden by need to know: the task is still theirs to do, from what they are told.
            }
        }
        return new TaskFormView(view.Form, prefill?.Values ?? [], prefill?.Persons ?? []);
    }
}

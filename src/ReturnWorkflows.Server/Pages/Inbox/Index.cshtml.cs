using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks.Queries;
using ReturnWorkflows.Server.Identity;
using ReturnWorkflows.Server.Localization;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Pages.Inbox;

/// <summary>A person's inbox: their tasks, their office's open queue, what is due soon and what is overdue.</summary>
[Authorize(Policy = Policies.WorkTasks)]
public sealed class IndexModel(IMediator mediator, TaskViews views, InboxRows rows) : PageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "view")] public string? View { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; }

    public IReadOnlyList<InboxRow> Tasks { get; private set; } = [];

    /// <summary>On an empty "Mine": how many open tasks wait in the office's queue (a counsellor new to the inbox looks here first).</summary>
    public int OfficeQueueWaiting { get; private set; }
    public string? Error { get; private set; }

    /// <summary>The tab being shown, by the name its link uses.</summary>
    public string ViewName => string.IsNullOrEmpty(View) ? InboxViews.All[0].Name : View.ToLowerInvariant();

    public static IEnumerable<(string Name, string Label)> Tabs => InboxViews.All.Select(v => (v.Name, v.Label));

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            var view = InboxViews.Parse(View);
            var page = await mediator.Send(new TaskInbox(User.ToTaskActor(), view, PageNumber, PageSize), ct);
            Tasks = await rows.OfAsync(page.Items.Select(views.Of).ToList(), User.GetOffice(), ct);
            if (view == InboxView.Mine && Tasks.Count == 0 && PageNumber == 0)
                OfficeQueueWaiting = (await mediator.Send(new TaskInbox(User.ToTaskActor(), InboxView.OfficeOpen, 0, PageSize), ct)).Items.Count;
        }
        catch (CommandFailedException e)
        {
            Error = e.InLanguageOf(HttpContext).Message; // a view name the page itself refused, too
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }
}

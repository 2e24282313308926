using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>The case page's notes (the list and the form that writes one) and its timeline.</summary>
public sealed partial class CaseModel
{
    /// <summary>How many timeline entries the page shows; the API gives them all.</summary>
    public const int TimelineShown = 100;

    public IReadOnlyList<NoteView> Notes { get; private set; } = [];
    public IReadOnlyList<TimelineEntryView> Timeline { get; private set; } = [];
    public bool NoteWritten { get; private set; }

    [BindProperty(Name = "note")] public NoteFormInput NoteForm { get; set; } = new();

    public string? NoteError { get; private set; }

    public async Task<IActionResult> OnPostNoteAsync(CancellationToken ct)
    {
        try
        {
            await mediator.Send(new WriteCaseNote(User.ToCaseViewer(), CaseId, NoteForm.Text ?? "", User.CompletionKey(NoteForm.Key)), ct);
            TempData["NoteWritten"] = true;
            return RedirectToPage(null, null, new { caseId = CaseId }, "rw-notes"); // after a post, a reload must not write it again
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound)
        {
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            NoteError = refused.Errors.TryGetValue("text", out var messages) ? string.Join(" ", messages) : refused.Message;
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}

/// <summary>The note form as posted.</summary>
public sealed class NoteFormInput
{
    public string? Text { get; set; }

    /// <summary>Keeps a double-clicked submit from writing the note twice (the command's idempotency key).</summary>
    public string? Key { get; set; }

    public static NoteFormInput Blank() => new() { Key = Guid.NewGuid().ToString("N") };
}

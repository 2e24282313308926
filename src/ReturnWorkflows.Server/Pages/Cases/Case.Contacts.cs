using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Contacts;
using ReturnWorkflows.Cases.Queries;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Server.Cases;
using ReturnWorkflows.Server.Http;
using ReturnWorkflows.Server.Localization;
using ReturnWorkflows.Server.Tasks;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>The case page's contact log: the list (newest first) and the small form that logs a contact.</summary>
public sealed partial class CaseModel
{
    public IReadOnlyList<ContactView> Contacts { get; private set; } = [];
    public bool MayLogContacts { get; private set; }
    public bool ContactLogged { get; private set; }

    [BindProperty(Name = "contact")] public ContactFormInput ContactForm { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> ContactErrors { get; private set; } = new Dictionary<string, string[]>();
    public string? ContactRefusal { get; private set; }

    public string? ContactErrorFor(string field) => ContactErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnPostContactAsync(CancellationToken ct)
    {
        try
        {
            if (ContactForm.ContactedAtUtc(clock.Zone) is not { } at)
                throw new CommandRejectedException("contactedAt", "Give the date and time of the contact.");
            if (!Enum.TryParse<ContactChannel>(ContactForm.Channel, out var channel) || !Enum.IsDefined(channel))
                throw new CommandRejectedException("channel", "Choose how the contact was made.");
            await mediator.Send(new LogContact(User.ToCaseViewer(), CaseId, ContactForm.PersonId ?? "",
                new ContactAttempt(at, channel, ContactForm.Reached, ContactForm.Note), User.CompletionKey(ContactForm.Key)), ct);
            TempData["ContactLogged"] = true;
            return RedirectToPage(new { caseId = CaseId }); // after a post, a reload must not log it again
        }
        catch (CommandFailedException refused) when (refused.Kind != FailureKind.NotFound || refused.Errors.ContainsKey("personId"))
        {
            refused.InLanguageOf(HttpContext);
            Response.StatusCode = CommandExceptionHandler.StatusCodeOf(refused.Kind);
            ContactErrors = refused.Errors;
            ContactRefusal = ContactErrors.Keys.All(ContactFormInput.Fields.Contains) ? text["Nothing was saved: correct the fields marked below."] : refused.Message;
            return await LoadAsync(ct) ? Page() : NotFound();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}

/// <summary>The contact form as posted: the time as the office clock shows it (a <c>datetime-local</c> input).</summary>
public sealed class ContactFormInput
{
    public const string LocalFormat = "yyyy-MM-ddTHH:mm";
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "personId", "contactedAt", "channel", "note" };

    public string? PersonId { get; set; }
    public string? ContactedAt { get; set; }
    public string? Channel { get; set; }
    public bool Reached { get; set; }
    public string? Note { get; set; }

    /// <summary>Keeps a double-clicked submit from logging the contact twice (the command's idempotency key).</summary>
    public string? Key { get; set; }

    public static ContactFormInput Blank(ViewerClock clock, TimeProvider time) => new()
    {
        ContactedAt = TimeZoneInfo.ConvertTimeFromUtc(time.GetUtcNow().UtcDateTime, clock.Zone).ToString(LocalFormat, CultureInfo.InvariantCulture),
        Key = Guid.NewGuid().ToString("N"),
    };

    /// <summary>The office-clock time in UTC; null when it is missing, unreadable or does not exist (the hour skipped in spring).</summary>
    public DateTime? ContactedAtUtc(TimeZoneInfo zone)
    {
        if (!DateTime.TryParseExact(ContactedAt, [LocalFormat, "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }
}

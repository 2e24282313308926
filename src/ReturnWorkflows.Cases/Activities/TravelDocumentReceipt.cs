using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The travel documents arrived: each person taking part has a row with their document's kind, number and expiry
/// (a collective laissez-passer is the same number on every row), prefilled with the document the case already holds;
/// each new or changed one is recorded and its holder gets the "document obtained" milestone.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Travel document receipt", Kind = ActivityKind.Task,
    Description = "Record the travel document each person taking part received: kind, number and expiry, a row per person. The expiry must be after the planned departure, if one is planned. Each of them then has the 'document obtained' milestone.")]
[FlowOutcomes(Received, EscalatedOutcome)]
public sealed class TravelDocumentReceipt : CaseActivity<TravelDocumentReceiptForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.TravelDocumentReceipt";
    public const string Received = "Received";

    [Output(DisplayName = "Documents obtained", Description = "How many persons of the case now have a travel document.")]
    public int DocumentsObtained { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Received];
    protected override string DefaultTitle => "Travel document receipt";
    protected override string TaskDescription => "When the travel documents arrive, record each person's kind, number and expiry (a collective laissez-passer: the same number on every row). None may expire before the planned departure.";
    protected override string? DefaultDue => "+30 days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.OperationsOfficer, Roles.Counsellor, Roles.Supervisor];
}

[CaseForm("case.travel-document-receipt", "Travel document receipt")]
public sealed record TravelDocumentReceiptForm(
    [property: Question("Each person's document", Required = true)] IReadOnlyList<TravelDocumentRow>? Persons,
    [property: Question("Received on", Required = true)] DateOnly? ReceivedOn);

/// <summary>The document one person travels on.</summary>
public sealed record TravelDocumentRow(
    string PersonId,
    [property: Question("Kind of document", Required = true)] TravelDocumentKind? Kind,
    [property: Question("Document number", Required = true, MaxLength = 50)] string? Number,
    [property: Question("Expires on", Required = true)] DateOnly? ExpiresOn) : IPersonRow;

public sealed class TravelDocumentReceiptFormValidator : AbstractValidator<TravelDocumentReceiptForm>
{
    public TravelDocumentReceiptFormValidator()
    {
        RuleFor(f => f.Persons).NotEmpty().WithMessage("Give each person's document.");
        RuleForEach(f => f.Persons).ChildRules(row =>
        {
            row.RuleFor(r => r.Kind).NotNull().IsInEnum().WithMessage("Say which kind of document it is.");
            row.RuleFor(r => r.Number).NotEmpty().WithMessage("Give the document's number.").MaximumLength(50);
            row.RuleFor(r => r.ExpiresOn).NotNull().WithMessage("Give the document's expiry date.");
        });
        RuleFor(f => f.ReceivedOn).NotNull().WithMessage("Give the date the documents were received.");
    }
}

public sealed class TravelDocumentReceiptAnswers(CaseAnswerServices services, IValidator<TravelDocumentReceiptForm> validator)
    : CaseActivityAnswers<TravelDocumentReceiptForm>(services, validator)
{
    public override string ActivityType => TravelDocumentReceipt.TypeName;

    /// <summary>A row per person, with the document the case already holds for them (a renewal changes only what changed).</summary>
    protected override TravelDocumentReceiptForm Prefill(ReturnCase returnCase, DateOnly today) => new(
        PersonRows.AskedOf(returnCase).Select(p => returnCase.CurrentTravelDocumentOf(p.Id) is { } held
            ? new TravelDocumentRow(p.Id, held.Kind, held.Number, held.ExpiresOn)
            : new TravelDocumentRow(p.Id, null, null, null)).ToList(),
        null);

    protected override JsonObject? Apply(ReturnCase returnCase, TravelDocumentReceiptForm form, string outcome, AnswerContext context)
    {
        foreach (var (person, row, i) in PersonRows.Match(returnCase, form.Persons, "persons"))
        {
            // A row left as prefilled is the document already on file: recorded once, not again.
            if (returnCase.CurrentTravelDocumentOf(person.Id) is { } held
                && held.Kind == row.Kind && held.Number == row.Number!.Trim() && held.ExpiresOn == row.ExpiresOn)
                continue;
            returnCase.RecordTravelDocumentReceived(person.Id, new TravelDocumentFacts(row.Kind!.Value, row.Number!, row.ExpiresOn!.Value, form.ReceivedOn!.Value),
                context.At, context.By, $"form.persons[{i}].");
        }
        return new JsonObject { [nameof(TravelDocumentReceipt.DocumentsObtained)] = returnCase.Persons.Count(p => p.TravelDocumentObtainedAt is not null) };
    }
}

using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The travel document arrived: its kind, number and expiry are recorded for everyone taking part, each person gets the
/// "document obtained" milestone. One document for the household (a collective laissez-passer, or one kind and expiry
/// for all), as the consent steps ask once for the household: the forms have no per-person rows yet.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Travel document receipt", Kind = ActivityKind.Task,
    Description = "Record the travel document received for the household: kind, number and expiry. The expiry must be after the planned departure, if one is planned. Everyone taking part then has the 'document obtained' milestone.")]
[FlowOutcomes(Received, EscalatedOutcome)]
public sealed class TravelDocumentReceipt : CaseActivity<TravelDocumentReceiptForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.TravelDocumentReceipt";
    public const string Received = "Received";

    [Output(DisplayName = "Documents obtained", Description = "How many persons of the case now have a travel document.")]
    public int DocumentsObtained { get; init; }

    public override IReadOnlyList<string> TaskOutcomes => [Received];
    protected override string DefaultTitle => "Travel document receipt";
    protected override string TaskDescription => "When the travel document arrives, record its kind, number and expiry. It must not expire before the planned departure.";
    protected override string? DefaultDue => "+30 days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.OperationsOfficer, Roles.Counsellor, Roles.Supervisor];
}

[CaseForm("case.travel-document-receipt", "Travel document receipt")]
public sealed record TravelDocumentReceiptForm(
    [property: Question("Kind of document", Required = true)] TravelDocumentKind? Kind,
    [property: Question("Document number", Required = true, MaxLength = 50)] string? Number,
    [property: Question("Expires on", Required = true)] DateOnly? ExpiresOn,
    [property: Question("Received on", Required = true)] DateOnly? ReceivedOn);

public sealed class TravelDocumentReceiptFormValidator : AbstractValidator<TravelDocumentReceiptForm>
{
    public TravelDocumentReceiptFormValidator()
    {
        RuleFor(f => f.Kind).NotNull().IsInEnum().WithMessage("Say which kind of document it is.");
        RuleFor(f => f.Number).NotEmpty().WithMessage("Give the document's number.").MaximumLength(50);
        RuleFor(f => f.ExpiresOn).NotNull().WithMessage("Give the document's expiry date.");
        RuleFor(f => f.ReceivedOn).NotNull().WithMessage("Give the date the document was received.");
    }
}

public sealed class TravelDocumentReceiptAnswers(CaseAnswerServices services, IValidator<TravelDocumentReceiptForm> validator)
    : CaseActivityAnswers<TravelDocumentReceiptForm>(services, validator)
{
    public override string ActivityType => TravelDocumentReceipt.TypeName;

    protected override JsonObject? Apply(ReturnCase returnCase, TravelDocumentReceiptForm form, string outcome, AnswerContext context)
    {
        returnCase.RecordTravelDocumentReceived(new TravelDocumentFacts(form.Kind!.Value, form.Number!, form.ExpiresOn!.Value, form.ReceivedOn!.Value),
            context.At, context.By);
        return new JsonObject { [nameof(TravelDocumentReceipt.DocumentsObtained)] = returnCase.Persons.Count(p => p.TravelDocumentObtainedAt is not null) };
    }
}

using System.Text.Json.Nodes;
using FluentValidation;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Activities.Forms;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The host office offers the case to the origin office of the country of return, with the needs assessment it hands
/// over (domain.md, lifecycle step 7, and "Transfers and referrals"). Only with someone's transfer consent; the origin
/// office then sees the case as the consent allows and decides (<see cref="HandoverDecision"/>).
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Hand-over offer", Kind = ActivityKind.Task,
    Description = "Offer the case to the origin office in the country of return, with the needs assessment it receives (what the returnees will need on arrival). Needs someone's consent to the transfer of their data.")]
[FlowOutcomes(Offered, EscalatedOutcome)]
public sealed class HandoverOffer : CaseActivity<HandoverOfferForm>
{
    public const string TypeName = "ReturnWorkflows.Cases.HandoverOffer";
    public const string Offered = "Offered";

    public override IReadOnlyList<string> TaskOutcomes => [Offered];
    protected override string DefaultTitle => "Hand-over offer to the origin office";
    protected override string TaskDescription => "Write the needs assessment for the origin office (what the returnees will need on arrival: housing, medical follow-up, schooling, work) and offer it the case.";
    protected override string? DefaultDue => "+5 working days";
    protected override IReadOnlyList<string> AllowedRoles => [Roles.Counsellor, Roles.OperationsOfficer, Roles.Supervisor];
}

[CaseForm("case.handover-offer", "Hand-over offer to the origin office")]
public sealed record HandoverOfferForm(
    [property: Question("Needs assessment for the origin office", Required = true, MaxLength = 4000)] string? NeedsAssessment);

public sealed class HandoverOfferFormValidator : AbstractValidator<HandoverOfferForm>
{
    public HandoverOfferFormValidator() =>
        RuleFor(f => f.NeedsAssessment).NotEmpty().WithMessage("Write what the returnees will need on arrival.").MaximumLength(4000);
}

public sealed class HandoverOfferAnswers(CaseAnswerServices services, IValidator<HandoverOfferForm> validator, ICaseRepository cases)
    : CaseActivityAnswers<HandoverOfferForm>(services, validator)
{
    private string _originOffice = "";

    public override string ActivityType => HandoverOffer.TypeName;

    /// <summary>The origin office is the country of return's, as the step context names it.</summary>
    protected override async Task CheckAsync(ReturnCase returnCase, TaskAnswers answers, CancellationToken cancellationToken) =>
        _originOffice = (await cases.FindStepContextAsync(returnCase.Id, cancellationToken))?.OriginOffice
                        ?? throw new ConflictException("countryOfReturn", $"The country of return ({returnCase.CountryOfReturn}) has no origin office to hand the case to.");

    protected override JsonObject? Apply(ReturnCase returnCase, HandoverOfferForm form, string outcome, AnswerContext context)
    {
        returnCase.OfferHandover(_originOffice, form.NeedsAssessment!, context.At, context.By);
        return null;
    }
}

using Microsoft.AspNetCore.Mvc;
using ReturnWorkflows.Cases.Commands;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>
/// The case page's monitoring: the contacts planned (and those the programme's end cut), the sample, and the
/// sustainability surveys with their scores. The origin office that accepted the case (or the host office) records a
/// returnee's answers here; the same command as <c>POST /api/cases/{id}/monitoring/surveys</c>.
/// </summary>
public sealed partial class CaseModel
{
    [BindProperty(Name = "survey")] public SurveyInput SurveyForm { get; set; } = new();

    /// <summary>The survey new answers are given on (the version published last).</summary>
    public SustainabilitySurvey? Survey { get; private set; }

    /// <summary>Whether the viewer records a survey: as for the plan, once someone has arrived.</summary>
    public bool MayRecordSurvey => MayWorkOnPlan && Survey is not null && Details.Reintegration is { ReturneeIds.Count: > 0 };

    public Task<IActionResult> OnPostSurveyAsync(CancellationToken ct) => SectionStepAsync(null, async viewer =>
    {
        var round = Choice<SurveyRound>(SurveyForm.Round, "round", "Choose the round.");
        // Each question posts as survey.answers[<question id>]; unanswered ones are left out, so the refusal names them.
        var answers = Request.Form.Keys.Where(k => k.StartsWith(SurveyInput.AnswerPrefix, StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k[SurveyInput.AnswerPrefix.Length..^1], k => Request.Form[k].ToString(), StringComparer.Ordinal);
        await mediator.Send(new RecordSurveyResponse(viewer, CaseId, SurveyForm.Version, round, SurveyForm.PersonId, SurveyForm.AnsweredOn, answers), ct);
        return text["The survey is recorded."];
    }, ct, anchor: "rw-monitoring");
}

/// <summary>The survey form as posted (the answers come as <c>survey.answers[&lt;question id&gt;]</c>).</summary>
public sealed class SurveyInput
{
    public const string AnswerPrefix = "survey.answers[";

    public int Version { get; set; }
    public string? Round { get; set; }
    public string? PersonId { get; set; }
    public DateOnly? AnsweredOn { get; set; }
}

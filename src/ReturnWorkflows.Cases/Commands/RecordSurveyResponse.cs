using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Cases.Application;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.ReferenceData;
using ReturnWorkflows.Cases.Views;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.Commands;

/// <summary>
/// A returnee's answers to the sustainability survey, recorded by the origin office that accepted the case (or the
/// host office) on the programme's current survey version, and scored by it.
/// </summary>
public sealed record RecordSurveyResponse(CaseViewer Viewer, string CaseId, int Version, SurveyRound Round, string? PersonId, DateOnly? AnsweredOn,
    IReadOnlyDictionary<string, string>? Answers) : IRequest<CaseSaved>;

public sealed class RecordSurveyResponseValidator : AbstractValidator<RecordSurveyResponse>
{
    public RecordSurveyResponseValidator()
    {
        RuleFor(c => c.Round).IsInEnum().OverridePropertyName("round");
        RuleFor(c => c.PersonId).NotEmpty().WithMessage("Say which returnee answered.").MaximumLength(100).OverridePropertyName("personId");
        RuleFor(c => c.AnsweredOn).NotNull().WithMessage("Give the day of the survey.").OverridePropertyName("answeredOn");
        RuleFor(c => c.Answers).NotNull().WithMessage("Give the answers.")
            .Must(a => a is null || a.Count <= SustainabilitySurvey.MaxQuestions).WithMessage($"A survey has at most {SustainabilitySurvey.MaxQuestions} answers.")
            .Must(a => a is null || a.All(p => p.Key.Length <= 100 && (p.Value?.Length ?? 0) <= 100)).WithMessage("An answer or question id is longer than 100 characters.")
            .OverridePropertyName("answers");
    }
}

public sealed class RecordSurveyResponseHandler(CaseEditing editing, IReferenceDataStore referenceData) : IRequestHandler<RecordSurveyResponse, CaseSaved>
{
    public async Task<CaseSaved> Handle(RecordSurveyResponse command, CancellationToken cancellationToken)
    {
        var survey = await referenceData.CurrentSurveyAsync(cancellationToken)
                     ?? throw new ConflictException("survey", "No sustainability survey is published.");
        return await editing.EditReintegrationAsync(command.Viewer, command.CaseId, command.Version,
            (c, now) => c.RecordSurveyResponse(command.Round, command.PersonId!, survey, command.AnsweredOn!.Value, command.Answers!, now, command.Viewer.UserName),
            cancellationToken);
    }
}

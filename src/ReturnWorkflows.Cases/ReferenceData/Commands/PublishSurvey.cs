using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Cases.ReferenceData.Commands;

/// <summary>
/// A programme manager or administrator publishes the programme's own sustainability survey: a new version of the
/// survey (the sample's, or one of its own id), used by every response recorded from now on. Published versions never
/// change, so every response stays scored as it was answered.
/// </summary>
public sealed record PublishSurvey(CaseViewer Viewer, string Id, string Title, IReadOnlyList<SurveyQuestion>? Questions) : IRequest<SustainabilitySurvey>;

public sealed class PublishSurveyValidator : AbstractValidator<PublishSurvey>
{
    public PublishSurveyValidator()
    {
        RuleFor(c => c.Id).NotEmpty().MaximumLength(100).Matches("^[a-z0-9][a-z0-9-]*$").WithMessage("Give the survey an id of lower-case letters, digits and hyphens.");
        RuleFor(c => c.Title).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Questions).NotEmpty().WithMessage("A survey has questions.")
            .Must(q => q is null || q.Count <= SustainabilitySurvey.MaxQuestions).WithMessage($"A survey has at most {SustainabilitySurvey.MaxQuestions} questions.")
            .Must(q => q is null || q.Select(x => x?.Id).Distinct().Count() == q.Count).WithMessage("Two questions have the same id.");
        RuleForEach(c => c.Questions).NotNull().ChildRules(question =>
        {
            question.RuleFor(q => q.Id).NotEmpty().MaximumLength(100);
            question.RuleFor(q => q.Text).NotEmpty().MaximumLength(500);
            question.RuleFor(q => q.Dimension).IsInEnum();
            question.RuleFor(q => q.Weight).InclusiveBetween(0.1m, 100m).WithMessage("A weight is from 0.1 to 100.");
            question.RuleFor(q => q.Options).NotEmpty().WithMessage("A question offers answers.")
                .Must(o => o is null || o.Count <= 12).WithMessage("A question offers at most 12 answers.")
                .Must(o => o is null || o.Select(x => x?.Value).Distinct().Count() == o.Count).WithMessage("Two answers have the same value.");
            question.RuleForEach(q => q.Options).NotNull().ChildRules(option =>
            {
                option.RuleFor(o => o.Value).NotEmpty().MaximumLength(100);
                option.RuleFor(o => o.Label).NotEmpty().MaximumLength(200);
                option.RuleFor(o => o.Score).InclusiveBetween(0m, 1m).WithMessage("A score is from 0 to 1 (none: the answer does not apply).");
            });
        });
    }
}

public sealed class PublishSurveyHandler(IReferenceDataStore store, TimeProvider clock) : IRequestHandler<PublishSurvey, SustainabilitySurvey>
{
    public async Task<SustainabilitySurvey> Handle(PublishSurvey command, CancellationToken cancellationToken)
    {
        if (!command.Viewer.Holds(Roles.Administrator) && !command.Viewer.Holds(Roles.ProgrammeManager))
            throw new ForbiddenException("role", "Only programme managers and administrators publish a survey.");
        var versions = await store.SurveyVersionsAsync(command.Id, cancellationToken);
        var survey = new SustainabilitySurvey
        {
            Id = command.Id,
            Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1,
            Title = command.Title.Trim(),
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = command.Viewer.UserName,
            Questions = command.Questions!,
        };
        store.Add(survey);
        return survey;
    }
}

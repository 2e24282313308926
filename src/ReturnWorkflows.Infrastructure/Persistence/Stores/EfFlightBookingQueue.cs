using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Cases.Travel;
using ReturnWorkflows.Engine.Tasks;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

/// <summary>The open flight-booking tasks the user may take, joined to their cases' codes and counts, in one query.</summary>
internal sealed class EfFlightBookingQueue(ReturnWorkflowsDbContext db) : IFlightBookingQueue
{
    public const int MaxListed = 200;

    public async Task<IReadOnlyList<WaitingForFlight>> WaitingAsync(TaskActor actor, IReadOnlyCollection<string>? caseIds, CancellationToken cancellationToken)
    {
        var formKey = Cases.Activities.Forms.CaseForms.KeyOf(typeof(FlightBookingForm));
        var roles = actor.Roles.ToList();
        // As CompleteHumanTask decides whose a task is: its assignee, a candidate while nobody has it, a supervisor of its office.
        var supervises = roles.Contains(TaskActor.SupervisorRole);
        var tasks = db.HumanTasks.AsNoTracking().Where(t => t.FormKey == formKey && t.CaseId != null
            && (t.Assignee == actor.UserId
                || (supervises && (t.CandidateOffice == null || t.CandidateOffice == actor.Office))
                || (t.Assignee == null && (t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Escalated)
                    && (t.CandidateRole == null || roles.Contains(t.CandidateRole)) && (t.CandidateOffice == null || t.CandidateOffice == actor.Office))));
        tasks = tasks.Where(t => t.Status == HumanTaskStatus.Open || t.Status == HumanTaskStatus.Assigned || t.Status == HumanTaskStatus.Escalated);
        if (caseIds is not null)
        {
            var chosen = caseIds.ToList();
            tasks = tasks.Where(t => chosen.Contains(t.CaseId!));
        }
        var rows = await tasks
            .Join(db.ReturnCases.AsNoTracking().Where(c => !c.IsTest), t => t.CaseId, c => c.Id, (t, c) => new
            {
                TaskId = t.Id, CaseId = c.Id, c.Number, c.CountryOfReturn, t.DueAt,
                Travellers = c.Persons.Count(p => p.Participation == Participation.Participating),
                // Each traveller's latest document is the one they fly on; the earliest of those bounds the flight.
                Expires = c.Persons.Where(p => p.Participation == Participation.Participating)
                    .Select(p => c.TravelDocuments.Where(d => d.PersonId == p.Id).OrderByDescending(d => d.RecordedAt).Select(d => (DateOnly?)d.ExpiresOn).FirstOrDefault())
                    .Min(),
            })
            .OrderBy(r => r.DueAt == null).ThenBy(r => r.DueAt).ThenBy(r => r.Number)
            .Take(MaxListed)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new WaitingForFlight(r.TaskId, r.CaseId, r.Number, r.CountryOfReturn, r.Travellers, r.Expires, r.DueAt)).ToList();
    }
}

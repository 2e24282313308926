using System.Text.Json.Nodes;
using FluentValidation;
using MediatR;
using ReturnWorkflows.Cases.Activities;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Tasks;
using ReturnWorkflows.Engine.Tasks.Commands;

namespace ReturnWorkflows.Cases.Travel;

/// <summary>
/// Several cases on one flight with one escort (domain.md, lifecycle step 7: "often a group on one flight"): each
/// chosen case's flight-booking task is completed with the same flight and group reference, in one transaction. If
/// one case cannot be booked (no document valid after the flight, not waiting for a booking, not the user's to book)
/// nothing is booked and the refusal names that case.
/// </summary>
/// <param name="GroupReference">The group's reference; none: one is made from the day and the flight ("GRP-20270315-TK1022").</param>
public sealed record BookGroupFlight(TaskActor Actor, string? FlightNumber, DateOnly? DepartsOn, string? Route, string? Escort, string? GroupReference,
    IReadOnlyList<string>? CaseIds) : IRequest<GroupFlightBooked>;

public sealed record GroupFlightBooked(string GroupReference, IReadOnlyList<string> CaseNumbers);

public sealed class BookGroupFlightValidator : AbstractValidator<BookGroupFlight>
{
    public const int MaxCases = 40;

    public BookGroupFlightValidator()
    {
        // The flight as the booking step's form checks it; the case checks each household's documents against it.
        RuleFor(c => c.FlightNumber).NotEmpty().WithMessage("Give the flight number.").MaximumLength(20)
            .Matches(FlightBookingFormValidator.FlightNumberPattern).WithMessage(FlightBookingFormValidator.FlightNumberRule);
        RuleFor(c => c.DepartsOn).NotNull().WithMessage("Give the day of the flight.");
        RuleFor(c => c.Route).NotEmpty().WithMessage("Give the route, such as 'SJJ - IST - ISB'.").MaximumLength(200);
        RuleFor(c => c.Escort).MaximumLength(200);
        RuleFor(c => c.GroupReference).MaximumLength(50);
        RuleFor(c => c.CaseIds).NotNull().WithMessage("Choose the cases that fly together.")
            .Must(ids => ids is { Count: >= 2 }).WithMessage("A group booking puts at least two cases on the flight; book one case from its task.")
            .Must(ids => ids is null || ids.Count <= MaxCases).WithMessage($"A group booking holds at most {MaxCases} cases.")
            .Must(ids => ids is null || ids.Distinct().Count() == ids.Count).WithMessage("A case is chosen twice.");
        RuleForEach(c => c.CaseIds).NotEmpty().WithMessage("Name each case by its id.").MaximumLength(100);
    }
}

public sealed class BookGroupFlightHandler(IFlightBookingQueue queue, IMediator mediator) : IRequestHandler<BookGroupFlight, GroupFlightBooked>
{
    public async Task<GroupFlightBooked> Handle(BookGroupFlight command, CancellationToken cancellationToken)
    {
        var caseIds = command.CaseIds!;
        // One booking step per case is the shipped drawing; a redesign with two takes the most urgent (the queue's order).
        var waiting = (await queue.WaitingAsync(command.Actor, caseIds, cancellationToken)).GroupBy(w => w.CaseId).ToDictionary(g => g.Key, g => g.First());
        var reference = string.IsNullOrWhiteSpace(command.GroupReference)
            ? $"GRP-{command.DepartsOn!.Value:yyyyMMdd}-{command.FlightNumber!.Replace(" ", "").ToUpperInvariant()}"
            : command.GroupReference.Trim().ToUpperInvariant();
        var form = new JsonObject
        {
            [ActivityDescriber.CamelCase(nameof(FlightBookingForm.FlightNumber))] = command.FlightNumber,
            [ActivityDescriber.CamelCase(nameof(FlightBookingForm.DepartsOn))] = command.DepartsOn!.Value.ToString("O"),
            [ActivityDescriber.CamelCase(nameof(FlightBookingForm.Route))] = command.Route,
            [ActivityDescriber.CamelCase(nameof(FlightBookingForm.Escort))] = command.Escort,
            [ActivityDescriber.CamelCase(nameof(FlightBookingForm.GroupReference))] = reference,
        };
        var booked = new List<string>();
        for (var index = 0; index < caseIds.Count; index++)
        {
            if (!waiting.TryGetValue(caseIds[index], out var entry))
                throw new CaseRuleException($"caseIds[{index}]", "This case is not waiting for a flight booking you may make.");
            try
            {
                // Inside this command's transaction: a refusal of any case rolls back the cases booked before it.
                await mediator.Send(new CompleteHumanTask(entry.TaskId, command.Actor, FlightBooking.Booked, form.DeepClone().AsObject()), cancellationToken);
            }
            catch (Engine.Application.CommandFailedException refused)
            {
                throw new CaseRuleException($"caseIds[{index}]", $"Case {entry.CaseNumber} cannot be booked: {refused.Message}");
            }
            booked.Add(entry.CaseNumber);
        }
        return new GroupFlightBooked(reference, booked);
    }
}

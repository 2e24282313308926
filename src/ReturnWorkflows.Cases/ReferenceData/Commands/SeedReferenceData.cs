using MediatR;

namespace ReturnWorkflows.Cases.ReferenceData.Commands;

/// <summary>
/// Fills empty reference tables with <see cref="DefaultReferenceData"/> at start; a table that has rows is left as the
/// administrators made it; the sample sustainability survey is seeded until a programme publishes its own. The demo programme comes only with the demo users, whose manager and approver above the cap it names.
/// </summary>
public sealed record SeedReferenceData(string? DemoProgrammeManager, string? DemoCapApprover = null) : IRequest<Unit>;

public sealed class SeedReferenceDataHandler(IReferenceDataStore store, TimeProvider clock) : IRequestHandler<SeedReferenceData, Unit>
{
    public async Task<Unit> Handle(SeedReferenceData command, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if ((await store.OfficesAsync(cancellationToken)).Count == 0)
            foreach (var office in DefaultReferenceData.Offices()) store.Add(office);
        if ((await store.CountriesAsync(cancellationToken)).Count == 0)
            foreach (var country in DefaultReferenceData.Countries(today)) store.Add(country);
        if (await store.CurrentSurveyAsync(cancellationToken) is null)
            store.Add(SampleSustainabilitySurvey.Create(clock.GetUtcNow().UtcDateTime));
        if (command.DemoProgrammeManager is { } manager && (await store.ProgrammesAsync(cancellationToken)).Count == 0)
            store.Add(DefaultReferenceData.DemoProgramme(manager, today, command.DemoCapApprover));
        return Unit.Value;
    }
}

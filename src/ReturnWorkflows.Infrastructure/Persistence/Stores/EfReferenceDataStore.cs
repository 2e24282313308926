using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Infrastructure.Persistence.Stores;

internal sealed class EfReferenceDataStore(ReturnWorkflowsDbContext db) : IReferenceDataStore
{
    public async Task<IReadOnlyList<Office>> OfficesAsync(CancellationToken cancellationToken) =>
        await db.Offices.OrderBy(o => o.Code).ToListAsync(cancellationToken);

    public Task<Office?> FindOfficeAsync(string code, CancellationToken cancellationToken) =>
        db.Offices.FirstOrDefaultAsync(o => o.Code == code, cancellationToken);

    public async Task<IReadOnlyList<CountryOfReturn>> CountriesAsync(CancellationToken cancellationToken) =>
        await db.CountriesOfReturn.OrderBy(c => c.Code).ToListAsync(cancellationToken);

    public Task<CountryOfReturn?> FindCountryAsync(string code, CancellationToken cancellationToken) =>
        db.CountriesOfReturn.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);

    public async Task<IReadOnlyList<Programme>> ProgrammesAsync(CancellationToken cancellationToken) =>
        await db.Programmes.OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public Task<Programme?> FindProgrammeAsync(string id, CancellationToken cancellationToken) =>
        db.Programmes.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<IReadOnlyList<string>> ProgrammesManagedByAsync(string userName, CancellationToken cancellationToken) =>
        await db.Programmes.Where(p => p.Managers.Contains(userName)).Select(p => p.Id).ToListAsync(cancellationToken);

    public Task<SustainabilitySurvey?> CurrentSurveyAsync(CancellationToken cancellationToken) =>
        db.SustainabilitySurveys.OrderByDescending(s => s.PublishedAt).ThenByDescending(s => s.Version).FirstOrDefaultAsync(cancellationToken);

    public Task<SustainabilitySurvey?> FindSurveyAsync(string id, int version, CancellationToken cancellationToken) =>
        db.SustainabilitySurveys.FirstOrDefaultAsync(s => s.Id == id && s.Version == version, cancellationToken);

    public async Task<IReadOnlyList<SustainabilitySurvey>> SurveyVersionsAsync(string id, CancellationToken cancellationToken) =>
        await db.SustainabilitySurveys.Where(s => s.Id == id).OrderBy(s => s.Version).ToListAsync(cancellationToken);

    public void Add(SustainabilitySurvey survey) => db.SustainabilitySurveys.Add(survey);

    public void Add(Office office) => db.Offices.Add(office);
    public void Add(CountryOfReturn country) => db.CountriesOfReturn.Add(country);
    public void Add(Programme programme) => db.Programmes.Add(programme);
}

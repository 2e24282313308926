namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>Offices, countries of return and programmes as the case commands read and administrators change them.</summary>
public interface IReferenceDataStore
{
    Task<IReadOnlyList<Office>> OfficesAsync(CancellationToken cancellationToken);
    Task<Office?> FindOfficeAsync(string code, CancellationToken cancellationToken);
    Task<IReadOnlyList<CountryOfReturn>> CountriesAsync(CancellationToken cancellationToken);
    Task<CountryOfReturn?> FindCountryAsync(string code, CancellationToken cancellationToken);
    Task<IReadOnlyList<Programme>> ProgrammesAsync(CancellationToken cancellationToken);
    Task<Programme?> FindProgrammeAsync(string id, CancellationToken cancellationToken);

    /// <summary>The ids of the programmes <paramref name="userName"/> manages.</summary>
    Task<IReadOnlyList<string>> ProgrammesManagedByAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The survey version published last: new responses are answered on it.</summary>
    Task<SustainabilitySurvey?> CurrentSurveyAsync(CancellationToken cancellationToken);

    Task<SustainabilitySurvey?> FindSurveyAsync(string id, int version, CancellationToken cancellationToken);
    Task<IReadOnlyList<SustainabilitySurvey>> SurveyVersionsAsync(string id, CancellationToken cancellationToken);

    void Add(SustainabilitySurvey survey);
    void Add(Office office);
    void Add(CountryOfReturn country);
    void Add(Programme programme);
}

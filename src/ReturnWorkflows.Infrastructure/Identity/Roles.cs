namespace ReturnWorkflows.Infrastructure.Identity;

/// <summary>The roles of the programme (domain.md). A user may hold several.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ProgrammeManager = nameof(ProgrammeManager);
    public const string Supervisor = nameof(Supervisor);
    public const string Counsellor = nameof(Counsellor);
    public const string OperationsOfficer = nameof(OperationsOfficer);
    public const string ReintegrationOfficer = nameof(ReintegrationOfficer);
    public const string Partner = nameof(Partner);

    public static readonly IReadOnlyList<string> All =
        [Administrator, ProgrammeManager, Supervisor, Counsellor, OperationsOfficer, ReintegrationOfficer, Partner];
}

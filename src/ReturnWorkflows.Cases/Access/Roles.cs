namespace ReturnWorkflows.Cases.Access;

/// <summary>
/// The roles of the programme (domain.md). A user may hold several. They live with the case domain because its
/// need-to-know rules are written in them; Identity stores them and the server's policies name them.
/// </summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string ProgrammeManager = nameof(ProgrammeManager);
    public const string Supervisor = nameof(Supervisor);
    public const string Counsellor = nameof(Counsellor);
    public const string OperationsOfficer = nameof(OperationsOfficer);
    public const string ReintegrationOfficer = nameof(ReintegrationOfficer);

    /// <summary>Reads and records the sensitive sections (trafficking, medical, child protection); works no queue of its own.</summary>
    public const string ProtectionOfficer = nameof(ProtectionOfficer);

    public const string Partner = nameof(Partner);

    public static readonly IReadOnlyList<string> All =
        [Administrator, ProgrammeManager, Supervisor, Counsellor, OperationsOfficer, ReintegrationOfficer, ProtectionOfficer, Partner];
}

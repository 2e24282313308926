using ReturnWorkflows.Server.Cases;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>What the intake page's person partial shows: the person as typed, their row, and the page's refusals.</summary>
/// <param name="MemberIndex">The family member's row (from 0); none for the principal applicant.</param>
public sealed record IntakePersonRow(IntakePerson Person, int? MemberIndex, NewModel Page)
{
    public string Title => MemberIndex is { } i ? $"Family member {i + 1}" : "Principal applicant";

    public string Anchor => MemberIndex is { } i ? $"member-{i}" : "principal";
}

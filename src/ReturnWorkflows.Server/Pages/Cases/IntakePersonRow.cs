using Microsoft.AspNetCore.Mvc.Localization;
using ReturnWorkflows.Server.Cases;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>What the intake page's person partial shows: the person as typed, their row, and the page's refusals.</summary>
/// <param name="MemberIndex">The family member's row (from 0); none for the principal applicant.</param>
public sealed record IntakePersonRow(IntakePerson Person, int? MemberIndex, NewModel Page)
{
    /// <summary>The row's heading in the page's language (the partial's own texts).</summary>
    public string Title(IViewLocalizer text) =>
        MemberIndex is { } i ? text.GetString("Family member {0}", i + 1) : text.GetString("Principal applicant");

    public string Anchor => MemberIndex is { } i ? $"member-{i}" : "principal";
}

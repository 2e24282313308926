using Microsoft.AspNetCore.Mvc.Localization;
using ReturnWorkflows.Server.Cases;

namespace ReturnWorkflows.Server.Pages.Cases;

/// <summary>What the person partial shows: the person as typed, their row, and the page's refusals.</summary>
/// <param name="MemberIndex">The family member's row on the intake (from 0); none for the principal applicant or a member added to a case.</param>
/// <param name="Heading">The fieldset's legend when it is not an intake row (the case page's "New family member").</param>
public sealed record IntakePersonRow(IntakePerson Person, int? MemberIndex, IPersonRowPage Page, string? Heading = null)
{
    /// <summary>The row's heading in the page's language (the partial's own texts; a given heading comes translated).</summary>
    public string Title(IViewLocalizer text) =>
        Heading ?? (MemberIndex is { } i ? text.GetString("Family member {0}", i + 1) : text.GetString("Principal applicant"));

    public string Anchor => Heading is not null ? Person.Prefix : MemberIndex is { } i ? $"member-{i}" : "principal";
}

/// <summary>The page a person partial sits on: the intake, or the case page's add-member form.</summary>
public interface IPersonRowPage
{
    /// <summary>The refusals of the input named <paramref name="name"/>, joined; null when there are none.</summary>
    string? ErrorFor(string name);

    /// <summary>"Name (CODE)" of the offices the row's duplicate notice names.</summary>
    string DuplicateOfficeNames(IntakePerson person);
}

using ReturnWorkflows.Cases.ReferenceData;

namespace ReturnWorkflows.Cases.Model;

/// <summary>The flags a case can carry for its workers' attention; the case list filters on them.</summary>
public enum CaseFlag
{
    /// <summary>The country of return's status changed while the case was open: look again at what it means for the return.</summary>
    CountryStatusChanged,
}

/// <summary>The country-status flag as the case shows it: what the country's status became, from when, and when it was raised.</summary>
public sealed record CountryStatusFlag(ReturnStatus Status, DateOnly EffectiveFrom, DateTime RaisedAt);

// Flags: raised by what happened around the case (an administrator changed the country's status), cleared by a supervisor.
public sealed partial class ReturnCase
{
    public DateTime? CountryStatusChangedAt { get; private set; }
    public ReturnStatus? CountryStatusChangedTo { get; private set; }
    public DateOnly? CountryStatusEffectiveFrom { get; private set; }

    public CountryStatusFlag? CountryStatusFlag =>
        CountryStatusChangedAt is { } at ? new CountryStatusFlag(CountryStatusChangedTo!.Value, CountryStatusEffectiveFrom!.Value, at) : null;

    /// <summary>
    /// The case's country of return changed status: the flag says to what and from when (a later change replaces an
    /// uncleared flag). A change of the case like any other: audited, and a save based on an older read is refused.
    /// </summary>
    public void FlagCountryStatusChange(ReturnStatus status, DateOnly effectiveFrom, DateTime at, string by)
    {
        if (Status != CaseStatus.Open) return; // closed cases are not worked
        var before = CountryStatusFlag;
        (CountryStatusChangedAt, CountryStatusChangedTo, CountryStatusEffectiveFrom) = (at, status, effectiveFrom);
        _changes.Add(new CaseChange(CaseSections.Case, "flags.countryStatusChanged", before is null ? null : Describe(before),
            Describe(CountryStatusFlag!)));
        Touch(at, by);
    }

    /// <summary>A supervisor has looked at what the change means for the case and clears the flag.</summary>
    public void ClearFlag(CaseFlag flag, DateTime at, string by)
    {
        if (flag != CaseFlag.CountryStatusChanged) throw new CaseRuleException("flag", $"There is no flag '{flag}'.");
        var before = CountryStatusFlag ?? throw new CaseRuleException("flag", "The case carries no country-status flag.");
        (CountryStatusChangedAt, CountryStatusChangedTo, CountryStatusEffectiveFrom) = (null, null, null);
        _changes.Add(new CaseChange(CaseSections.Case, "flags.countryStatusChanged", Describe(before), "cleared"));
        Touch(at, by);
    }

    private static string Describe(CountryStatusFlag flag) => $"{flag.Status} from {flag.EffectiveFrom:yyyy-MM-dd}";
}

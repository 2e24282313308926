namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>Whether returns to a country go ahead (domain.md): open, case by case with clearance, or suspended.</summary>
public enum ReturnStatus
{
    Open,
    CaseByCase,
    Suspended,
}

/// <summary>
/// A country people return to. Labels are data, not ISO names: Kosovo is written with its UNSCR 1244 footnote.
/// </summary>
public sealed class CountryOfReturn
{
    public required string Code { get; init; }
    public required string Name { get; set; }

    /// <summary>The name in the country's own language, for letters and the information sheet.</summary>
    public string? LocalName { get; set; }

    public ReturnStatus Status { get; set; }

    /// <summary>Since when <see cref="Status"/> holds.</summary>
    public DateOnly StatusEffectiveFrom { get; set; }
}

namespace ReturnWorkflows.Cases.ReferenceData;

/// <summary>
/// A funding programme: its dates, where it runs, what it aims at and which lifecycle workflow its new cases start.
/// </summary>
public sealed class Programme
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Donor { get; set; }

    /// <summary>ISO 4217 code: budgets and payments of the programme are in it.</summary>
    public required string Currency { get; set; }

    public DateOnly StartDate { get; set; }
    public DateOnly LastIntakeDate { get; set; }
    public DateOnly LastDepartureDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>Codes of the offices that take cases into it.</summary>
    public string[] Offices { get; set; } = [];

    /// <summary>User names of the programme managers who see its cases.</summary>
    public string[] Managers { get; set; } = [];

    public int ReturnsTarget { get; set; }
    public int ReintegrationTarget { get; set; }

    /// <summary>
    /// The most the programme's reintegration support gives one person, in <see cref="Currency"/>; none: no cap. A plan
    /// above it needs the approval the programme names (the reintegration phase).
    /// </summary>
    public decimal? CapPerPerson { get; set; }

    /// <summary>The most for a household travelling together (one case), in <see cref="Currency"/>; none: no cap.</summary>
    public decimal? CapPerHousehold { get; set; }

    /// <summary>
    /// User names of who approves a reintegration plan above a cap (the donor's authority, sometimes outside IOM); none:
    /// another programme manager than the one who approved it first.
    /// </summary>
    public string[] CapApprovers { get; set; } = [];

    /// <summary>The largest cap an administrator may type (a guard against a slip of the keyboard, not a policy).</summary>
    public const decimal MaxCap = 10_000_000m;

    /// <summary>The workflow definition a new case starts (its published version then); none: intake starts nothing.</summary>
    public string? LifecycleWorkflowId { get; set; }

    /// <summary>Whether an intake at <paramref name="office"/> on <paramref name="day"/> may enrol in the programme.</summary>
    public string? RefusesIntake(string office, DateOnly day) =>
        !Offices.Contains(office) ? $"The programme '{Name}' does not take cases at {office}."
        : day < StartDate ? $"The programme '{Name}' starts on {StartDate:yyyy-MM-dd}."
        : day > LastIntakeDate ? $"The programme '{Name}' took its last intake on {LastIntakeDate:yyyy-MM-dd}."
        : null;
}

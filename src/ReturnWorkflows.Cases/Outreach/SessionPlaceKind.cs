namespace ReturnWorkflows.Cases.Outreach;

/// <summary>Where an information session was held: most are at reception centres, some at the office, a few elsewhere (a shelter, a park).</summary>
public enum SessionPlaceKind
{
    ReceptionCentre,
    Office,
    Other,
}

namespace ReturnWorkflows.Cases.Outreach;

/// <summary>
/// Who came to an information session, by sex and age band, as the programme's indicators count individuals:
/// children (under 18), adults (18 to 59) and older persons (60 and over). Counted, not named: nobody at a session
/// has consented to anything yet.
/// </summary>
public sealed record HeadCounts(int Girls, int Boys, int Women, int Men, int OlderWomen, int OlderMen)
{
    public int Total => Girls + Boys + Women + Men + OlderWomen + OlderMen;
}

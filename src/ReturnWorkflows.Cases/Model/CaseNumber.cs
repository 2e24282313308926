namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// The number people say on the phone: host office, year of intake, a sequence per office and year
/// (<c>BA-SJJ-2027-00042</c>). The database keeps (office, year, sequence) unique, so two intakes racing for the same
/// sequence cannot both win; the loser is retried with the next one.
/// </summary>
public sealed record CaseNumber(string Office, int Year, int Sequence)
{
    public override string ToString() => $"{Office}-{Year:D4}-{Sequence:D5}";
}

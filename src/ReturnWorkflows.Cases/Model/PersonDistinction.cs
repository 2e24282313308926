namespace ReturnWorkflows.Cases.Model;

/// <summary>
/// "Not the same person": the counsellor, told at intake that someone like this person is known to another office,
/// checked with that office and found it is someone else. Kept on the person so the check does not raise that pair again.
/// </summary>
public sealed class PersonDistinction
{
    private PersonDistinction() { }

    internal PersonDistinction(string personId, string otherPersonId, DateTime at, string by)
    {
        PersonId = personId;
        OtherPersonId = otherPersonId;
        RecordedAt = at;
        RecordedBy = by;
    }

    public long Id { get; private set; }
    public string PersonId { get; private set; } = "";
    public string OtherPersonId { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";
}

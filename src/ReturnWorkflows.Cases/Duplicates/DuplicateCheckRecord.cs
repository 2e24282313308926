namespace ReturnWorkflows.Cases.Duplicates;

/// <summary>
/// One duplicate check, for the audit: who asked, from which office, when, and which offices they were told of. The
/// searched name is not kept: the check runs while a form is filled, before the case (and the person's consent) is
/// saved, and a log of names searched would be a second register of people outside the cases and their retention.
/// Who asked and how often is what shows someone fishing for a person.
/// </summary>
public sealed class DuplicateCheckRecord
{
    public long Id { get; private set; }
    public required DateTime At { get; init; }
    public required string Actor { get; init; }
    public string? ActorOffice { get; init; }
    public required bool PossibleMatch { get; init; }

    /// <summary>The offices named in the answer, comma-separated; empty when none.</summary>
    public required string OfficesShown { get; init; }
}

/// <summary>The log of duplicate checks; rows are saved with the check.</summary>
public interface IDuplicateCheckLog
{
    void Add(DuplicateCheckRecord record);
}

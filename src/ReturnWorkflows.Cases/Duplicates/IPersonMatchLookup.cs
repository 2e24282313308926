namespace ReturnWorkflows.Cases.Duplicates;

/// <summary>Finds the persons of all offices' cases that the duplicate check matches; Infrastructure queries the indexed key.</summary>
public interface IPersonMatchLookup
{
    /// <param name="excludingCaseId">The case being worked on: its own persons are no duplicates of each other.</param>
    /// <param name="distinctFromPersonId">A person already registered: those they were marked "not the same person" as are left out.</param>
    Task<IReadOnlyList<MatchedPerson>> FindAsync(PersonMatch person, string? excludingCaseId, string? distinctFromPersonId, CancellationToken cancellationToken);
}

/// <summary>A person the check found, with the case and office holding them: for the server's use only, never answered.</summary>
public sealed record MatchedPerson(string PersonId, string CaseId, string HostOffice);

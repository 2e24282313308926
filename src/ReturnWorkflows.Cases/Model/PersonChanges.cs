namespace ReturnWorkflows.Cases.Model;

/// <summary>The audit entries of a person's edit: one per field whose value differs.</summary>
internal static class PersonChanges
{
    public static IReadOnlyList<CaseChange> Between(string personId, PersonDetails before, PersonDetails after)
    {
        var fields = new (string Name, string? Old, string? New)[]
        {
            ("givenNames", before.GivenNames, after.GivenNames),
            ("familyName", before.FamilyName, after.FamilyName),
            ("nameInDocument", before.NameInDocument, after.NameInDocument),
            ("dateOfBirth", before.DateOfBirth?.ToString("yyyy-MM-dd"), after.DateOfBirth?.ToString("yyyy-MM-dd")),
            ("estimatedBirthYear", before.EstimatedBirthYear?.ToString(), after.EstimatedBirthYear?.ToString()),
            ("sex", before.Sex.ToString(), after.Sex.ToString()),
            ("nationality", before.Nationality, after.Nationality),
            ("languages", string.Join(", ", before.Languages), string.Join(", ", after.Languages)),
            ("relationship", before.Relationship.ToString(), after.Relationship.ToString()),
        };
        return fields.Where(f => f.Old != f.New)
            .Select(f => new CaseChange(CaseSections.People, $"persons[{personId}].{f.Name}", f.Old, f.New))
            .ToList();
    }
}

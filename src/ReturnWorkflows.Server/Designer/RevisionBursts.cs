using ReturnWorkflows.Engine.Definitions;

namespace ReturnWorkflows.Server.Designer;

/// <summary>A saved revision with its content, for grouping and describing.</summary>
public sealed record RevisionContent(string Id, int Version, int Revision, string SavedBy, DateTime SavedAt, string Content, bool IsExplicitSave = false);

/// <summary>
/// One editing burst: the auto-saves one person made in a row, shown as a single revision (its last save is the one a
/// Restore brings back). Every save stays stored; only the list groups them.
/// </summary>
/// <param name="EndsWithSave">The person pressed Save at its end: a point they meant to keep.</param>
public sealed record RevisionBurst(string RevisionId, int Version, string SavedBy, DateTime From, DateTime To, int Saves, string Changes, bool EndsWithSave = false);

public static class RevisionBursts
{
    /// <summary>Saves further apart than this start a new burst: a pause, not one change being made.</summary>
    public static readonly TimeSpan Gap = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Groups revisions (any order) into bursts, newest first. A burst ends at a pause, at another person's save, at a
    /// new version, at a press of Save (which ends the burst it closes) and at a publish, restore, revert or import in the
    /// audit, which thus stand between bursts.
    /// </summary>
    public static IReadOnlyList<RevisionBurst> Group(IEnumerable<RevisionContent> revisions, IEnumerable<DefinitionAuditEntry> audit)
    {
        var boundaries = audit.Select(e => e.At).Order().ToList();
        var bursts = new List<RevisionBurst>();
        var current = new List<RevisionContent>();
        string? before = null;
        foreach (var revision in revisions.OrderBy(r => r.SavedAt).ThenBy(r => r.Revision))
        {
            if (current.Count > 0 && !Continues(current[^1], revision, boundaries))
            {
                bursts.Add(Close(current, before));
                before = current[^1].Content;
                current = [];
            }
            current.Add(revision);
        }
        if (current.Count > 0) bursts.Add(Close(current, before));
        bursts.Reverse();
        return bursts;
    }

    private static bool Continues(RevisionContent last, RevisionContent next, List<DateTime> boundaries) =>
        !last.IsExplicitSave && next.SavedBy == last.SavedBy && next.Version == last.Version && next.SavedAt - last.SavedAt <= Gap
        && !boundaries.Any(at => at >= last.SavedAt && at <= next.SavedAt);

    private static RevisionBurst Close(List<RevisionContent> burst, string? before) =>
        new(burst[^1].Id, burst[^1].Version, burst[0].SavedBy, burst[0].SavedAt, burst[^1].SavedAt, burst.Count,
            RevisionChanges.Describe(before, burst[^1].Content), burst[^1].IsExplicitSave);
}

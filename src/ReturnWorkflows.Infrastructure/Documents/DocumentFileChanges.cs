namespace ReturnWorkflows.Infrastructure.Documents;

/// <summary>
/// What a unit of work did to document files, held until it ends: files written (removed again if it rolls back, so no
/// file is left without its row) and files to delete (deleted only after the commit, so a failed command keeps the
/// content of a document whose row still says it exists). One per scope, like the timers' pending wake-ups.
/// </summary>
public sealed class DocumentFileChanges
{
    private readonly List<string> _written = [];
    private readonly List<string> _toDelete = [];

    public void Written(string path) => _written.Add(path);

    public void DeleteAfterCommit(string path) => _toDelete.Add(path);

    /// <summary>After the commit: the deletions happen; the files written are kept.</summary>
    public void Committed()
    {
        foreach (var path in _toDelete) File.Delete(path);
        _written.Clear();
        _toDelete.Clear();
    }

    /// <summary>After a rollback or before a retry: nothing of it happened.</summary>
    public void RolledBack()
    {
        foreach (var path in _written) File.Delete(path);
        _written.Clear();
        _toDelete.Clear();
    }
}

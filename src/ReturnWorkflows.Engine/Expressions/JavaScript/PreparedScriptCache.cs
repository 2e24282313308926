namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>
/// Parsed programs by script text, the least recently used dropped first. A workflow library has a bounded set of
/// scripts, but definitions come and go while the server runs, so the cache is bounded by the characters it holds:
/// a syntax tree grows with its text, and a count of entries would let a few long scripts hold far more memory
/// than many short conditions.
/// </summary>
internal sealed class PreparedScriptCache(int maxCharacters)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<PreparedScript>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<PreparedScript> _byRecentUse = new(); // most recent first
    private long _characters;

    public int Count
    {
        get { lock (_lock) return _entries.Count; }
    }

    public PreparedScript GetOrAdd(string script, Func<string, PreparedScript> prepare)
    {
        lock (_lock)
        {
            if (TryTouch(script, out var cached))
                return cached;
        }
        // Parsing happens outside the lock so one long script does not hold up every other evaluation;
        // two threads may parse the same new script at once, and the first one stored wins.
        var prepared = prepare(script);
        lock (_lock)
        {
            if (TryTouch(script, out var stored))
                return stored;
            _entries[script] = _byRecentUse.AddFirst(prepared);
            _characters += script.Length;
            // The newest entry stays even when it alone is over the budget: it is the one being run.
            while (_characters > maxCharacters && _byRecentUse.Last is { } oldest && oldest != _byRecentUse.First)
            {
                _byRecentUse.RemoveLast();
                _entries.Remove(oldest.Value.Source);
                _characters -= oldest.Value.Source.Length;
            }
        }
        return prepared;
    }

    private bool TryTouch(string script, out PreparedScript prepared)
    {
        if (!_entries.TryGetValue(script, out var node))
        {
            prepared = null!;
            return false;
        }
        if (node != _byRecentUse.First)
        {
            _byRecentUse.Remove(node);
            _byRecentUse.AddFirst(node);
        }
        prepared = node.Value;
        return true;
    }
}

namespace ReturnWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Everything one burst changed, for the caller to write in the same transaction: the instance's status and state
/// (already updated on the objects passed in), and the rows to add or remove.
/// </summary>
public sealed class BurstResult
{
    public List<JournalEntry> Journal { get; } = [];
    public List<Bookmark> CreatedBookmarks { get; } = [];

    /// <summary>Bookmarks that no longer wait: resumed, or of canceled activities.</summary>
    public List<string> BurnedBookmarkIds { get; } = [];

    public List<Incident> Incidents { get; } = [];

    /// <summary>Events published by PublishEvent activities, to deliver after the burst.</summary>
    public List<PublishedEvent> PublishedEvents { get; } = [];

    /// <summary>The latest record of every activity execution this burst touched, by activity instance id.</summary>
    public Dictionary<string, ActivityExecutionRecord> ActivityExecutions { get; } = new(StringComparer.Ordinal);
}

namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// One stored version of a workflow definition: the columns the version rules and queries need, plus the
/// canonical Elsa JSON of the whole model. <see cref="Revision"/> guards against lost updates.
/// </summary>
public sealed class WorkflowDefinitionVersion
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public string? Name { get; private set; }
    public string? Description { get; private set; }
    public bool IsLatest { get; private set; }
    public bool IsPublished { get; private set; }
    public bool IsReadonly { get; private set; }
    public bool IsSystem { get; private set; }
    public string? ToolVersion { get; private set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; private set; }

    /// <summary>Incremented on every change; the database checks it (optimistic concurrency).</summary>
    public int Revision { get; private set; }

    /// <summary>The canonical Elsa JSON of the model (<see cref="WorkflowDefinitionJson"/>).</summary>
    public string Content { get; private set; } = "";

    public static WorkflowDefinitionVersion Create(string id, string definitionId, int version, WorkflowDefinitionModel model, DateTime now)
    {
        var created = new WorkflowDefinitionVersion { Id = id, DefinitionId = definitionId, Version = version, CreatedAt = now };
        created.ReplaceContent(model, now);
        return created;
    }

    /// <summary>The stored model with its header taken from the columns, which are authoritative.</summary>
    public WorkflowDefinitionModel ToModel()
    {
        var model = WorkflowDefinitionJson.Parse(Content);
        model.Id = Id;
        model.DefinitionId = DefinitionId;
        model.Version = Version;
        model.IsLatest = IsLatest;
        model.IsPublished = IsPublished;
        model.CreatedAt = new DateTimeOffset(CreatedAt, TimeSpan.Zero);
        return model;
    }

    internal void ReplaceContent(WorkflowDefinitionModel model, DateTime now)
    {
        var copy = WorkflowDefinitionJson.Clone(model);
        Name = copy.Name;
        Description = copy.Description;
        IsReadonly = copy.IsReadonly;
        IsSystem = copy.IsSystem;
        ToolVersion = copy.ToolVersion;
        // The header lives in columns; the stored JSON keeps everything else.
        copy.Id = null;
        copy.DefinitionId = null;
        copy.Version = 0;
        copy.IsLatest = false;
        copy.IsPublished = false;
        copy.CreatedAt = null;
        Content = WorkflowDefinitionJson.Serialize(copy);
        Touch(now);
    }

    internal void SetFlags(bool isLatest, bool isPublished, DateTime now)
    {
        if (IsLatest == isLatest && IsPublished == isPublished) return;
        IsLatest = isLatest;
        IsPublished = isPublished;
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = now;
        Revision++;
    }
}

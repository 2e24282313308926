namespace ReturnWorkflows.Engine.Definitions;

/// <summary>
/// How we tell that two people edit one draft. The designer sends back the whole model it loaded, custom properties
/// included, but no ETag; so every model we hand out carries "which version, which revision" in a custom property,
/// and a save that carries an older one is refused instead of silently overwriting a colleague's work.
/// </summary>
public static class EditorRevision
{
    public const string Property = "returnWorkflows:loadedRevision";

    public static WorkflowDefinitionModel Stamp(WorkflowDefinitionModel model, WorkflowDefinitionVersion version)
    {
        model.CustomProperties[Property] = $"{version.Id}/{version.Revision}";
        return model;
    }

    /// <summary>Removes the stamp (it is not part of the definition) and returns what it said, if anything.</summary>
    public static (string VersionId, int Revision)? Take(WorkflowDefinitionModel model)
    {
        if (!model.CustomProperties.Remove(Property, out var node) || node?.GetValueKind() != System.Text.Json.JsonValueKind.String) return null;
        var parts = node.GetValue<string>().Split('/');
        return parts.Length == 2 && int.TryParse(parts[1], out var revision) ? (parts[0], revision) : null;
    }
}

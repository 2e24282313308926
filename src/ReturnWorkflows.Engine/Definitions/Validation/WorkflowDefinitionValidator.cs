using System.Text.Json;
using System.Text.Json.Nodes;
using NCrontab;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Flow;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Expressions.JavaScript;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Definitions.Validation;

/// <summary>
/// What must hold before a version is published (a draft may be incomplete): known activity types, connections
/// between existing activities and ports, a way to start, unique input and output names, cron expressions and
/// JavaScript that parse. Every error names the activity or field and the problem.
/// </summary>
public sealed class WorkflowDefinitionValidator(ActivityRegistry registry)
{
    public IReadOnlyList<WorkflowValidationError> Validate(WorkflowDefinitionModel model)
    {
        var errors = new List<WorkflowValidationError>();
        CheckUniqueNames(model.Inputs, "inputs", "input", errors);
        CheckUniqueNames(model.Outputs, "outputs", "output", errors);
        if (model.Root is null)
        {
            errors.Add(new("root", "The workflow has no root activity."));
            return errors;
        }
        CheckActivity(model.Root, "root", isRoot: true, errors);
        return errors;
    }

    private static void CheckUniqueNames(List<ArgumentDefinition> arguments, string field, string kind, List<WorkflowValidationError> errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name;
            if (string.IsNullOrWhiteSpace(name))
                errors.Add(new($"{field}[{i}].name", $"Workflow {kind} number {i + 1} has no name."));
            else if (!seen.Add(name))
                errors.Add(new($"{field}[{i}].name", $"The workflow {kind} name '{name}' is used more than once."));
        }
    }

    private void CheckActivity(ActivityNode node, string path, bool isRoot, List<WorkflowValidationError> errors)
    {
        var descriptor = registry.Find(node.Type);
        if (descriptor is null)
        {
            errors.Add(new($"{path}.type", $"{Describe(node)} has an unknown type '{node.Type}'.", node.Id));
            return;
        }

        CheckScripts(node, node.Properties is null ? null : JsonSerializer.SerializeToNode(node.Properties), path, errors);
        if (node.Type == "Elsa.Cron")
            CheckCron(node, path, errors);
        foreach (var port in descriptor.EmbeddedPorts)
            CheckEmbeddedPort(node, port, path, errors);
        if (node.IsFlowchart)
            CheckFlowchart(node, path, isRoot, errors);
    }

    private void CheckFlowchart(ActivityNode flowchart, string path, bool isRoot, List<WorkflowValidationError> errors)
    {
        var activities = flowchart.Activities ?? [];
        var byId = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (string.IsNullOrWhiteSpace(activity.Id))
                errors.Add(new($"{path}.activities", $"{Describe(activity)} has no id."));
            else if (!byId.TryAdd(activity.Id, activity))
                errors.Add(new($"{path}.activities[{activity.Id}].id", $"Two activities share the id '{activity.Id}'.", activity.Id));
            CheckActivity(activity, $"{path}.activities[{activity.Id}]", isRoot: false, errors);
        }

        var connections = flowchart.Connections ?? [];
        for (var i = 0; i < connections.Count; i++)
            CheckConnection(connections[i], $"{path}.connections[{i}]", i + 1, byId, errors);

        if (isRoot && activities.Count == 0)
            errors.Add(new($"{path}.activities", "The workflow has no activities, so nothing can start it."));
        else if (activities.Count > 0 && !HasPossibleStart(activities, connections))
            errors.Add(new($"{path}.activities",
                "No activity can start the flowchart: there is no Start activity, none is marked 'start of workflow', and every activity has an incoming connection.",
                flowchart.Id));
    }

    private void CheckConnection(Connection connection, string path, int number, Dictionary<string, ActivityNode> byId, List<WorkflowValidationError> errors)
    {
        var sourceId = connection.Source.Activity;
        var targetId = connection.Target.Activity;
        ActivityNode? source = null;
        if (string.IsNullOrWhiteSpace(sourceId))
            errors.Add(new($"{path}.source", $"Connection {number} has no source activity."));
        else if (!byId.TryGetValue(sourceId, out source))
            errors.Add(new($"{path}.source", $"Connection {number} starts at activity '{sourceId}', which does not exist in this flowchart."));

        if (string.IsNullOrWhiteSpace(targetId))
            errors.Add(new($"{path}.target", $"Connection {number} has no target activity."));
        else if (!byId.ContainsKey(targetId))
            errors.Add(new($"{path}.target", $"Connection {number} leads to activity '{targetId}', which does not exist in this flowchart."));

        if (source is null || registry.Find(source.Type) is not { } descriptor)
            return;
        var outcomes = registry.Prototype(source.Type)?.GetDynamicOutcomes(source) ?? DynamicOutcomes.Of(descriptor.FlowOutcomes);
        var port = connection.Source.Port;
        if (!outcomes.IsKnown)
            return;
        if (string.IsNullOrEmpty(port) || !outcomes.Names.Contains(port, StringComparer.Ordinal))
        {
            var available = outcomes.Names.Count == 0 ? "it has no outgoing ports" : "its ports are " + string.Join(", ", outcomes.Names);
            errors.Add(new($"{path}.source.port",
                $"Connection {number} leaves {Describe(source)} through port '{port}', which it does not have ({available}).", source.Id));
        }
    }

    // Elsa's start rules (elsa-semantics.md §2.2) always find an activity; a flowchart whose every activity has an
    // inbound connection and no explicit start would start in the middle of a loop, which is never what was meant.
    private bool HasPossibleStart(List<ActivityNode> activities, List<Connection> connections)
    {
        if (activities.Any(a => registry.Find(a.Type)?.IsStart == true || IsMarkedAsStart(a)))
            return true;
        var targeted = connections.Select(c => c.Target.Activity).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return activities.Any(a => !targeted.Contains(a.Id));
    }

    private static bool IsMarkedAsStart(ActivityNode activity) =>
        activity.CustomProperties.TryGetPropertyValue("canStartWorkflow", out var flag)
        && flag is JsonValue value && value.TryGetValue<bool>(out var canStart) && canStart;

    private static void CheckCron(ActivityNode node, string path, List<WorkflowValidationError> errors)
    {
        if (!InputJson.TryReadStaticValue(node.GetProperty("cronExpression"), out var value))
            return; // computed by a script: known only at run time
        var expression = value is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
        var field = $"{path}.cronExpression";
        if (string.IsNullOrWhiteSpace(expression))
        {
            errors.Add(new(field, $"{Describe(node)} has no cron expression.", node.Id));
            return;
        }
        if (CrontabSchedule.TryParse(expression.Trim().Replace('?', '*'), new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is null)
            errors.Add(new(field,
                $"{Describe(node)} has the cron expression '{expression}', which does not parse: six fields are expected (second minute hour day month weekday), for example '0 0 9 * * 1-5'.",
                node.Id));
    }

    // Scripts can stand in any input, and in nested objects such as a switch's cases.
    private static void CheckScripts(ActivityNode node, JsonNode? json, string path, List<WorkflowValidationError> errors)
    {
        switch (json)
        {
            case JsonObject obj:
                if (IsUnsupportedExpression(obj, out var unsupported))
                {
                    var field = path.EndsWith(".expression", StringComparison.Ordinal) ? path[..^".expression".Length] : path;
                    errors.Add(new(field, $"{Describe(node)} uses a {unsupported} expression; only JavaScript, Literal, Object, Variable and Input run here.", node.Id));
                    return;
                }
                if (IsJavaScriptExpression(obj, out var script))
                {
                    // The parser the evaluator runs scripts with, so what publishes also parses at run time.
                    var error = JavaScriptSyntax.Prepare(script).Error;
                    // Name the input ("text"), not its wrapper ("text.expression").
                    var field = path.EndsWith(".expression", StringComparison.Ordinal) ? path[..^".expression".Length] : path;
                    if (error is not null)
                        errors.Add(new(field, $"{Describe(node)} has JavaScript that {error}.", node.Id));
                    return;
                }
                foreach (var (name, child) in obj)
                    CheckScripts(node, child, $"{path}.{name}", errors);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                    CheckScripts(node, array[i], $"{path}[{i}]", errors);
                break;
        }
    }

    // An expression object is {"type": "...", "value": ...} inside an input's "expression" or a switch case's "condition".
    private static bool IsUnsupportedExpression(JsonObject obj, out string type)
    {
        type = obj.FindProperty("type") is JsonValue t && t.TryGetValue<string>(out var name) ? name : "";
        return type.Length > 0 && obj.ContainsKey("value") && obj.Count <= 2 && !type.Contains('.') && !ExpressionEvaluator.IsSupported(type);
    }

    private static bool IsJavaScriptExpression(JsonObject obj, out string script)
    {
        script = "";
        if (obj.FindProperty("type") is not JsonValue type || !type.TryGetValue<string>(out var typeName)
            || !typeName.Equals(InputJson.JavaScript, StringComparison.OrdinalIgnoreCase))
            return false;
        script = obj.FindProperty("value") is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
        return true;
    }

    private void CheckEmbeddedPort(ActivityNode node, string port, string path, List<WorkflowValidationError> errors)
    {
        if (node.GetProperty(ActivityDescriber.CamelCase(port)) is not JsonObject json)
            return;
        ActivityNode? body;
        try { body = json.Deserialize<ActivityNode>(EngineJson.Options); }
        catch (JsonException e)
        {
            errors.Add(new($"{path}.{ActivityDescriber.CamelCase(port)}", $"{Describe(node)} has a {port} that is not an activity: {e.Message}", node.Id));
            return;
        }
        if (body is not null && body.Type.Length > 0)
            CheckActivity(body, $"{path}.{ActivityDescriber.CamelCase(port)}", isRoot: false, errors);
    }

    private static string Describe(ActivityNode node) =>
        string.IsNullOrWhiteSpace(node.Name) ? $"Activity '{node.Id}'" : $"Activity '{node.Name}' ({node.Id})";
}

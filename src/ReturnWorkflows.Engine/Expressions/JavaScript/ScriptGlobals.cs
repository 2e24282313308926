using System.Text.Json;
using ReturnWorkflows.Engine.Serialization;
using JintEngine = Jint.Engine;
using JsValue = Jint.Native.JsValue;

namespace ReturnWorkflows.Engine.Expressions.JavaScript;

/// <summary>Elsa's script globals (elsa-semantics.md §4), bound to one workflow's scope.</summary>
internal static class ScriptGlobals
{
    public static void Install(JintEngine engine, IScriptScope scope)
    {
        JsValue Js(object? value) => ScriptValues.ToJs(engine, value);
        object? Net(JsValue value) => ScriptValues.ToDotNet(engine, value);

        engine.SetValue("getWorkflowInstanceId", new Func<string>(() => scope.WorkflowInstanceId));
        engine.SetValue("getWorkflowDefinitionId", new Func<string>(() => scope.WorkflowDefinitionId));
        engine.SetValue("getWorkflowDefinitionVersionId", new Func<string>(() => scope.WorkflowDefinitionVersionId));
        engine.SetValue("getWorkflowDefinitionVersion", new Func<double>(() => scope.WorkflowDefinitionVersion));
        engine.SetValue("getCorrelationId", new Func<string?>(() => scope.CorrelationId));
        engine.SetValue("setCorrelationId", new Action<string?>(v => scope.CorrelationId = v));
        engine.SetValue("getWorkflowInstanceName", new Func<string?>(() => scope.WorkflowInstanceName));
        engine.SetValue("setWorkflowInstanceName", new Action<string?>(v => scope.WorkflowInstanceName = v));

        engine.SetValue("getVariable", new Func<string, JsValue>(name => Js(scope.GetVariable(name))));
        engine.SetValue("setVariable", new Action<string, JsValue>((name, value) => scope.SetVariable(name, Net(value))));
        foreach (var name in scope.VariableNames.Where(IsIdentifier).Distinct(StringComparer.Ordinal))
        {
            var variable = name;
            engine.SetValue("get" + Pascal(variable), new Func<JsValue>(() => Js(scope.GetVariable(variable))));
            engine.SetValue("set" + Pascal(variable), new Action<JsValue>(value => scope.SetVariable(variable, Net(value))));
        }

        engine.SetValue("getInput", new Func<string, JsValue>(name => Js(scope.GetInput(name))));
        foreach (var name in scope.InputNames.Where(IsIdentifier))
        {
            var input = name;
            engine.SetValue("get" + Pascal(input), new Func<JsValue>(() => Js(scope.GetInput(input))));
        }

        engine.SetValue("getOutputFrom", new Func<string, string?, JsValue>((activity, output) => Js(scope.GetOutput(activity, output))));
        engine.SetValue("getLastResult", new Func<JsValue>(() => Js(scope.LastResult)));
        foreach (var (activityName, outputName) in scope.NamedOutputs.Where(o => IsIdentifier(o.ActivityName) && IsIdentifier(o.OutputName)))
        {
            var (a, o) = (activityName, outputName);
            engine.SetValue($"get{Pascal(o)}From{Pascal(a)}", new Func<JsValue>(() => Js(scope.GetOutput(a, o))));
        }

        if (scope.CurrentLoopItem is { } item)
        {
            engine.SetValue("getCurrentValue", new Func<JsValue>(() => Js(item.Value)));
            engine.SetValue("getCurrentIndex", new Func<double>(() => item.Index));
        }

        engine.SetValue("isNullOrWhiteSpace", new Func<string?, bool>(string.IsNullOrWhiteSpace));
        engine.SetValue("isNullOrEmpty", new Func<string?, bool>(string.IsNullOrEmpty));
        engine.SetValue("toJson", new Func<JsValue, string>(value => JsonSerializer.Serialize(Net(value), EngineJson.Options)));
        engine.SetValue("newGuid", new Func<string>(() => Guid.NewGuid().ToString()));
        engine.SetValue("newGuidString", new Func<string>(() => Guid.NewGuid().ToString()));
        engine.SetValue("newShortGuid", new Func<string>(NewShortGuid));
        engine.SetValue("getGuidString", new Func<string>(() => Guid.NewGuid().ToString()));
        engine.SetValue("getShortGuid", new Func<string>(NewShortGuid));
        engine.SetValue("parseGuid", new Func<string, string>(text => Guid.Parse(text).ToString()));
        engine.SetValue("stringToBase64", new Func<string, string>(text => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(text))));
        engine.SetValue("stringFromBase64", new Func<string, string>(text => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(text))));
    }

    private static string NewShortGuid() =>
        Convert.ToBase64String(Guid.NewGuid().ToByteArray()).Replace('/', '_').Replace('+', '-')[..22];

    private static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');
}

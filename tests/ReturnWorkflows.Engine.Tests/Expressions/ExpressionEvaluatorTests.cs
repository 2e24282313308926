using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Expressions;
using ReturnWorkflows.Engine.Expressions.Conversion;
using ReturnWorkflows.Engine.Expressions.JavaScript;

namespace ReturnWorkflows.Engine.Tests.Expressions;

public class ExpressionEvaluatorTests
{
    private readonly ExpressionEvaluator _evaluator = new(new JavaScriptEvaluator(new JavaScriptOptions()));
    private readonly MapScope _scope = new();

    [Theory]
    [InlineData("""{"typeName":"TimeSpan","expression":{"type":"Literal","value":"7.00:00:00"}}""", typeof(TimeSpan), "7.00:00:00")]
    [InlineData("""{"typeName":"Int32","expression":{"type":"Literal","value":"3"}}""", typeof(int), "3")]
    [InlineData("""true""", typeof(bool), "True")]
    [InlineData("""{"typeName":"String[]","expression":{"type":"Object","value":"[\"Travel\",\"Documents\"]"}}""", typeof(string[]), "Travel,Documents")]
    [InlineData("""{"typeName":"Object","expression":{"type":"Object","value":"{\"a\":1}"}}""", typeof(object), "{\"a\":1}")]
    [InlineData("""{"typeName":"Int32","expression":{"type":"Variable","value":"{\"id\":\"v1\",\"name\":\"Attempts\"}"}}""", typeof(int), "4")]
    [InlineData("""{"typeName":"String","expression":{"type":"Input","value":"{\"name\":\"CaseNumber\"}"}}""", typeof(string), "RS-17")]
    [InlineData("""{"typeName":"Boolean","expression":{"type":"JavaScript","value":"getAttempts() > 3"}}""", typeof(bool), "True")]
    [InlineData("""{"typeName":"String","expression":{"type":"JavaScript","value":"`Case ${getInput('caseNumber')}`"}}""", typeof(string), "Case RS-17")]
    public void Evaluates_each_expression_type_and_converts_to_the_input_type(string input, Type target, string expected)
    {
        var value = _evaluator.Evaluate(JsonNode.Parse(input), target, _scope);

        Assert.IsAssignableFrom(target, value);
        Assert.Equal(expected, value is string[] array ? string.Join(",", array) : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_absent_input_is_null_so_the_default_applies() =>
        Assert.Null(_evaluator.Evaluate(null, typeof(TimeSpan), _scope));

    [Theory]
    [InlineData("CSharp")]
    [InlineData("Liquid")]
    [InlineData("Python")]
    public void Other_expression_languages_never_run(string type)
    {
        var input = JsonNode.Parse("""{"typeName":"String","expression":{"type":"TYPE","value":"System.IO.File.Delete(\"x\")"}}""".Replace("TYPE", type));

        var error = Assert.Throws<UnsupportedExpressionException>(() => _evaluator.Evaluate(input, typeof(string), _scope));

        Assert.Equal(type, error.ExpressionType);
    }

    [Fact]
    public void A_script_result_of_the_wrong_type_raises()
    {
        var input = JsonNode.Parse("""{"typeName":"TimeSpan","expression":{"type":"JavaScript","value":"'next week'"}}""");

        Assert.Throws<ValueConversionException>(() => _evaluator.Evaluate(input, typeof(TimeSpan), _scope));
    }

    private sealed class MapScope : IScriptScope
    {
        private readonly Dictionary<string, object?> _variables = new() { ["Attempts"] = 4 };
        private readonly Dictionary<string, object?> _inputs = new(StringComparer.OrdinalIgnoreCase) { ["CaseNumber"] = "RS-17" };
        public string WorkflowInstanceId => "i";
        public string WorkflowDefinitionId => "d";
        public string WorkflowDefinitionVersionId => "dv";
        public int WorkflowDefinitionVersion => 1;
        public string? CorrelationId { get; set; }
        public string? WorkflowInstanceName { get; set; }
        public IReadOnlyCollection<string> VariableNames => _variables.Keys;
        public object? GetVariable(string name) => _variables.GetValueOrDefault(name);
        public void SetVariable(string name, object? value) => _variables[name] = value;
        public object? GetInput(string name) => _inputs.GetValueOrDefault(name);
        public IReadOnlyCollection<string> InputNames => _inputs.Keys;
        public (object? Value, int Index)? CurrentLoopItem => null;
    }
}

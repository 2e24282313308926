using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Definitions.Validation;

namespace ReturnWorkflows.Engine.Tests.Definitions;

public class WorkflowDefinitionValidatorTests
{
    private static readonly WorkflowDefinitionValidator Validator = new(ActivityRegistry.BuiltIn);

    private const string Start = """{"id":"start","name":"Start1","type":"Elsa.Start","version":1}""";
    private const string End = """{"id":"end","type":"Elsa.End","version":1}""";

    [Fact]
    public void A_complete_workflow_has_no_errors()
    {
        var errors = Validate([Start, End], [Connect("start", "Done", "end")]);

        Assert.Empty(errors);
    }

    [Fact]
    public void An_unknown_activity_type_is_named()
    {
        var error = Assert.Single(Validate([Start, """{"id":"x1","name":"Grant","type":"Avr.Unknown"}"""], []));

        Assert.Equal(("root.activities[x1].type", "x1"), (error.Field, error.ActivityId));
        Assert.Equal("Activity 'Grant' (x1) has an unknown type 'Avr.Unknown'.", error.Message);
    }

    [Theory]
    [InlineData("start", "Done", "ghost", "root.connections[0].target", "leads to activity 'ghost', which does not exist")]
    [InlineData("ghost", "Done", "end", "root.connections[0].source", "starts at activity 'ghost', which does not exist")]
    [InlineData("start", "Approved", "end", "root.connections[0].source.port", "through port 'Approved', which it does not have (its ports are Done)")]
    [InlineData("end", "Done", "start", "root.connections[0].source.port", "it has no outgoing ports")]
    public void Connections_must_join_existing_activities_through_existing_ports(string from, string port, string to, string field, string message)
    {
        var errors = Validate([Start, End], [Connect(from, port, to)]);

        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(message));
    }

    [Fact]
    public void Ports_that_depend_on_inputs_are_read_from_them()
    {
        const string fork = """{"id":"fork","type":"Elsa.FlowFork","branches":{"typeName":"String[]","expression":{"type":"Object","value":"[\"Travel\",\"Documents\"]"}}}""";
        const string @switch = """{"id":"sw","type":"Elsa.FlowSwitch","cases":[{"label":"Minor","condition":{"type":"JavaScript","value":"true"}}]}""";

        var errors = Validate([Start, fork, @switch, End],
            [Connect("start", "Done", "fork"), Connect("fork", "Travel", "sw"), Connect("fork", "Medical", "end"),
             Connect("sw", "Minor", "end"), Connect("sw", "Default", "end"), Connect("sw", "Adult", "end")]);

        Assert.Equal(["root.connections[2].source.port", "root.connections[5].source.port"], errors.Select(e => e.Field));
    }

    [Fact]
    public void A_flowchart_that_cannot_start_is_refused()
    {
        const string a = """{"id":"a","type":"Elsa.WriteLine"}""";
        const string b = """{"id":"b","type":"Elsa.WriteLine"}""";

        var loop = Validate([a, b], [Connect("a", "Done", "b"), Connect("b", "Done", "a")]);
        var empty = Validate([], []);
        var marked = Validate(["""{"id":"a","type":"Elsa.WriteLine","customProperties":{"canStartWorkflow":true}}""", b],
            [Connect("a", "Done", "b"), Connect("b", "Done", "a")]);

        Assert.Contains(loop, e => e.Message.StartsWith("No activity can start the flowchart"));
        Assert.Contains(empty, e => e.Message.Contains("no activities"));
        Assert.Empty(marked);
    }

    [Fact]
    public void Duplicate_input_and_output_names_are_refused()
    {
        var model = Parse([Start], []);
        model.Inputs = [new() { Name = "CaseNumber" }, new() { Name = "casenumber" }];
        model.Outputs = [new() { Name = "Result" }, new() { Name = "" }];

        var errors = Validator.Validate(model);

        Assert.Contains(errors, e => e.Field == "inputs[1].name" && e.Message.Contains("'casenumber' is used more than once"));
        Assert.Contains(errors, e => e.Field == "outputs[1].name" && e.Message.Contains("has no name"));
    }

    [Theory]
    [InlineData("0 0 9 * * 1-5", true)]
    [InlineData("*/30 * * * * *", true)]
    [InlineData("0 9 * * 1-5", false)]
    [InlineData("every monday", false)]
    [InlineData("", false)]
    public void Cron_expressions_must_parse_with_six_fields(string cron, bool valid)
    {
        var activity = """{"id":"cron1","name":"Weekly","type":"Elsa.Cron","cronExpression":{"typeName":"String","expression":{"type":"Literal","value":"CRON"}}}""".Replace("CRON", cron);

        var errors = Validate([Start, activity], [Connect("start", "Done", "cron1")]);

        if (valid) Assert.Empty(errors);
        else Assert.Equal("root.activities[cron1].cronExpression", Assert.Single(errors).Field);
    }

    [Fact]
    public void A_cron_expression_computed_by_a_script_is_checked_at_run_time_instead()
    {
        const string activity = """{"id":"cron1","type":"Elsa.Cron","cronExpression":{"typeName":"String","expression":{"type":"JavaScript","value":"getSchedule()"}}}""";

        Assert.Empty(Validate([Start, activity], [Connect("start", "Done", "cron1")]));
    }

    [Fact]
    public void JavaScript_that_does_not_parse_is_named_with_its_line()
    {
        const string good = """{"id":"ok","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"JavaScript","value":"const n = getCount();\nreturn `Visit ${n + 1}`;"}}}""";
        const string bad = """{"id":"bad","name":"Greeting","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"JavaScript","value":"var x = 1;\nreturn x +;"}}}""";
        const string badCase = """{"id":"sw","type":"Elsa.FlowSwitch","cases":[{"label":"A","condition":{"type":"JavaScript","value":"getAge( > 17"}}]}""";

        var errors = Validate([Start, good, bad, badCase], [Connect("start", "Done", "ok"), Connect("ok", "Done", "bad"), Connect("bad", "Done", "sw")]);

        Assert.True(errors.Count == 2, string.Join("\n", errors));
        Assert.Contains(errors, e => e.ActivityId == "bad" && e.Field == "root.activities[bad].text" && e.Message.Contains("Activity 'Greeting' (bad) has JavaScript that does not parse (line 2"));
        Assert.Contains(errors, e => e.ActivityId == "sw" && e.Field == "root.activities[sw].cases[0].condition");
    }

    [Theory]
    [InlineData("const f = x => x?.a ?? `none ${1+1}`;\nreturn f(getCase());")]
    [InlineData("const { office, visits: [first] = [] } = getCase() ?? {};\nreturn first?.date ?? office;")]
    [InlineData("let n = 0;\nfor (const v of getVisits()) n += v;\nreturn n > 2;")]
    public void JavaScript_as_Elsa_writes_it_publishes(string script)
    {
        var activity = """{"id":"js","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"JavaScript","value":SCRIPT}}}"""
            .Replace("SCRIPT", System.Text.Json.JsonSerializer.Serialize(script));

        Assert.Empty(Validate([Start, activity], [Connect("start", "Done", "js")]));
    }

    [Fact]
    public void A_syntax_error_in_new_syntax_names_the_activity_field_and_line()
    {
        const string bad = """{"id":"arrow","name":"Route","type":"Elsa.FlowDecision","condition":{"typeName":"Boolean","expression":{"type":"JavaScript","value":"const ok = x => x?.age >= 18;\nreturn ok(getCase() ?? );"}}}""";

        var error = Assert.Single(Validate([Start, bad], [Connect("start", "Done", "arrow")]));

        Assert.Equal(("root.activities[arrow].condition", "arrow"), (error.Field, error.ActivityId));
        Assert.StartsWith("Activity 'Route' (arrow) has JavaScript that does not parse (line 2: ", error.Message);
    }

    [Fact]
    public void A_script_too_long_to_run_is_refused_at_publish()
    {
        var script = string.Concat(Enumerable.Repeat("n += 1;\n", 3_000));
        var activity = """{"id":"long","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"JavaScript","value":SCRIPT}}}"""
            .Replace("SCRIPT", System.Text.Json.JsonSerializer.Serialize(script));

        var error = Assert.Single(Validate([Start, activity], [Connect("start", "Done", "long")]));

        Assert.Equal("root.activities[long].text", error.Field);
        Assert.Contains("has JavaScript that is longer than 20000 characters", error.Message);
    }

    [Fact]
    public void CSharp_and_other_languages_are_refused_at_publish()
    {
        const string csharp = """{"id":"cs","type":"Elsa.WriteLine","text":{"typeName":"String","expression":{"type":"CSharp","value":"return 1;"}}}""";

        var error = Assert.Single(Validate([Start, csharp], [Connect("start", "Done", "cs")]));

        Assert.Equal("root.activities[cs].text", error.Field);
        Assert.Contains("uses a CSharp expression", error.Message);
    }

    [Fact]
    public void Nested_bodies_are_validated_too()
    {
        const string loop = """
            {"id":"each","type":"Elsa.ForEach","body":{"id":"body","type":"Elsa.Flowchart","activities":[{"id":"inner","type":"Avr.Missing"}],"connections":[]}}
            """;

        var error = Assert.Single(Validate([Start, loop], [Connect("start", "Done", "each")]));

        Assert.Equal("root.activities[each].body.activities[inner].type", error.Field);
    }

    private static IReadOnlyList<WorkflowValidationError> Validate(string[] activities, string[] connections) =>
        Validator.Validate(Parse(activities, connections));

    private static WorkflowDefinitionModel Parse(string[] activities, string[] connections) =>
        WorkflowDefinitionJson.Parse("""{"definitionId":"d","root":{"id":"root","type":"Elsa.Flowchart","activities":[ACTIVITIES],"connections":[CONNECTIONS]}}"""
            .Replace("ACTIVITIES", string.Join(",", activities)).Replace("CONNECTIONS", string.Join(",", connections)));

    private static string Connect(string from, string port, string to) =>
        $$$"""{"source":{"activity":"{{{from}}}","port":"{{{port}}}"},"target":{"activity":"{{{to}}}","port":"In"}}""";
}

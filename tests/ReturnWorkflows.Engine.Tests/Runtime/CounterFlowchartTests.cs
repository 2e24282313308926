using ReturnWorkflows.Engine.Runtime;
using static ReturnWorkflows.Engine.Tests.Runtime.Flowcharts;

namespace ReturnWorkflows.Engine.Tests.Runtime;

/// <summary>The counter-based flowchart rules of elsa-semantics.md §2.5, one rule a test.</summary>
public class CounterFlowchartTests
{
    [Fact]
    public void A_sequence_runs_in_order_and_finishes()
    {
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Write("a")},{Write("b")},{End()}", "start>a, a>b, b>end")).Start();

        Assert.Equal(["start", "a", "b", "end", "flow"], host.Completed);
        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Finished), (host.Instance.Status, host.Instance.SubStatus));
        Assert.Equal(Enumerable.Range(0, host.Journal.Count).Select(i => (long)i), host.Journal.Select(j => j.Sequence));
    }

    [Fact]
    public void An_event_suspends_the_instance_until_it_is_raised()
    {
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Event("wait", "ArrivalConfirmed")},{Write("after")}", "start>wait, wait>after")).Start();

        Assert.Equal(WorkflowSubStatus.Suspended, host.Instance.SubStatus);
        var bookmark = Assert.Single(host.Bookmarks);
        Assert.Equal(("Elsa.Event", "wait"), (bookmark.Name, bookmark.ActivityId));
        Assert.Equal([("flow", "Started"), ("start", "Started"), ("start", "Completed"), ("wait", "Started"), ("wait", "Suspended")],
            host.Journal.Select(j => (j.ActivityId, j.EventName)));

        host.RaiseEvent("ArrivalConfirmed");

        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
        Assert.Empty(host.Bookmarks);
        Assert.Equal(["wait"], host.Events("Resumed"));
        Assert.Equal(["start", "wait", "after", "flow"], host.Completed);
    }

    [Fact]
    public void A_join_behind_a_decision_fires_because_the_dead_path_is_skipped()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Decision("minor", "false")},{Write("guardian")},{Write("adult")},{Write("merge")}",
            "start>minor, minor>guardian:True, minor>adult:False, guardian>merge, adult>merge")).Start();

        Assert.Equal(["start", "minor", "adult", "merge", "flow"], host.Completed);
        Assert.DoesNotContain("guardian", host.Events("Started")); // skipped: no execution, no journal entry
    }

    [Fact]
    public void WaitAll_waits_for_every_branch_of_a_fork()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Fork("fork", "Counselling", "Documents")},{Event("consent", "ConsentSigned")},{Event("passport", "DocumentIssued")},{Join("join", "WaitAll")},{Write("book")}",
            "start>fork, fork>consent:Counselling, fork>passport:Documents, consent>join, passport>join, join>book")).Start();

        host.RaiseEvent("ConsentSigned");
        Assert.DoesNotContain("book", host.Completed);
        Assert.Equal(WorkflowSubStatus.Suspended, host.Instance.SubStatus);

        host.RaiseEvent("DocumentIssued");
        Assert.Equal(["join", "book", "flow"], host.Completed.TakeLast(3));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void WaitAny_runs_on_the_first_arrival_and_cancels_the_branch_still_waiting()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Fork("fork", "Contact", "Timeout")},{Event("reply", "ReturneeReplied")},{Delay("silence", "2.00:00:00")},{Join("join", "WaitAny")},{Write("next")}",
            "start>fork, fork>reply:Contact, fork>silence:Timeout, reply>join, silence>join, join>next")).Start();
        Assert.Equal(2, host.Bookmarks.Count);

        host.RaiseEvent("ReturneeReplied");

        Assert.Empty(host.Bookmarks); // the timer lost its bookmark
        Assert.Contains("silence", host.Events("Canceled"));
        Assert.Equal(["join", "next", "flow"], host.Completed.TakeLast(3));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void A_loop_through_a_back_edge_runs_until_its_decision_leaves_it()
    {
        const string variables = """[{"id":"v1","name":"Attempts","typeName":"Int32","value":"0"}]""";
        var count = """{"id":"count","type":"Elsa.SetVariable","variable":{"id":"v1","name":"Attempts","typeName":"Int32"},"value":{"typeName":"Object","expression":{"type":"JavaScript","value":"getAttempts() + 1"}}}""";
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{count},{Delay("wait", "7.00:00:00")},{Decision("enough", "getAttempts() >= 3")},{End()}",
            "start>count, count>wait, wait>enough, enough>end:True, enough>count:False", variables)).Start();

        host.Advance(TimeSpan.FromDays(7)).Advance(TimeSpan.FromDays(7)).Advance(TimeSpan.FromDays(7));

        Assert.Equal(3, host.Completed.Count(id => id == "count"));
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void End_completes_the_flowchart_and_cancels_what_still_waits()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Fork("fork", "A", "B")},{Event("waits", "Never")},{End()}",
            "start>fork, fork>waits:A, fork>end:B")).Start();

        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
        Assert.Empty(host.Bookmarks);
        Assert.Contains("waits", host.Events("Canceled"));
    }

    [Fact]
    public void Siblings_run_on_after_one_branch_just_stops()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Fork("fork", "A", "B")},{Write("deadEnd")},{Event("waits", "Later")},{Write("after")}",
            "start>fork, fork>deadEnd:A, fork>waits:B, waits>after")).Start();

        Assert.Equal(WorkflowSubStatus.Suspended, host.Instance.SubStatus);
        host.RaiseEvent("Later");
        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
    }

    [Fact]
    public void A_failing_activity_faults_the_instance_with_an_incident()
    {
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Script("bad", "null.length")},{Write("never")}", "start>bad, bad>never")).Start();

        Assert.Equal((WorkflowStatus.Finished, WorkflowSubStatus.Faulted), (host.Instance.Status, host.Instance.SubStatus));
        var incident = Assert.Single(host.Incidents);
        Assert.Equal(("bad", "Elsa.WriteLine"), (incident.ActivityId, incident.ActivityType));
        Assert.Equal(1, host.Instance.IncidentCount);
        Assert.Contains("bad", host.Events("Faulted"));
        Assert.DoesNotContain("never", host.Events("Started")); // a faulted activity's successors never run
    }

    [Fact]
    public void With_continue_with_incidents_the_rest_runs_and_the_instance_stays_suspended()
    {
        const string options = """{"incidentStrategyType":"Elsa.Workflows.IncidentStrategies.ContinueWithIncidentsStrategy, Elsa.Workflows.Core"}""";
        var host = new InMemoryWorkflowHost(Definition(
            $"{Start()},{Fork("fork", "A", "B")},{Script("bad", "null.length")},{Write("fine")}",
            "start>fork, fork>bad:A, fork>fine:B", options: options)).Start();

        Assert.Equal((WorkflowStatus.Running, WorkflowSubStatus.Suspended), (host.Instance.Status, host.Instance.SubStatus));
        Assert.Contains("fine", host.Completed);
        Assert.Single(host.Incidents);
    }

    [Fact]
    public void A_script_that_loops_forever_is_stopped_and_becomes_an_incident()
    {
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Script("spin", "while (true) {}")}", "start>spin")).Start();

        Assert.Equal(WorkflowSubStatus.Faulted, host.Instance.SubStatus);
        Assert.Contains("stopped after", Assert.Single(host.Incidents).Message);
    }

    [Fact]
    public void A_value_that_cannot_become_the_input_type_is_an_incident_not_a_default()
    {
        var host = new InMemoryWorkflowHost(Definition($"{Start()},{Delay("wait", "next week")}", "start>wait")).Start();

        Assert.Equal(WorkflowSubStatus.Faulted, host.Instance.SubStatus);
        Assert.Contains("TimeSpan", Assert.Single(host.Incidents).Message);
    }

    [Fact]
    public void Finish_ends_the_instance_at_once()
    {
        var host = new InMemoryWorkflowHost(Definition(
            $$"""{{Start()}},{{Fork("fork", "A", "B")}},{{Event("waits", "Never")}},{"id":"fin","type":"Elsa.Finish"}""",
            "start>fork, fork>waits:A, fork>fin:B")).Start();

        Assert.Equal(WorkflowSubStatus.Finished, host.Instance.SubStatus);
        Assert.Empty(host.Bookmarks);
    }
}

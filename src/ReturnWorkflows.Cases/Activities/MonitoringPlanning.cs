using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ReturnWorkflows.Cases.Model;
using ReturnWorkflows.Engine.Activities;
using ReturnWorkflows.Engine.Activities.Metadata;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// The monitoring plan (domain.md, lifecycle step 11): the contacts the programme manager sets here, counted from the
/// arrival, recorded on the case when it enters monitoring (<see cref="MonitoringPlanUpdater"/>), none after the
/// programme's end. With a sample share, a case is in the sample by a draw from its id, recorded with the plan.
/// </summary>
[Activity(TypeName, CaseActivity.Category, DisplayName = "Monitoring plan",
    Description = "Plans the monitoring visits and calls after the arrival ('+1 month, +3 months by phone, +6 months, +12 months'); none after the programme's end. With a sample share, only that share of cases is monitored, chosen by a recorded draw.")]
[FlowOutcomes(Planned, NotInSample)]
public sealed class MonitoringPlanning : Activity
{
    public const string TypeName = "ReturnWorkflows.Cases.MonitoringPlanning";
    public const string Planned = "Planned";
    public const string NotInSample = "Not in the sample";
    public const string UpdateKind = "monitoring-plan";

    [Input(DisplayName = "Contacts after the arrival", Description = "Comma-separated: '+1 month, +3 months by phone, +6 months, +12 months'. A visit unless 'by phone'.",
        DefaultValue = MonitoringSchedule.Default, Order = 1)]
    public string? Schedule { get; init; }

    [Input(DisplayName = "Sample share (%)", Description = "Monitor only this share of cases (1 to 99), drawn per case and recorded; empty or 100: every case.", Order = 2)]
    public int? SamplePercent { get; init; }

    public override void Execute(ActivityExecutionContext context)
    {
        var (slots, error) = MonitoringSchedule.Parse(context.GetInput<string>(nameof(Schedule)));
        if (slots is null)
            throw new InvalidOperationException(error);
        var share = context.GetInput<int?>(nameof(SamplePercent));
        if (share is < 0 or > 100)
            throw new InvalidOperationException($"The sample share is a percentage from 1 to 99 (or empty for every case); it is {share}.");
        var sample = share is > 0 and < 100 && context.CaseId is { } caseId ? new MonitoringSample(share.Value, DrawFor(caseId)) : null;
        context.UpdateCaseAfterStep(UpdateKind, new JsonObject
        {
            ["slots"] = new JsonArray(slots.Select(s => (JsonNode)new JsonObject { ["months"] = s.MonthsAfterArrival, ["channel"] = s.Channel.ToString() }).ToArray()),
            ["samplePercent"] = sample?.SharePercent,
            ["draw"] = sample?.Draw,
        });
        context.Complete(sample is { Selected: false } ? NotInSample : Planned);
    }

    /// <summary>0 to 99 from the case's id: the same case always draws the same, and nobody picks who is monitored.</summary>
    public static int DrawFor(string caseId) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(caseId)), 0) % 100);
}

using System.Text.Json.Nodes;
using ReturnWorkflows.Engine.Runtime.Execution;

namespace ReturnWorkflows.Engine.Runtime.Cases;

/// <summary>
/// A step waiting for a fact of its case (a gate such as <c>protection-screen</c>): a bookmark keyed by case and gate,
/// so the command that records the fact finds the steps it releases by hash. The engine knows gates only as codes; the
/// case domain decides which are met.
/// </summary>
public static class CaseGateBookmarks
{
    public const string Name = "ReturnWorkflows.CaseGate";

    /// <summary>Beside the key: every gate the step found unmet when it began to wait (codes), for "Waiting for".</summary>
    public const string WaitingForKey = "waitingFor";

    public static JsonObject Key(string caseId, string gate) => new() { ["caseId"] = caseId, ["gate"] = gate };

    public static string Hash(string caseId, string gate) => BookmarkHash.Compute(Name, Key(caseId, gate));

    /// <summary>Waits on the first of <paramref name="unmet"/>; the others are listed beside it.</summary>
    public static Bookmark Wait(ActivityExecutionContext context, string caseId, IReadOnlyList<string> unmet) =>
        context.CreateBookmark(Name, Key(caseId, unmet[0]),
            extraPayload: new JsonObject { [WaitingForKey] = new JsonArray(unmet.Select(g => (JsonNode?)g).ToArray()) });
}

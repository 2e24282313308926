using System.Text.Json.Nodes;

namespace ReturnWorkflows.Engine.Activities.Looping;

internal static class LoopItems
{
    public const string ParallelItemsProperty = "parallelItems";

    /// <summary>The items to iterate: a JSON array as given; nothing is an empty list; any single value is a list of one.</summary>
    public static JsonArray Of(JsonNode? items) => items switch
    {
        null => [],
        JsonArray array => (JsonArray)array.DeepClone(),
        _ => [items.DeepClone()],
    };
}

using System.Text.Json;
using ReturnWorkflows.Engine.Serialization;

namespace ReturnWorkflows.Engine.Runtime.State;

/// <summary>Reads and writes <see cref="InstanceState"/>, refusing documents of an unknown format or over the size guard.</summary>
public static class InstanceStateSerializer
{
    /// <summary>A state larger than this is a runaway workflow (a variable growing in a loop), not a case.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    public static string Serialize(InstanceState state)
    {
        var json = JsonSerializer.Serialize(state, EngineJson.Options);
        if (json.Length > MaxLength)
            throw new InvalidOperationException($"The instance state has grown to {json.Length / 1024} KiB, over the {MaxLength / 1024} KiB guard.");
        return json;
    }

    public static InstanceState Deserialize(string json)
    {
        var state = JsonSerializer.Deserialize<InstanceState>(json, EngineJson.Options) ?? new InstanceState();
        return state.FormatVersion switch
        {
            InstanceState.CurrentFormatVersion => state,
            // Upcasters go here, one per format change: case 1: return Upcast1To2(state);
            _ => throw new InvalidOperationException($"Instance state format {state.FormatVersion} is unknown to this server (it reads up to {InstanceState.CurrentFormatVersion})."),
        };
    }
}

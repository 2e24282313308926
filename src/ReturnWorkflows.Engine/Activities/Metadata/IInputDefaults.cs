namespace ReturnWorkflows.Engine.Activities.Metadata;

/// <summary>
/// For activity families whose inputs are declared once on a base class but whose defaults and choices differ per type
/// (each case activity has its own title, due date and allowed roles): attributes cannot say that, so the describer asks
/// an instance. Keys are input (property) names.
/// </summary>
public interface IInputDefaults
{
    IReadOnlyDictionary<string, InputDefault> InputDefaults { get; }
}

/// <param name="Options">For a dropdown: the only values offered (replacing the input's own options).</param>
public sealed record InputDefault(object? Value, IReadOnlyList<string>? Options = null);

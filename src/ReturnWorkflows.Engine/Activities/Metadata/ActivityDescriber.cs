using System.Reflection;
using System.Text.RegularExpressions;

namespace ReturnWorkflows.Engine.Activities.Metadata;

/// <summary>Builds an <see cref="ActivityDescriptor"/> from an activity class's attributes.</summary>
public static partial class ActivityDescriber
{
    public static ActivityDescriptor Describe(Type activityType)
    {
        var attribute = activityType.GetCustomAttribute<ActivityAttribute>()
                        ?? throw new InvalidOperationException($"{activityType.Name} has no [Activity] attribute.");
        var lastDot = attribute.TypeName.LastIndexOf('.');
        var name = attribute.TypeName[(lastDot + 1)..];
        var @namespace = lastDot < 0 ? "" : attribute.TypeName[..lastDot];
        var properties = activityType.GetProperties(BindingFlags.Public | BindingFlags.Instance);

        var inputs = properties
            .Select(p => (Property: p, Input: p.GetCustomAttribute<InputAttribute>()))
            .Where(x => x.Input is not null)
            .Select((x, index) => new InputDescriptor(
                x.Property.Name, x.Property.PropertyType, x.Input!.DisplayName ?? Humanize(x.Property.Name), x.Input.Description,
                x.Input.Category, x.Input.UiHint, x.Input.DefaultValue, x.Input.DefaultSyntax, x.Input.IsSensitive,
                x.Input.IsWrapped, x.Input.Options, x.Input.Order == 0 ? index : x.Input.Order, x.Input.FixedOutcomes,
                x.Input.OptionsFrom))
            .ToList();
        if (typeof(IInputDefaults).IsAssignableFrom(activityType) && !activityType.IsAbstract
            && Activator.CreateInstance(activityType) is IInputDefaults { InputDefaults: var defaults })
            inputs = inputs.Select(i => defaults.TryGetValue(i.Name, out var d) ? i with { DefaultValue = d.Value, Options = d.Options ?? i.Options } : i).ToList();
        var outputs = properties
            .Select(p => (Property: p, Output: p.GetCustomAttribute<OutputAttribute>()))
            .Where(x => x.Output is not null)
            .Select(x => new OutputDescriptor(x.Property.Name, x.Property.PropertyType, x.Output!.DisplayName ?? Humanize(x.Property.Name), x.Output.Description))
            .ToList();
        var embeddedPorts = properties.Where(p => p.GetCustomAttribute<PortAttribute>() is not null).Select(p => p.Name).ToList();
        var outcomes = activityType.GetCustomAttribute<FlowOutcomesAttribute>()?.Outcomes
                       ?? (attribute.IsTerminal ? [] : ["Done"]);

        return new ActivityDescriptor(
            attribute.TypeName, @namespace, name, attribute.Version, attribute.Category,
            attribute.DisplayName ?? Humanize(name), attribute.Description, attribute.Kind,
            inputs, outputs, outcomes, embeddedPorts, attribute.IsContainer, attribute.IsBrowsable,
            attribute.IsStart, attribute.IsTerminal, activityType);
    }

    public static string CamelCase(string name) =>
        name.Length == 0 || char.IsLower(name[0]) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>"CronExpression" → "Cron expression".</summary>
    public static string Humanize(string name)
    {
        var words = WordBoundary().Replace(name, " $1").Trim();
        return words.Length == 0 ? name : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}

using System.Reflection;
using ReturnWorkflows.Engine.Activities.Metadata;

namespace ReturnWorkflows.Engine.Activities;

/// <summary>
/// The activity types this server knows, by their JSON type name. Built once from assemblies; other modules
/// (the return-case domain) add their assemblies at start-up.
/// </summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, ActivityDescriptor> _byTypeName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Activity> _prototypes = new(StringComparer.Ordinal);

    public ActivityRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetTypes()))
        {
            if (type.IsAbstract || !typeof(Activity).IsAssignableFrom(type) || type.GetCustomAttribute<ActivityAttribute>() is null)
                continue;
            var descriptor = ActivityDescriber.Describe(type);
            if (!_byTypeName.TryAdd(descriptor.TypeName, descriptor))
                throw new InvalidOperationException($"Two activity classes claim the type name '{descriptor.TypeName}'.");
            _prototypes[descriptor.TypeName] = (Activity)Activator.CreateInstance(type)!;
        }
    }

    /// <summary>The engine's built-in (Elsa) activities only.</summary>
    public static ActivityRegistry BuiltIn { get; } = new([typeof(ActivityRegistry).Assembly]);

    public IReadOnlyCollection<ActivityDescriptor> Descriptors => _byTypeName.Values;

    public ActivityDescriptor? Find(string typeName) => _byTypeName.GetValueOrDefault(typeName);

    /// <summary>An instance used for questions that depend on a node's inputs (its dynamic outcomes).</summary>
    public Activity? Prototype(string typeName) => _prototypes.GetValueOrDefault(typeName);
}

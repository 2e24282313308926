using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Tasks.Queries;

namespace ReturnWorkflows.Server.Tasks;

/// <summary>The inbox lists by the names the API's <c>view</c> parameter and the inbox page's tabs use.</summary>
internal static class InboxViews
{
    public static readonly IReadOnlyList<(string Name, InboxView View, string Label)> All =
    [
        ("mine", InboxView.Mine, "Mine"),
        ("office", InboxView.OfficeOpen, "My office's queue"),
        ("due-soon", InboxView.DueSoon, "Due soon"),
        ("overdue", InboxView.Overdue, "Overdue"),
    ];

    /// <summary>The view a name stands for; none given is "mine". An unknown name is refused, naming the field.</summary>
    public static InboxView Parse(string? name, string field = "view")
    {
        if (string.IsNullOrEmpty(name)) return InboxView.Mine;
        foreach (var known in All)
            if (string.Equals(known.Name, name, StringComparison.OrdinalIgnoreCase)) return known.View;
        throw new CommandRejectedException(field, $"'{name}' is not a view; use one of: {string.Join(", ", All.Select(v => v.Name))}.");
    }
}

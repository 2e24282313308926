using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;rw-status-badge status="Overdue" /&gt;</c>: a task's or case's state, in one colour per state on every page.
/// The text is always there, so the colour is never the only sign (WCAG 1.4.1); every pair passes AA contrast.
/// </summary>
[HtmlTargetElement("rw-status-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgeTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>The states pages show, and Bootstrap's colour for each; any other shows in grey.</summary>
    public static readonly IReadOnlyDictionary<string, string> Colours = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Open"] = "text-bg-primary",
        ["Assigned"] = "text-bg-info",
        ["Escalated"] = "text-bg-warning",
        ["Overdue"] = "text-bg-danger",
        ["Completed"] = "text-bg-success",
        ["Cancelled"] = "text-bg-secondary",
        ["Test run"] = "rw-badge-test-run",
        ["Active"] = "text-bg-success",
        ["Deactivated"] = "text-bg-secondary",
        ["Case by case"] = "text-bg-warning",
        ["Suspended"] = "text-bg-danger",
        ["Country status changed"] = "text-bg-warning",
        ["Booked"] = "text-bg-primary",
        ["Departed"] = "text-bg-success",
        ["No-show"] = "text-bg-danger",
        ["Departure failed"] = "text-bg-warning",
        ["Offered"] = "text-bg-info",
        ["Accepted"] = "text-bg-success",
        ["Declined"] = "text-bg-danger",
        ["Declined by itself"] = "text-bg-danger",
        ["Draft"] = "text-bg-secondary",
        ["Waiting for approval"] = "text-bg-info",
        ["Waiting for approval above the cap"] = "text-bg-warning",
        ["Approved"] = "text-bg-success",
        ["Support declined"] = "text-bg-danger",
        ["Delivered"] = "text-bg-success",
        ["Committed"] = "text-bg-primary",
        ["Planned"] = "text-bg-secondary",
        ["Held"] = "text-bg-success",
        ["Deadline near"] = "text-bg-warning",
        ["Deadline passed"] = "text-bg-danger",
        ["Not reached"] = "text-bg-warning",
        ["After the programme's end"] = "text-bg-light border",
    };

    /// <summary>The state's English name (the colour's key); shown in the request's language.</summary>
    public string Status { get; set; } = "";

    /// <summary>What the text is, where it means more than the word (shown on hover and read by screen readers).</summary>
    public string? Explanation { get => _explanation; set => _explanation = FormFieldTagHelper.NullIfEmpty(value); }
    private string? _explanation;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        var colour = Colours.GetValueOrDefault(Status, "text-bg-secondary");
        output.Attributes.SetAttribute("class", $"badge rounded-pill {colour}");
        if (Explanation is not null) output.Attributes.SetAttribute("title", Explanation);
        output.Content.SetContent(text[Status]);
    }
}

using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;rw-alert kind="danger" live="alert"&gt;message&lt;/rw-alert&gt;</c>: a message about what just happened.
/// <c>live</c> makes a screen reader say it when the page opens: <c>alert</c> for refusals, <c>status</c> for results.
/// </summary>
[HtmlTargetElement("rw-alert")]
public sealed class AlertTagHelper : TagHelper
{
    private static readonly HashSet<string> Kinds = ["success", "info", "warning", "danger"];

    public string Kind { get; set; } = "info";

    /// <summary><c>alert</c>, <c>status</c> or nothing (a standing note that is not news).</summary>
    public string? Live { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!Kinds.Contains(Kind)) throw new ArgumentException($"rw-alert kind '{Kind}' is not one of {string.Join(", ", Kinds)}.");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var classes = $"alert alert-{Kind}";
        if (output.Attributes.TryGetAttribute("class", out var extra)) classes += " " + extra.Value;
        output.Attributes.SetAttribute("class", classes);
        if (Live is not null) output.Attributes.SetAttribute("role", Live);
    }
}

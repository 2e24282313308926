using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;rw-empty-state title="Nothing here."&gt;what to do instead&lt;/rw-empty-state&gt;</c>: an empty list says so
/// in words, and where it can, where the work is.
/// </summary>
[HtmlTargetElement("rw-empty-state")]
public sealed class EmptyStateTagHelper : TagHelper
{
    public string Title { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "rw-empty-state");
        output.Content.AppendHtml("<p class=\"rw-empty-title\">").Append(Title).AppendHtml("</p>");
        if (!body.IsEmptyOrWhiteSpace) output.Content.AppendHtml(body);
    }
}

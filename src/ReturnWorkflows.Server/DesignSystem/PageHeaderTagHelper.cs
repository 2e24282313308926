using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;rw-page-header title="Inbox"&gt;actions&lt;/rw-page-header&gt;</c>: the page's one <c>h1</c>, with the page's
/// actions (links, buttons) beside it on a wide screen and below it on a phone.
/// </summary>
[HtmlTargetElement("rw-page-header")]
public sealed class PageHeaderTagHelper : TagHelper
{
    public string Title { get; set; } = "";

    /// <summary>A sentence under the title saying what the page is for.</summary>
    public string? Lead { get => _lead; set => _lead = FormFieldTagHelper.NullIfEmpty(value); }
    private string? _lead;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var actions = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "rw-page-header");
        output.Content.AppendHtml("<div>").AppendHtml("<h1>").Append(Title).AppendHtml("</h1>");
        if (Lead is not null) output.Content.AppendHtml("<p class=\"lead\">").Append(Lead).AppendHtml("</p>");
        output.Content.AppendHtml("</div>");
        if (!actions.IsEmptyOrWhiteSpace)
            output.Content.AppendHtml("<div class=\"rw-page-actions\">").AppendHtml(actions).AppendHtml("</div>");
    }
}

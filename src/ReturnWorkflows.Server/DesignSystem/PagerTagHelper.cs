using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;rw-pager page="0" has-next="true" label="Inbox pages" /&gt;</c>: Previous / Next links for a list read a page
/// at a time (the page number is zero-based in <c>?page=</c>), keeping the rest of the address (tab, sort).
/// </summary>
[HtmlTargetElement("rw-pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) : TagHelper
{
    public const string PageParameter = "page";

    public int Page { get; set; }
    public bool HasNext { get; set; }
    /// <summary>The navigation's name, already in the page's language.</summary>
    public string? Label { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Page <= 0 && !HasNext)
        {
            output.SuppressOutput(); // one page only: nothing to move to
            return;
        }
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("aria-label", Label ?? text["Pages"]);
        output.Content.AppendHtml("<ul class=\"pagination\">");
        if (Page > 0) AppendLink(output, Page - 1, text["Previous"]);
        output.Content.AppendHtml("<li class=\"page-item active\" aria-current=\"page\"><span class=\"page-link\">").Append(text["Page {0}", Page + 1]).AppendHtml("</span></li>");
        if (HasNext) AppendLink(output, Page + 1, text["Next"]);
        output.Content.AppendHtml("</ul>");
    }

    private void AppendLink(TagHelperOutput output, int page, string text)
    {
        var href = CurrentAddress.With(ViewContext.HttpContext.Request, [], (PageParameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        output.Content.AppendHtml("<li class=\"page-item\"><a class=\"page-link\" href=\"")
            .Append(href).AppendHtml("\">").Append(text).AppendHtml("</a></li>");
    }
}

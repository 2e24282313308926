using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;th rw-sort="due"&gt;Due&lt;/th&gt;</c>: a column header that sorts the list by following a link (a real
/// address, so it works without script and with the keyboard), telling screen readers the order with <c>aria-sort</c>.
/// </summary>
[HtmlTargetElement("th", Attributes = "rw-sort")]
public sealed class SortHeaderTagHelper : TagHelper
{
    [HtmlAttributeName("rw-sort")] public string Column { get; set; } = "";

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var label = await output.GetChildContentAsync();
        var request = ViewContext.HttpContext.Request;
        var current = TableSort.From(request.Query);
        var sorted = string.Equals(current.Column, Column, StringComparison.OrdinalIgnoreCase);
        var nextDescending = sorted && !current.Descending;
        // Another order starts again at the first page.
        var href = CurrentAddress.With(request, [PagerTagHelper.PageParameter],
            (TableSort.ColumnParameter, Column), (TableSort.DirectionParameter, nextDescending ? "desc" : "asc"));
        output.Attributes.SetAttribute("aria-sort", !sorted ? "none" : current.Descending ? "descending" : "ascending");
        var arrow = !sorted ? "↕" : current.Descending ? "↓" : "↑";
        output.Content.AppendHtml("<a class=\"rw-sort\" href=\"").Append(href).AppendHtml("\">").AppendHtml(label)
            .AppendHtml(" <span aria-hidden=\"true\">").Append(arrow).AppendHtml("</span></a>");
    }
}

using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;table rw-data-table="Versions"&gt;</c>: the one look of our lists, scrolling sideways inside its own box on a
/// phone rather than widening the page. The box is a named region a keyboard can focus, so it can be scrolled without a
/// mouse (the name is the attribute's value). Sort its columns with <see cref="SortHeaderTagHelper"/>, page it with
/// <see cref="PagerTagHelper"/>.
/// </summary>
[HtmlTargetElement("table", Attributes = "rw-data-table")]
public sealed class DataTableTagHelper : TagHelper
{
    [HtmlAttributeName("rw-data-table")] public string Label { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (string.IsNullOrWhiteSpace(Label)) throw new ArgumentException("rw-data-table needs a name: <table rw-data-table=\"Tasks\">.");
        var classes = "table table-hover align-middle rw-table";
        if (output.Attributes.TryGetAttribute("class", out var extra)) classes += " " + extra.Value;
        output.Attributes.SetAttribute("class", classes);
        output.PreElement.AppendHtml("<div class=\"table-responsive\" tabindex=\"0\" role=\"region\" aria-label=\"").Append(Label).AppendHtml("\">");
        output.PostElement.AppendHtml("</div>");
    }
}

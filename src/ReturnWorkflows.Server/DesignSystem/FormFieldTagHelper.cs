using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ReturnWorkflows.Server.DesignSystem;

/// <summary>
/// <c>&lt;rw-field for="id" label="…" help="…" error="…" required="true"&gt;&lt;input id="id" … /&gt;&lt;/rw-field&gt;</c>:
/// a control with its label, help and error. The control inside gets Bootstrap's class, <c>aria-describedby</c> for
/// the help and error and <c>aria-invalid</c> from <see cref="FormControlTagHelper"/>, so a screen reader reads all three.
/// </summary>
[HtmlTargetElement("rw-field")]
public sealed class FormFieldTagHelper : TagHelper
{
    internal const string ItemKey = nameof(FormFieldTagHelper);

    public string For { get; set; } = "";
    public string Label { get; set; } = "";
    // Razor hands an attribute bound to a null expression over as "": both mean none.
    public string? Help { get => _help; set => _help = NullIfEmpty(value); }
    public string? Error { get => _error; set => _error = NullIfEmpty(value); }
    private string? _help, _error;

    /// <summary>Marks the label; the server still decides (no <c>required</c> attribute, so its message is the one shown).</summary>
    public bool Required { get; set; }

    /// <summary>A checkbox: the box before its label, as people expect it.</summary>
    public bool Check { get; set; }

    internal static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    internal string HelpId => For + "-help";
    internal string ErrorId => For + "-error";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        context.Items[ItemKey] = this;
        var control = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Check ? "rw-field form-check" : "rw-field");
        var label = new Microsoft.AspNetCore.Html.HtmlContentBuilder()
            .AppendHtml($"<label class=\"{(Check ? "form-check-label" : "form-label")}\" for=\"")
            .Append(For).AppendHtml("\">").Append(Label);
        if (Required) label.AppendHtml(" <span class=\"rw-required\" aria-hidden=\"true\">*</span>");
        label.AppendHtml("</label>");
        if (Check) output.Content.AppendHtml(control).AppendHtml(label);
        else output.Content.AppendHtml(label).AppendHtml(control);
        if (Help is not null)
            output.Content.AppendHtml("<div class=\"form-text\" id=\"").Append(HelpId).AppendHtml("\">").Append(Help).AppendHtml("</div>");
        if (Error is not null)
            output.Content.AppendHtml("<div class=\"invalid-feedback d-block\" id=\"").Append(ErrorId).AppendHtml("\">").Append(Error).AppendHtml("</div>");
    }
}

/// <summary>The control of an <c>rw-field</c>: styled, described by the field's help and error, marked invalid.</summary>
[HtmlTargetElement("input", ParentTag = "rw-field")]
[HtmlTargetElement("select", ParentTag = "rw-field")]
[HtmlTargetElement("textarea", ParentTag = "rw-field")]
public sealed class FormControlTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (context.Items[FormFieldTagHelper.ItemKey] is not FormFieldTagHelper field) return;
        var type = output.Attributes.TryGetAttribute("type", out var t) ? t.Value?.ToString() : null;
        var classes = output.TagName == "select" ? "form-select" : type is "checkbox" or "radio" ? "form-check-input" : "form-control";
        if (field.Error is not null) classes += " is-invalid";
        if (output.Attributes.TryGetAttribute("class", out var extra)) classes += " " + extra.Value;
        output.Attributes.SetAttribute("class", classes);
        var describedBy = string.Join(' ', new[] { field.Help is null ? null : field.HelpId, field.Error is null ? null : field.ErrorId }.OfType<string>());
        if (describedBy.Length > 0) output.Attributes.SetAttribute("aria-describedby", describedBy);
        if (field.Error is not null) output.Attributes.SetAttribute("aria-invalid", "true");
        if (field.Required) output.Attributes.SetAttribute("aria-required", "true");
    }
}

namespace ReturnWorkflows.Server.Designer;

/// <summary>
/// The Studio sends the same request for its auto-save and for the Save button, so our designer page marks the one
/// the button sent (designer-explicit-save.js adds this header to it). The history then keeps that save as a point
/// of its own instead of folding it into the burst of auto-saves around it.
/// </summary>
public static class ExplicitSave
{
    public const string Header = "X-ReturnWorkflows-Save";
    public const string Value = "explicit";

    public static bool IsMarked(HttpRequest request) =>
        string.Equals(request.Headers[Header].ToString(), Value, StringComparison.OrdinalIgnoreCase);
}

using System.Text.Json.Nodes;
using ReturnWorkflows.Cases.Model;

namespace ReturnWorkflows.Cases.Activities;

/// <summary>
/// What a case form opens with, read from its case: a row for each person taking part and what the case already
/// records (a consent given earlier, the document on file). Implemented by each case activity's answers handler.
/// </summary>
public interface ICaseFormPrefill
{
    /// <summary>The form it fills (<c>case.travel-document-receipt</c>).</summary>
    string FormKey { get; }

    /// <returns>The answers as the form's JSON; null when the form opens empty.</returns>
    JsonObject? Prefill(ReturnCase returnCase, DateOnly today);
}

using System.Globalization;
using ReturnWorkflows.Engine.Application;

namespace ReturnWorkflows.Server.Pages.Admin.ReferenceData;

/// <summary>An amount field of a form: what a number input sends (invariant, "2000.50"), empty for none.</summary>
public static class Amounts
{
    public static decimal? Parse(string? typed, string field) =>
        string.IsNullOrWhiteSpace(typed) ? null
        : decimal.TryParse(typed.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount
        : throw new CommandRejectedException(field, "Give the amount as a number, such as 2000 or 2000.50.");

    public static string? Format(decimal? amount) => amount?.ToString("0.##", CultureInfo.InvariantCulture);
}

namespace ReturnWorkflows.Infrastructure.Notifications;

/// <summary>Keeps a secret out of text that is stored or shown, such as an outbox message's last error.</summary>
public static class SecretText
{
    public const string Mask = "***";

    public static string Redact(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
}

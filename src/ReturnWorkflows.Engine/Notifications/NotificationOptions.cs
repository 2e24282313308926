namespace ReturnWorkflows.Engine.Notifications;

/// <summary>Bound from <c>ReturnWorkflows:Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "ReturnWorkflows:Notifications";

    /// <summary>The address people open the application at; e-mails link there and carry no case data.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}

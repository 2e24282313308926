namespace ReturnWorkflows.Server.Pages.Shared;

/// <summary>What a status page says: the code, a title, what happened and where to go next.</summary>
public sealed record StatusMessage(int Code, string Title, string Text, string LinkText = "Go to the home page", string LinkHref = "/");

namespace ReturnWorkflows.Infrastructure.Identity;

/// <summary>
/// A data-protection key ring entry. Kept in the shared database so that every server node can read the
/// sign-in cookies, bearer tokens and anti-forgery tokens that another node issued.
/// </summary>
public sealed class DataProtectionKey
{
    public int Id { get; init; }
    public string? FriendlyName { get; init; }
    public required string Xml { get; init; }
}

namespace ReturnWorkflows.Infrastructure.Identity;

/// <summary>
/// A key for automation (scripts, integrations). Only a SHA-256 hash of the key is stored: the key itself is shown
/// once, when it is created. Keys are long random strings, so a fast hash is enough (no password stretching).
/// </summary>
public sealed class ApiKey
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>Lowercase hex SHA-256 of the whole key.</summary>
    public required string KeyHash { get; init; }
    /// <summary>The key's first characters, so an operator can tell keys apart without the secret.</summary>
    public required string Prefix { get; init; }
    public required string Role { get; init; }
    public required string Office { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; set; }
}

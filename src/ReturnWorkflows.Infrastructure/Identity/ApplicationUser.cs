using Microsoft.AspNetCore.Identity;

namespace ReturnWorkflows.Infrastructure.Identity;

/// <summary>A person who signs in: counsellors, managers, partners. Every user works for one office.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The name shown to colleagues; never written to logs.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The office code (for example "BA-SJJ"); office queues and need-to-know rules use it.</summary>
    public string Office { get; set; } = "";

    /// <summary>The language chosen in the shell (a culture such as "sr-Latn-RS"); none: the browser's. Applied at sign-in.</summary>
    public string? Culture { get; set; }
}

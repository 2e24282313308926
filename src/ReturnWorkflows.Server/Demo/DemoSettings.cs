using Microsoft.Extensions.Options;
using ReturnWorkflows.Server.Identity;

namespace ReturnWorkflows.Server.Demo;

/// <summary>Bound from <c>ReturnWorkflows:Demo</c> (environment: <c>ReturnWorkflows__Demo__...</c>).</summary>
public sealed class DemoSettings
{
    public const string Section = "ReturnWorkflows:Demo";

    /// <summary>
    /// Opens the demo cases (<see cref="ReturnWorkflows.Cases.Demo.DemoCases"/>) on a start that finds no case at all.
    /// Unset, it follows <c>ReturnWorkflows:Identity:DemoUsers</c>: on in the embedded default, off wherever the demo
    /// users are off. The cases are the demo counsellors' and in the demo programme, so they need the demo users.
    /// </summary>
    public bool? Cases { get; set; }

    /// <summary>Whether this start seeds the demo cases; refuses (naming the keys) demo cases without demo users.</summary>
    public static bool CasesOn(IConfiguration configuration, IdentitySettings identity)
    {
        var settings = configuration.GetSection(Section).Get<DemoSettings>() ?? new DemoSettings();
        if (settings.Cases == true && !identity.DemoUsers)
            throw new OptionsValidationException(Section, typeof(DemoSettings),
                [$"{Section}:Cases needs {IdentitySettings.Section}:DemoUsers: the demo cases belong to the demo counsellors and the demo programme."]);
        return settings.Cases ?? identity.DemoUsers;
    }
}

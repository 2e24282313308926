using System.Reflection;

namespace ReturnWorkflows.Server.Shell;

/// <summary>The version the footer shows, so a person reporting a problem can say which build they saw it on.</summary>
public static class ServerVersion
{
    /// <summary>The informational version, its source revision cut to 7 characters (<c>1.0.0+a2ec8b3</c>).</summary>
    public static string Text { get; } = Read();

    private static string Read()
    {
        var version = typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+');
        return plus >= 0 && version.Length > plus + 8 ? version[..(plus + 8)] : version;
    }
}

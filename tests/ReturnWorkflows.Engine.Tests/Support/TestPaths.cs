namespace ReturnWorkflows.Engine.Tests.Support;

/// <summary>Where the test fixtures are: copied beside the test binary, so tests read nothing outside the repository.</summary>
public static class TestPaths
{
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Definitions as Elsa Studio 3.8.2 stored and sent them (captured from the real Studio).</summary>
    public static string StudioSamples => Path.Combine(Fixtures, "Studio");
}

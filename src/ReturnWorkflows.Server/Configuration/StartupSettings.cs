using Microsoft.Extensions.Options;

namespace ReturnWorkflows.Server.Configuration;

/// <summary>
/// A wrong setting stops the server with one line naming the key (and exit code 1), instead of the host's failure
/// log or the runtime's report, each with a stack trace that buries the one fact the operator needs.
/// </summary>
internal static class StartupSettings
{
    /// <summary>Runs every start-time check of the settings now, before the host starts (a refusal throws).</summary>
    public static void Validate(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>For a refused setting that reached the top: print the line and exit, before the runtime prints the trace.</summary>
    public static void ExitIfRefused(object exception)
    {
        if (exception is not Exception e || RefusalOf(e) is not { } line) return;
        Console.Error.WriteLine(line);
        Environment.Exit(1);
    }

    private static string? RefusalOf(Exception exception) =>
        FailuresOf(exception) is { } failures ? "ReturnWorkflows cannot start: " + string.Join(" ", failures) : null;

    private static IEnumerable<string>? FailuresOf(Exception exception) => exception switch
    {
        OptionsValidationException refused => refused.Failures,
        AggregateException all when all.InnerExceptions.All(i => FailuresOf(i) is not null) => all.InnerExceptions.SelectMany(i => FailuresOf(i)!),
        // The configuration binder's own refusal names the key: "Failed to convert configuration value 'x' at 'Key' ...".
        InvalidOperationException bad when bad.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => [bad.Message],
        _ => null,
    };
}

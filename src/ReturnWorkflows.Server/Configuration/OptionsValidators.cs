using Microsoft.Extensions.Options;
using Npgsql;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Configuration;

/// <summary>Checks the database settings at start; every message names the configuration key to fix.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var key = DatabaseOptions.Section;
        if (!Enum.IsDefined(options.Provider))
            return ValidateOptionsResult.Fail($"{key}:Provider must be Sqlite or PostgreSql.");
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            return ValidateOptionsResult.Fail($"{key}:ConnectionString is missing. Set it in appsettings.json or the environment variable ReturnWorkflows__Database__ConnectionString.");
        try
        {
            if (options.Provider == DatabaseProvider.PostgreSql)
            {
                var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.Host))
                    return ValidateOptionsResult.Fail($"{key}:ConnectionString has no Host, which PostgreSql needs.");
            }
            else
            {
                var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.DataSource))
                    return ValidateOptionsResult.Fail($"{key}:ConnectionString has no Data Source, which Sqlite needs (e.g. Data Source=data/returnworkflows.db).");
            }
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"{key}:ConnectionString is not a valid {options.Provider} connection string: {e.Message}");
        }
        return ValidateOptionsResult.Success;
    }
}

internal sealed class ServerOptionsValidator : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.WorkflowsFolder))
            return ValidateOptionsResult.Fail($"{ServerOptions.Section}:WorkflowsFolder is empty.");
        if (options.ApiKey is { Length: > 0 and < 32 })
            return ValidateOptionsResult.Fail($"{ServerOptions.Section}:ApiKey is too short: use at least 32 random characters (for example `openssl rand -base64 32`).");
        var workflows = options.ResolveWorkflowsFolder();
        if (!Directory.Exists(workflows))
            return ValidateOptionsResult.Fail($"{ServerOptions.Section}:WorkflowsFolder points to '{workflows}', which does not exist.");
        // No forms folder is allowed: tasks then keep whatever data they are given, unchecked.
        return string.IsNullOrWhiteSpace(options.FormsFolder)
            ? ValidateOptionsResult.Fail($"{ServerOptions.Section}:FormsFolder is empty.")
            : ValidateOptionsResult.Success;
    }
}

internal sealed class JavaScriptOptionsValidator : IValidateOptions<ReturnWorkflows.Engine.Expressions.JavaScript.JavaScriptOptions>
{
    public ValidateOptionsResult Validate(string? name, ReturnWorkflows.Engine.Expressions.JavaScript.JavaScriptOptions options)
    {
        const string key = ReturnWorkflows.Engine.Expressions.JavaScript.JavaScriptOptions.Section;
        var failures = new List<string>();
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(1))
            failures.Add($"{key}:Timeout must be between 00:00:00.001 and 00:01:00 (a script runs inside a workflow step).");
        if (options.MaxStatements <= 0)
            failures.Add($"{key}:MaxStatements must be positive.");
        if (options.MaxRecursionDepth <= 0)
            failures.Add($"{key}:MaxRecursionDepth must be positive.");
        if (options.MaxMemoryMegabytes is <= 0 or > 1024)
            failures.Add($"{key}:MaxMemoryMegabytes must be between 1 and 1024 (what one script may allocate).");
        if (options.RegexTimeout <= TimeSpan.Zero || options.RegexTimeout > TimeSpan.FromMinutes(1))
            failures.Add($"{key}:RegexTimeout must be between 00:00:00.001 and 00:01:00 (one regular expression match).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal sealed class RuntimeOptionsValidator : IValidateOptions<ReturnWorkflows.Engine.Runtime.RuntimeOptions>
{
    public ValidateOptionsResult Validate(string? name, ReturnWorkflows.Engine.Runtime.RuntimeOptions options) =>
        Enum.IsDefined(options.DefaultJoinAlgorithm)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ReturnWorkflows.Engine.Runtime.RuntimeOptions.Section}:DefaultJoinAlgorithm must be TokenBased or CounterBased.");
}

internal sealed class SchedulerSettingsValidator : IValidateOptions<ReturnWorkflows.Infrastructure.Scheduling.SchedulerSettings>
{
    public ValidateOptionsResult Validate(string? name, ReturnWorkflows.Infrastructure.Scheduling.SchedulerSettings options)
    {
        const string key = ReturnWorkflows.Infrastructure.Scheduling.SchedulerSettings.Section;
        var failures = new List<string>();
        // Each interval becomes the cron expression of a Hangfire recurring job.
        foreach (var (setting, interval) in new[] { ("RecoveryInterval", options.RecoveryInterval), ("OutboxInterval", options.OutboxInterval), ("OverdueSweepInterval", options.OverdueSweepInterval) })
            if (!ReturnWorkflows.Infrastructure.Scheduling.IntervalCron.TryConvert(interval, out _))
                failures.Add($"{key}:{setting} must be whole seconds, minutes or hours that divide a minute, an hour or a day evenly (such as 00:00:05, 00:00:30, 00:05:00 or 01:00:00), up to 1.00:00:00.");
        if (options.RecoveryGrace < TimeSpan.Zero || options.RecoveryGrace > TimeSpan.FromHours(1))
            failures.Add($"{key}:RecoveryGrace must be between 00:00:00 and 01:00:00.");
        if (options.DrainInterval is not null)
            failures.Add($"{key}:DrainInterval is no longer read: each timer now has its own Hangfire job. Remove it; " +
                $"{key}:RecoveryInterval and {key}:RecoveryGrace say when the recovery job fires timers whose job went missing.");
        if (options.Workers is < 1 or > 100)
            failures.Add($"{key}:Workers must be between 1 and 100.");
        if (options.PollInterval < TimeSpan.FromMilliseconds(100) || options.PollInterval > TimeSpan.FromMinutes(1))
            failures.Add($"{key}:PollInterval must be between 00:00:00.1 and 00:01:00.");
        if (options.LockTimeout < TimeSpan.FromSeconds(5) || options.LockTimeout > TimeSpan.FromMinutes(30))
            failures.Add($"{key}:LockTimeout must be between 00:00:05 and 00:30:00.");
        if (options.DigestTimeOfDay < TimeSpan.Zero || options.DigestTimeOfDay >= TimeSpan.FromDays(1) || options.DigestTimeOfDay.Seconds != 0)
            failures.Add($"{key}:DigestTimeOfDay must be a time of day in whole minutes, such as 07:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Builds the calendars once to check them: an unknown time zone or an empty working week is named.</summary>
internal sealed class CalendarOptionsValidator : IValidateOptions<ReturnWorkflows.Engine.Calendars.CalendarOptions>
{
    public ValidateOptionsResult Validate(string? name, ReturnWorkflows.Engine.Calendars.CalendarOptions options)
    {
        try
        {
            _ = new ReturnWorkflows.Engine.Calendars.OfficeCalendars(options);
            return ValidateOptionsResult.Success;
        }
        catch (OptionsValidationException e)
        {
            return ValidateOptionsResult.Fail(e.Failures);
        }
    }
}

internal sealed class SmtpOptionsValidator : IValidateOptions<ReturnWorkflows.Infrastructure.Notifications.SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, ReturnWorkflows.Infrastructure.Notifications.SmtpOptions options)
    {
        const string key = ReturnWorkflows.Infrastructure.Notifications.SmtpOptions.Section;
        // Refused even with e-mail off: a stale key is found when it is cheapest to fix, not when a host is set later.
        if (options.EnableSsl is not null)
            return ValidateOptionsResult.Fail(
                $"{key}:EnableSsl is no longer read: remove it and set {key}:Security to StartTls (what EnableSsl=true did), " +
                "Tls (TLS from the start, usually port 465) or None (what EnableSsl=false did; only for a relay on this machine).");
        if (string.IsNullOrWhiteSpace(options.Host)) return ValidateOptionsResult.Success; // e-mail off: messages wait in the outbox
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Security)) failures.Add($"{key}:Security must be StartTls, Tls or None.");
        if (options.Port is < 1 or > 65535) failures.Add($"{key}:Port must be between 1 and 65535.");
        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(5))
            failures.Add($"{key}:Timeout must be between 00:00:01 and 00:05:00.");
        // Parsed as the sender parses it, so an address start accepts is one every send accepts.
        if (!MimeKit.MailboxAddress.TryParse(options.From, out var from) || string.IsNullOrEmpty(from.Domain)) failures.Add($"{key}:From is not an e-mail address.");
        if (!string.IsNullOrEmpty(options.UserName) && string.IsNullOrEmpty(options.Password)) failures.Add($"{key}:Password is missing for {key}:UserName.");
        if (!string.IsNullOrEmpty(options.UserName) && options.Security == ReturnWorkflows.Infrastructure.Notifications.SmtpSecurity.None && !IsLoopback(options.Host))
            failures.Add($"{key}:Security=None would send the password for {key}:UserName unencrypted to {options.Host}: use StartTls or Tls.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
}

internal sealed class IdentitySettingsValidator : IValidateOptions<ReturnWorkflows.Server.Identity.IdentitySettings>
{
    public ValidateOptionsResult Validate(string? name, ReturnWorkflows.Server.Identity.IdentitySettings options)
    {
        const string key = ReturnWorkflows.Server.Identity.IdentitySettings.Section;
        var failures = new List<string>();
        if (options.AccessTokenLifetime < TimeSpan.FromMinutes(1) || options.AccessTokenLifetime > TimeSpan.FromHours(8))
            failures.Add($"{key}:AccessTokenLifetime must be between 00:01:00 and 08:00:00.");
        if (options.MaxFailedSignIns is < 1 or > 100)
            failures.Add($"{key}:MaxFailedSignIns must be between 1 and 100.");
        if (options.LockoutDuration <= TimeSpan.Zero)
            failures.Add($"{key}:LockoutDuration must be positive.");
        if (options.SignInAttemptsPerAddress is < 1 or > 10_000)
            failures.Add($"{key}:SignInAttemptsPerAddress must be between 1 and 10000.");
        if (options.SignInAttemptsPerAccount is < 1 or > 1_000)
            failures.Add($"{key}:SignInAttemptsPerAccount must be between 1 and 1000.");
        if (options.SignInWindow < TimeSpan.FromSeconds(10) || options.SignInWindow > TimeSpan.FromDays(1))
            failures.Add($"{key}:SignInWindow must be between 00:00:10 and 1.00:00:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

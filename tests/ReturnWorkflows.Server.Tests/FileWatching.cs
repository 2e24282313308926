using System.Runtime.CompilerServices;

namespace ReturnWorkflows.Server.Tests;

/// <summary>
/// The test servers watch their files by polling, not inotify: each in-process host's file providers take inotify
/// instances, and with enough hosts alive at once the process met Linux's default limit of 128 ("The configured user
/// limit (128) on the number of inotify instances has been reached"), failing page requests with 500.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void UsePolling() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}

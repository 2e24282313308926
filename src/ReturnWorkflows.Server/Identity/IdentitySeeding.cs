using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ReturnWorkflows.Cases.Access;
using ReturnWorkflows.Infrastructure.Identity;
using ReturnWorkflows.Infrastructure.Persistence;

namespace ReturnWorkflows.Server.Identity;

/// <summary>
/// At start: every role exists; with <c>Identity:DemoUsers</c> on, the demo users exist too and their credentials
/// are printed to the console (never to the log, which may be shipped elsewhere). Looking and then creating is not
/// safe for nodes starting together (both see no role, the second insert breaks the unique name and stops its
/// start), so on PostgreSQL it holds the start-up lock (<see cref="StartupSchemaLock"/>) as the schema step does.
/// </summary>
internal sealed class IdentitySeeding(IServiceScopeFactory scopes, IOptions<IdentitySettings> settings, IOptions<DatabaseOptions> database,
    ILogger<IdentitySeeding> logger) : IHostedService
{
    /// <summary>The demo programme's manager (<see cref="ReturnWorkflows.Cases.ReferenceData.DefaultReferenceData.DemoProgramme"/>).</summary>
    public const string DemoProgrammeManager = "manager";

    /// <summary>The demo programme's approver above the reintegration cap (the donor's authority), a second programme manager.</summary>
    public const string DemoCapApprover = "approver";

    /// <summary>One person per role; the offices are the Sarajevo and Belgrade host offices and an origin office.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string Office)> DemoUsers =
    [
        ("admin", "Demo Administrator", Roles.Administrator, OfficeCodes.Sarajevo),
        (DemoProgrammeManager, "Demo Programme Manager", Roles.ProgrammeManager, OfficeCodes.Sarajevo),
        (DemoCapApprover, "Demo Cap Approver", Roles.ProgrammeManager, OfficeCodes.Sarajevo),
        ("supervisor", "Demo Supervisor", Roles.Supervisor, OfficeCodes.Sarajevo),
        ("counsellor", "Demo Counsellor", Roles.Counsellor, OfficeCodes.Sarajevo),
        ("counsellor.belgrade", "Demo Counsellor (Belgrade)", Roles.Counsellor, OfficeCodes.Belgrade),
        ("operations", "Demo Operations Officer", Roles.OperationsOfficer, OfficeCodes.Sarajevo),
        ("protection", "Demo Protection Officer", Roles.ProtectionOfficer, OfficeCodes.Sarajevo),
        ("reintegration", "Demo Reintegration Officer", Roles.ReintegrationOfficer, OfficeCodes.Islamabad),
        ("partner", "Demo Partner", Roles.Partner, OfficeCodes.Islamabad),
    ];

    public Task StartAsync(CancellationToken cancellationToken) =>
        database.Value.Provider == DatabaseProvider.PostgreSql
            ? StartupSchemaLock.RunAsync(database.Value.ConnectionString, logger, async () =>
            {
                await SeedAsync();
                return true;
            }, cancellationToken)
            : SeedAsync();

    private async Task SeedAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Require(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");

        if (!settings.Value.DemoUsers) return;
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var (userName, displayName, role, office) in DemoUsers)
        {
            if (await users.FindByNameAsync(userName) is not null) continue;
            var user = new ApplicationUser { UserName = userName, DisplayName = displayName, Office = office, Email = $"{userName}@demo.invalid" };
            Require(await users.CreateAsync(user, settings.Value.DemoPassword), $"demo user {userName} ({IdentitySettings.Section}:DemoPassword must pass the password rules)");
            Require(await users.AddToRoleAsync(user, role), $"role of demo user {userName}");
        }
        logger.LogWarning("Demo users are enabled ({Section}:DemoUsers). Turn them off for real case data.", IdentitySettings.Section);
        Console.WriteLine(DescribeDemoUsers(settings.Value.DemoPassword));
    }

    public static string DescribeDemoUsers(string password) =>
        "Demo users (password for all: " + password + "):" + Environment.NewLine +
        string.Join(Environment.NewLine, DemoUsers.Select(u => $"  {u.UserName,-20} {u.Role,-22} office {u.Office}"));

    private static void Require(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

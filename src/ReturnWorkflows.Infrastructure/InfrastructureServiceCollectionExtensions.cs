using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Persistence;
using ReturnWorkflows.Infrastructure.Persistence.Stores;

namespace ReturnWorkflows.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    public static IServiceCollection AddReturnWorkflowsPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        AddProviderDbContext(services, options);
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        // Timer wake-ups: rows in the step, jobs after its commit; without Hangfire (AddReturnWorkflowsScheduling)
        // there are no jobs and timers fire when the drain runs.
        services.AddScoped<Scheduling.Timers.PendingWakeups>();
        services.AddScoped<Scheduling.Timers.TimerWakeupRows>();
        services.AddScoped<Scheduling.Timers.TimerWakeupScheduling>();
        services.TryAddSingleton<Scheduling.Timers.ITimerWakeupScheduler, Scheduling.Timers.NoTimerWakeupScheduler>();
        services.AddScoped<IWorkflowDefinitionStore, EfWorkflowDefinitionStore>();
        services.AddScoped<Engine.Definitions.Queries.IWorkflowDefinitionQueries, EfWorkflowDefinitionQueries>();
        services.AddScoped<IIdempotencyStore, EfIdempotencyStore>();
        services.AddScoped<IWorkflowInstanceQueries, EfWorkflowInstanceQueries>();
        services.AddScoped<IWorkflowInstanceStore, EfWorkflowInstanceStore>();
        services.AddScoped<Engine.Tasks.IHumanTaskStore, EfHumanTaskStore>();
        services.AddScoped<Engine.Tasks.Queries.ITaskInboxQueries, EfTaskInboxQueries>();
        services.AddScoped<Engine.Notifications.IOutboxStore, EfOutboxStore>();
        services.AddScoped<IUserDirectory, Identity.EfUserDirectory>();
        services.AddScoped<Engine.Notifications.INotificationStore, EfNotificationStore>();
        services.AddSingleton<Engine.Notifications.IMessageSender, Notifications.SmtpEmailSender>();
        services.AddSingleton<Engine.Notifications.OutboxDispatcher>();
        services.AddScoped<DatabaseSchema>();
        services.AddScoped<NameKeyBackfill>();
        services.AddScoped<Cases.Model.ICaseRepository, EfCaseRepository>();
        services.AddScoped<Cases.Audit.ICaseAuditLog, EfCaseAuditLog>();
        services.AddScoped<Cases.Contacts.ICaseContactLog, EfCaseContactLog>();
        services.AddScoped<Cases.Travel.IFlightBookingQueue, EfFlightBookingQueue>();
        services.AddScoped<Cases.Notes.ICaseNoteLog, EfCaseNoteLog>();
        services.AddScoped<Cases.Timeline.ICaseWorkHistory, EfCaseWorkHistory>();
        services.AddScoped<Cases.Documents.ICaseDocumentStore, EfCaseDocumentStore>();
        // The vault itself needs the folder and key (a DocumentStorage singleton), which the host resolves at start.
        services.AddScoped<Documents.DocumentFileChanges>();
        services.AddScoped<Cases.Documents.IDocumentVault, Documents.EncryptedFileVault>();
        services.AddScoped<Cases.Duplicates.IPersonMatchLookup, EfPersonMatchLookup>();
        services.AddScoped<Cases.Duplicates.IDuplicateCheckLog, EfDuplicateCheckLog>();
        services.AddScoped<Cases.Outreach.IInformationSessionStore, EfInformationSessionStore>();
        services.AddScoped<Cases.Reports.IFunnelQueries, EfFunnelQueries>();
        services.AddScoped<Cases.ReferenceData.IReferenceDataStore, EfReferenceDataStore>();
        return services;
    }

    // Everything asks for ReturnWorkflowsDbContext; the provider's own type behind it brings that provider's migrations.
    private static IServiceCollection AddProviderDbContext(IServiceCollection services, DatabaseOptions options) =>
        options.Provider switch
        {
            // The options are built once (they depend on settings only), not in every request's scope.
            DatabaseProvider.Sqlite => services.AddDbContext<ReturnWorkflowsDbContext, SqliteReturnWorkflowsDbContext>(builder => ConfigureProvider(builder, options),
                optionsLifetime: ServiceLifetime.Singleton),
            DatabaseProvider.PostgreSql => services.AddDbContext<ReturnWorkflowsDbContext, PostgreSqlReturnWorkflowsDbContext>(builder => ConfigureProvider(builder, options),
                optionsLifetime: ServiceLifetime.Singleton),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };

    public static DbContextOptionsBuilder ConfigureProvider(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        const string history = "__ef_migrations_history";
        // EF's default stands: it refuses to migrate a model that differs from the provider's snapshot (a migration is missing).
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsHistoryTable(history)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(history)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ReturnWorkflows.Engine.Application;
using ReturnWorkflows.Engine.Application.Idempotency;
using ReturnWorkflows.Engine.Definitions;
using ReturnWorkflows.Engine.Runtime;
using ReturnWorkflows.Infrastructure.Identity;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// The server's database. The model is provider-neutral: PostgreSQL and SQLite read the same mappings. Each provider
/// has its own derived type (<see cref="PostgreSqlReturnWorkflowsDbContext"/>, <see cref="SqliteReturnWorkflowsDbContext"/>)
/// only so that each has its own migrations and model snapshot, as <c>dotnet ef</c> makes them; everything else asks
/// for this type. Identity's users and roles live here too, so a user, their tasks and the audit trail share one database.
/// </summary>
public abstract class ReturnWorkflowsDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser, IdentityRole, string>(options)
{
    public DbSet<WorkflowDefinitionVersion> WorkflowDefinitionVersions => Set<WorkflowDefinitionVersion>();
    public DbSet<WorkflowInstance> WorkflowInstances => Set<WorkflowInstance>();
    public DbSet<Bookmark> Bookmarks => Set<Bookmark>();
    public DbSet<Scheduling.Timers.TimerWakeup> TimerWakeups => Set<Scheduling.Timers.TimerWakeup>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<Incident> Incidents => Set<Incident>();
    public DbSet<ActivityExecutionRecord> ActivityExecutions => Set<ActivityExecutionRecord>();
    public DbSet<Engine.Tasks.HumanTask> HumanTasks => Set<Engine.Tasks.HumanTask>();
    public DbSet<Engine.Notifications.OutboxMessage> OutboxMessages => Set<Engine.Notifications.OutboxMessage>();
    public DbSet<Engine.Notifications.Notification> Notifications => Set<Engine.Notifications.Notification>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<DefinitionRevision> DefinitionRevisions => Set<DefinitionRevision>();
    public DbSet<DefinitionAuditEntry> DefinitionAudit => Set<DefinitionAuditEntry>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ReturnWorkflows.Cases.Model.ReturnCase> ReturnCases => Set<ReturnWorkflows.Cases.Model.ReturnCase>();
    public DbSet<ReturnWorkflows.Cases.Audit.CaseAuditEntry> CaseAudit => Set<ReturnWorkflows.Cases.Audit.CaseAuditEntry>();
    public DbSet<ReturnWorkflows.Cases.Contacts.CaseContact> CaseContacts => Set<ReturnWorkflows.Cases.Contacts.CaseContact>();
    public DbSet<ReturnWorkflows.Cases.Notes.CaseNote> CaseNotes => Set<ReturnWorkflows.Cases.Notes.CaseNote>();
    public DbSet<ReturnWorkflows.Cases.Documents.CaseDocument> CaseDocuments => Set<ReturnWorkflows.Cases.Documents.CaseDocument>();
    public DbSet<ReturnWorkflows.Cases.ReferenceData.Office> Offices => Set<ReturnWorkflows.Cases.ReferenceData.Office>();
    public DbSet<ReturnWorkflows.Cases.ReferenceData.CountryOfReturn> CountriesOfReturn => Set<ReturnWorkflows.Cases.ReferenceData.CountryOfReturn>();
    public DbSet<ReturnWorkflows.Cases.ReferenceData.Programme> Programmes => Set<ReturnWorkflows.Cases.ReferenceData.Programme>();
    public DbSet<ReturnWorkflows.Cases.ReferenceData.SustainabilitySurvey> SustainabilitySurveys => Set<ReturnWorkflows.Cases.ReferenceData.SustainabilitySurvey>();

    // Identity's table shape is fixed at version 1 (no passkeys) so that the model never depends on host options.
    protected override Version SchemaVersion => IdentitySchemaVersions.Version1;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReturnWorkflowsDbContext).Assembly);
        ModelConventions.Apply(modelBuilder);
    }

    /// <summary>Turns a lost race (stale revision, duplicate unique key) into the engine's retryable conflict.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AuditTrailGuard.RefuseRewrites(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException("A row changed since it was read.", e);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException("A concurrent change created the same row.", e);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsForeignKeyViolation(e))
        {
            throw new ConflictException("request", "The change would remove or refer to data that other records depend on (for example a version that has instances).");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace ReturnWorkflows.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the schema this build expects, or refuses: a schema newer than the build (another
/// node was upgraded first) or, without <see cref="DatabaseOptions.MigrateOnStart"/>, an older one. On PostgreSQL
/// the whole step holds the start-up lock (<see cref="StartupSchemaLock"/>), so nodes started together take turns
/// and the ones after the first find nothing to apply.
/// </summary>
public sealed class DatabaseSchema(ReturnWorkflowsDbContext db, ILogger<DatabaseSchema> logger)
{
    public Task EnsureCurrentAsync(bool migrateOnStart, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? StartupSchemaLock.RunAsync(db.Database.GetConnectionString()!, logger, async () =>
            {
                await EnsureCurrentUnlockedAsync(migrateOnStart, cancellationToken);
                return true;
            }, cancellationToken)
            : EnsureCurrentUnlockedAsync(migrateOnStart, cancellationToken);

    private async Task EnsureCurrentUnlockedAsync(bool migrateOnStart, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            // The folder first: SQLite creates the file but not the folders above it.
            var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            // WAL lets readers run beside the single writer; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var (pending, unknown) = await CompareAsync(cancellationToken);
        if (unknown.Count > 0)
            throw new SchemaMismatchException(
                $"The database schema is newer than this server: it has migration(s) {string.Join(", ", unknown)} that this version does not know. " +
                "Run the newer server version, or restore a backup made before the upgrade.");
        if (pending.Count == 0)
            return;
        if (!migrateOnStart)
            throw new SchemaMismatchException(
                $"The database schema is older than this server: migration(s) {string.Join(", ", pending)} have not been applied. " +
                $"Set {DatabaseOptions.Section}:MigrateOnStart=true to apply them at start.");

        logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        // EF's own lock alone lets two nodes apply one migration twice on PostgreSQL (see StartupSchemaLock); ours is held here.
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>Migrations this build has that the database lacks, and ones the database has that this build lacks.</summary>
    public async Task<(IReadOnlyList<string> Pending, IReadOnlyList<string> Unknown)> CompareAsync(CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        return (known.Except(applied).ToList(), applied.Except(known).ToList());
    }
}

/// <summary>The database's schema is not the one this build expects; the message says which way and what to do.</summary>
public sealed class SchemaMismatchException(string message) : Exception(message);

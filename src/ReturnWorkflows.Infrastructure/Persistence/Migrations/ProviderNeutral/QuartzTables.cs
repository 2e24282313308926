using Microsoft.EntityFrameworkCore.Migrations;

namespace ReturnWorkflows.Infrastructure.Persistence.Migrations.ProviderNeutral;

/// <summary>
/// The tables Quartz created in our database (its ADO store, <c>ProvisionSchema</c>) before Hangfire replaced it.
/// Never in the model, so EF has nothing to say about them: dropped by name, children before the tables they point
/// to, and only if there (a database that never ran Quartz has none).
/// </summary>
internal static class QuartzTables
{
    private static readonly string[] ChildrenFirst =
    [
        "qrtz_fired_triggers", "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_locks",
        "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_cron_triggers", "qrtz_blob_triggers",
        "qrtz_triggers", "qrtz_job_details", "qrtz_calendars",
    ];

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var table in ChildrenFirst)
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
    }
}

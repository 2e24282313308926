using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ReturnWorkflows.Infrastructure.Persistence;

internal static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    private const int SqliteConstraintForeignKey = 787;

    public static bool IsForeignKeyViolation(DbUpdateException e) => e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        SqliteException lite => lite.SqliteErrorCode == SqliteConstraint && lite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        _ => false,
    };

    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException lite => lite.SqliteErrorCode == SqliteConstraint
                                && lite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };
}

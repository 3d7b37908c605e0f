using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;

namespace KemelSchoolPD.EntityFrameworkCore;

/// <summary>
/// Uniqueness rules live in the database: a unique index names the error code its violation answers with (409), so two
/// simultaneous requests cannot both pass a check made in code. Partial indexes keep a rule to the rows it is about
/// (not deleted, still active); the filter SQL is written to read the same on SQLite and PostgreSQL.
/// </summary>
public static class UniqueIndexes
{
    private const string ErrorCodeAnnotation = "Kemel:UniqueErrorCode";

    /// <summary>Rows not soft-deleted (SQLite reads FALSE as 0).</summary>
    public const string NotDeleted = "\"IsDeleted\" = FALSE";

    public static IndexBuilder<T> IsUniqueWithCode<T>(this IndexBuilder<T> index, string errorCode, string? filter = null)
    {
        index.IsUnique().HasAnnotation(ErrorCodeAnnotation, errorCode);
        if (filter is not null) index.HasFilter(filter);
        return index;
    }

    /// <summary>The error code of the unique index a failed save violated; null when it is not a unique violation.</summary>
    public static string? FindViolatedCode(DbContext db, DbUpdateException exception, string fallback)
    {
        var indexes = db.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Where(i => i.IsUnique);
        return exception.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } p =>
                Code(indexes.FirstOrDefault(i => i.GetDatabaseName() == p.ConstraintName)) ?? fallback,
            // "SQLite Error 19: 'UNIQUE constraint failed: Table.ColumnA, Table.ColumnB'."
            SqliteException { SqliteErrorCode: 19 } s when s.Message.Contains("UNIQUE constraint failed:", StringComparison.Ordinal) =>
                Code(indexes.FirstOrDefault(i => SqliteColumns(i) == FailedColumns(s.Message))) ?? fallback,
            SqliteException { SqliteErrorCode: 19 } => null, // a NOT NULL or foreign key failure, not uniqueness
            _ => null,
        };
    }

    private static string? Code(IIndex? index) => index?.FindAnnotation(ErrorCodeAnnotation)?.Value as string;

    private static string SqliteColumns(IIndex index)
    {
        var table = index.DeclaringEntityType.GetTableName();
        var store = StoreObjectIdentifier.Table(table!, index.DeclaringEntityType.GetSchema());
        return string.Join(", ", index.Properties.Select(p => $"{table}.{p.GetColumnName(store)}"));
    }

    private static string FailedColumns(string message)
    {
        var start = message.IndexOf("UNIQUE constraint failed:", StringComparison.Ordinal) + "UNIQUE constraint failed:".Length;
        return message[start..].Trim().TrimEnd('.', '\'').Trim();
    }
}

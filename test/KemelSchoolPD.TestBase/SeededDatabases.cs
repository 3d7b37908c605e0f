using KemelSchoolPD.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KemelSchoolPD.TestBase;

/// <summary>
/// The demo data migrated and seeded once per test run and provider, then copied for each test host: every host would
/// otherwise apply the same migrations and write the same demo schools again (a SQLite backup or a PostgreSQL
/// <c>CREATE DATABASE … TEMPLATE</c> is a fraction of that).
/// </summary>
public static class SeededDatabases
{
    private static readonly Lock SqliteCopying = new();

    private static readonly Lazy<SqliteConnection> SqliteTemplate = new(() =>
    {
        var connectionString = $"Data Source=file:kemel-template-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        Seed(DatabaseProvider.Sqlite, connectionString);
        return keepAlive;
    });

    private static readonly Lazy<string> PostgresTemplate = new(() =>
    {
        var connectionString = PostgresCluster.Instance.CreateDatabase("kemel_template");
        Seed(DatabaseProvider.PostgreSql, connectionString);
        NpgsqlConnection.ClearAllPools(); // a template database must have no open connections while it is copied
        return new NpgsqlConnectionStringBuilder(connectionString).Database!;
    });

    /// <summary>Fills the open in-memory database with a copy of the seeded one.</summary>
    public static void CopySqliteInto(SqliteConnection target)
    {
        lock (SqliteCopying) SqliteTemplate.Value.BackupDatabase(target);
    }

    /// <summary>A new database on the throwaway cluster holding a copy of the seeded one.</summary>
    public static string PostgresCopy() => PostgresCluster.Instance.CreateDatabase(template: PostgresTemplate.Value);

    /// <summary>Starts the host once on the database, as `dotnet run` does: it migrates and seeds the demo schools.</summary>
    private static void Seed(DatabaseProvider provider, string connectionString)
    {
        using var seeding = new KemelWebApplicationFactory(provider, connectionString);
        _ = seeding.Services;
    }
}

using KemelSchoolPD.Data;
using KemelSchoolPD.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class DatabaseInitializer
{
    /// <summary>Applies the provider's migrations, then runs every seed contributor for the host and each school.</summary>
    public static async Task MigrateAndSeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>();
        if (db.Database.IsSqlite()) EnsureSqliteFolder(db.Database.GetConnectionString());
        await db.Database.MigrateAsync(ct);
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAllAsync(ct);
    }

    private static void EnsureSqliteFolder(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:") Directory.CreateDirectory(folder);
    }
}

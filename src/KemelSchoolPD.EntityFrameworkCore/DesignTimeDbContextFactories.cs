using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KemelSchoolPD.EntityFrameworkCore;

/// <summary>Used by `dotnet ef migrations add` only; each provider keeps its own migration set.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKemelSchoolPDDbContext>
{
    public SqliteKemelSchoolPDDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqliteKemelSchoolPDDbContext>().UseSqlite("Data Source=design.db").Options,
            new CurrentTenant(),
            new DataFilter());
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKemelSchoolPDDbContext>
{
    public PostgresKemelSchoolPDDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgresKemelSchoolPDDbContext>().UseNpgsql("Host=localhost;Database=design").Options,
            new CurrentTenant(),
            new DataFilter());
}

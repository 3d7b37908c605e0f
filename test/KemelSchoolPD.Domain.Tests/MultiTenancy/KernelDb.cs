using System.Security.Claims;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.EntityFrameworkCore.Interceptors;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Domain.Tests.MultiTenancy;

/// <summary>The real DbContext, interceptor and migrations over an in-memory SQLite database, with two schools.</summary>
public sealed class KernelDb : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ICurrentTenant CurrentTenant { get; } = new CurrentTenant();
    public IDataFilter DataFilter { get; } = new DataFilter();
    public CurrentPrincipalAccessor Principal { get; } = new();
    public Guid SchoolA { get; }
    public Guid SchoolB { get; }

    public KernelDb()
    {
        _connection.Open();
        using var db = Create();
        db.Database.Migrate();
        var a = School.Create("School A", "100000000001", "Region", "District", SettlementType.Urban, [LanguageOfInstruction.Kazakh]);
        var b = School.Create("School B", "100000000002", "Region", "District", SettlementType.Rural, [LanguageOfInstruction.Russian]);
        db.Schools.AddRange(a, b);
        db.SaveChanges();
        (SchoolA, SchoolB) = (a.Id, b.Id);
    }

    public KemelSchoolPDDbContext Create() => new SqliteKemelSchoolPDDbContext(
        new DbContextOptionsBuilder<SqliteKemelSchoolPDDbContext>()
            .UseSqlite(_connection)
            .AddInterceptors(new KemelSaveChangesInterceptor(CurrentTenant, new CurrentUser(Principal), DataFilter, TimeProvider.System))
            .Options,
        CurrentTenant, DataFilter);

    public IDisposable SignIn(Guid userId, string userName) => Principal.Change(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(KemelClaimTypes.UserId, userId.ToString()), new Claim(KemelClaimTypes.UserName, userName)], "test")));

    public void Dispose() => _connection.Dispose();
}

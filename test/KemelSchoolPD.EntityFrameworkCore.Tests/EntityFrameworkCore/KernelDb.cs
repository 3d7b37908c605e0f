using System.Security.Claims;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.EntityFrameworkCore.Interceptors;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.EntityFrameworkCore.Tests;

/// <summary>
/// The real DbContext and interceptor over a fresh in-memory SQLite database built by the SQLite migrations, with two schools.
/// Every <see cref="Create"/> is a new context on the one open connection, as a new request would get.
/// </summary>
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

    /// <summary>Adds a staff member as the given school, in its own context.</summary>
    public async Task<StaffMember> AddStaffAsync(Guid schoolId, string fullName)
    {
        using var _ = CurrentTenant.Change(schoolId);
        await using var db = Create();
        var member = new StaffMember(Guid.CreateVersion7(), StaffData(fullName));
        db.StaffMembers.Add(member);
        await db.SaveChangesAsync();
        return member;
    }

    /// <summary>Reads past both filters: what is really in the table.</summary>
    public async Task<T?> RawAsync<T>(Func<KemelSchoolPDDbContext, Task<T>> query)
    {
        using var tenant = DataFilter.Disable<Entities.IMultiTenant>();
        using var softDelete = DataFilter.Disable<Entities.ISoftDelete>();
        await using var db = Create();
        return await query(db);
    }

    public static StaffMemberData StaffData(string fullName) => new(fullName, "Мұғалім", ["Математика"], new DateOnly(2020, 9, 1), 6, 5,
        QualificationCategory.Pedagogue, null, false, null, null, null);

    public void Dispose() => _connection.Dispose();
}

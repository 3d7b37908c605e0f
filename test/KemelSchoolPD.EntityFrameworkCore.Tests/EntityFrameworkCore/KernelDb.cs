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
    /// <summary>
    /// The migrations applied once per run to an empty database, copied into each test's own: applying every migration again
    /// cost each test about two seconds of CPU.
    /// </summary>
    private static readonly Lazy<SqliteConnection> Migrated = new(() =>
    {
        var template = new SqliteConnection("Data Source=:memory:");
        template.Open();
        using var db = Create(template, new CurrentTenant(), new DataFilter(), new CurrentPrincipalAccessor());
        db.Database.Migrate();
        return template;
    });

    private static readonly Lock Copying = new();
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ICurrentTenant CurrentTenant { get; } = new CurrentTenant();
    public IDataFilter DataFilter { get; } = new DataFilter();
    public CurrentPrincipalAccessor Principal { get; } = new();
    public Guid SchoolA { get; }
    public Guid SchoolB { get; }

    public KernelDb()
    {
        _connection.Open();
        lock (Copying) Migrated.Value.BackupDatabase(_connection);
        using var db = Create();
        var a = School.Create("School A", "100000000001", "Region", "District", SettlementType.Urban, [LanguageOfInstruction.Kazakh]);
        var b = School.Create("School B", "100000000002", "Region", "District", SettlementType.Rural, [LanguageOfInstruction.Russian]);
        db.Schools.AddRange(a, b);
        db.SaveChanges();
        (SchoolA, SchoolB) = (a.Id, b.Id);
    }

    public KemelSchoolPDDbContext Create() => Create(_connection, CurrentTenant, DataFilter, Principal);

    private static SqliteKemelSchoolPDDbContext Create(
        SqliteConnection connection, ICurrentTenant currentTenant, IDataFilter dataFilter, CurrentPrincipalAccessor principal) => new(
        new DbContextOptionsBuilder<SqliteKemelSchoolPDDbContext>()
            .UseSqlite(connection)
            .AddInterceptors(new KemelSaveChangesInterceptor(currentTenant, new CurrentUser(principal), dataFilter, TimeProvider.System))
            .Options,
        currentTenant, dataFilter);

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

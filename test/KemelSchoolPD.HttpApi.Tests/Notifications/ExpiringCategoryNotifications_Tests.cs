using System.Net;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Notifications;

/// <summary>The daily job runs inside the school named in its arguments and tells that school's leadership, nobody else.</summary>
public abstract class ExpiringCategoryNotifications_Tests(KemelWebApplicationFactory host)
{
    [Fact]
    public async Task Should_Notify_Only_The_Schools_Own_Leadership_Once_In_Their_Language()
    {
        var secondDirector = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director, culture: "ru");
        var demoDirector = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var name = "Истекающая Категория " + Guid.NewGuid().ToString("N")[..6];
        var assignedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-5).AddDays(60);
        (await secondDirector.PostJsonAsync("/api/app/staff", new
        {
            fullName = name, position = "Учитель", hireDate = "2015-09-01", totalExperienceYears = 10, teachingExperienceYears = 10,
            category = "Expert", categoryAssignedOn = assignedOn.ToString("yyyy-MM-dd"),
        })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var secondSchoolId = await SchoolIdAsync(TestData.SecondSchoolBin);
        var before = await demoDirector.GetAsync<NotificationListDto>("/api/notifications");

        await RunJobAsync(secondSchoolId);
        await RunJobAsync(secondSchoolId); // idempotent

        var received = await secondDirector.GetAsync<NotificationListDto>("/api/notifications");
        var mine = received.Items.Where(n => n.Text.Contains(name)).ShouldHaveSingleItem();
        mine.Text.ShouldContain("педагог-эксперт");
        mine.Text.ShouldContain(assignedOn.AddYears(5).ToString("dd.MM.yyyy"));
        mine.IsRead.ShouldBeFalse();
        (await demoDirector.GetAsync<NotificationListDto>("/api/notifications")).TotalCount.ShouldBe(before.TotalCount);

        (await secondDirector.PostAsync($"/api/notifications/{mine.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await secondDirector.GetAsync<NotificationListDto>("/api/notifications")).Items.Single(n => n.Id == mine.Id).IsRead.ShouldBeTrue();
        await (await demoDirector.PostAsync($"/api/notifications/{mine.Id}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Refuse_To_Queue_A_Job_For_Another_School()
    {
        var demoId = await SchoolIdAsync(TestData.DemoSchoolBin);
        var secondId = await SchoolIdAsync(TestData.SecondSchoolBin);
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(demoId);

        Should.Throw<CrossTenantWriteException>(() => scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>()
            .Enqueue<NotifyExpiringCategoriesJob, NotifyExpiringCategoriesArgs>(new NotifyExpiringCategoriesArgs(secondId)));
    }

    [Fact]
    public async Task Should_Run_A_Job_Inside_The_School_Of_Its_Arguments()
    {
        var secondId = await SchoolIdAsync(TestData.SecondSchoolBin);
        var runner = host.Services.GetRequiredService<TenantJobRunner<ProbeTenantJob, ProbeTenantArgs>>();

        await runner.RunAsync(new ProbeTenantArgs(secondId), CancellationToken.None);

        ProbeTenantJob.Seen.ShouldContainKey(secondId);
        ProbeTenantJob.Seen[secondId].ShouldBe(1); // one staff member in the second school: the job saw only its data
    }

    private async Task RunJobAsync(Guid schoolId) =>
        await host.Services.GetRequiredService<TenantJobRunner<NotifyExpiringCategoriesJob, NotifyExpiringCategoriesArgs>>()
            .RunAsync(new NotifyExpiringCategoriesArgs(schoolId), CancellationToken.None);

    private async Task<Guid> SchoolIdAsync(string bin)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Schools.Where(s => s.Bin == bin).Select(s => s.Id).SingleAsync();
    }
}

public sealed record ProbeTenantArgs(Guid TenantId) : TenantJobArgs(TenantId);

/// <summary>Records, per current tenant, how many active staff members the job could see through the tenant filter.</summary>
public sealed class ProbeTenantJob(ICurrentTenant currentTenant, IKemelSchoolPDDbContext db) : IBackgroundJob<ProbeTenantArgs>
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> Seen = new();

    public async Task ExecuteAsync(ProbeTenantArgs args, CancellationToken cancellationToken)
    {
        currentTenant.Id.ShouldBe(args.TenantId);
        Seen[currentTenant.Id!.Value] = await db.StaffMembers.CountAsync(s => s.Position == "Мұғалім" && !s.IsArchived, cancellationToken);
    }
}

public sealed class ExpiringCategoryNotifications_Sqlite_Tests(SqliteHostFixture host) : ExpiringCategoryNotifications_Tests(host), IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class ExpiringCategoryNotifications_Postgres_Tests(PostgresHostFixture host) : ExpiringCategoryNotifications_Tests(host), IClassFixture<PostgresHostFixture>;

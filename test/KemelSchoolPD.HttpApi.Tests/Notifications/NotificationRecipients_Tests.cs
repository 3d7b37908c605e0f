using System.Net;
using Hangfire;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Notifications;

/// <summary>
/// Who receives the expiring-category notices: the director and deputy of the job's school and the staff member's own
/// user, nobody in another school; each user reads and marks only their own. The daily host scan queues one job per active school.
/// </summary>
public abstract class NotificationRecipients_Tests(KemelWebApplicationFactory host)
{
    [Fact]
    public async Task Should_Notify_The_Leadership_And_The_Linked_Teacher_Of_The_Jobs_School_Only()
    {
        await ExpiringCategorySetup.MakeCommissionMemberExpireSoonAsync(host);
        var demoId = await SchoolIdAsync(TestData.DemoSchoolBin);
        var secondId = await SchoolIdAsync(TestData.SecondSchoolBin);
        var expiring = await ExpiringStaffAsync(demoId);
        var commission = expiring.Where(e => e.UserName == "commission1").ShouldHaveSingleItem();
        commission.UserId.ShouldNotBeNull();
        var leadership = await UserIdsInRolesAsync(demoId, KemelRoles.Director, KemelRoles.DeputyDirector);
        leadership.Count.ShouldBe(2);

        await RunJobAsync(demoId);
        await RunJobAsync(demoId); // the second run finds everything already sent

        var rows = await AllNotificationsAsync();
        var secondSchoolUsers = await UserIdsAsync(secondId);
        rows.ShouldNotContain(n => n.TenantId == secondId || secondSchoolUsers.Contains(n.UserId));
        foreach (var member in expiring)
        {
            var about = rows.Where(n => n.SubjectKey == $"{member.Id:N}:{member.ExpiresOn:yyyy-MM-dd}").ToList();
            about.ShouldAllBe(n => n.TenantId == demoId && n.Code == NotificationCodes.CategoryExpiring);
            var expected = member.UserId is { } linked ? leadership.Append(linked).Distinct() : leadership;
            about.Select(n => n.UserId).OrderBy(u => u).ShouldBe(expected.OrderBy(u => u)); // exactly once each
        }

        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy, culture: "kk");
        var deputyList = await deputy.GetAsync<NotificationListDto>("/api/notifications");
        deputyList.TotalCount.ShouldBe(expiring.Count);
        deputyList.UnreadCount.ShouldBe(expiring.Count);
        var deputyNotice = deputyList.Items.Single(n => n.Text.Contains(commission.FullName));
        deputyNotice.Code.ShouldBe(NotificationCodes.CategoryExpiring);
        deputyNotice.Text.ShouldBe($"{commission.FullName}: «педагог-шебер» біліктілік санатының мерзімі {commission.ExpiresOn:dd.MM.yyyy} аяқталады. Аттестаттауды жоспарлаңыз.");

        // A teacher sees only the notice about their own category, never the leadership's copies.
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "commission1", culture: "en");
        var teacherList = await teacher.GetAsync<NotificationListDto>("/api/notifications");
        teacherList.TotalCount.ShouldBe(1);
        var own = teacherList.Items.ShouldHaveSingleItem();
        own.Text.ShouldBe($"{commission.FullName}: the qualification category «Teacher-master» expires on {commission.ExpiresOn:dd.MM.yyyy}. Plan the attestation.");
        own.Id.ShouldNotBe(deputyNotice.Id);

        await (await teacher.PostAsync($"/api/notifications/{deputyNotice.Id}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        (await deputy.GetAsync<NotificationListDto>("/api/notifications")).Items.Single(n => n.Id == deputyNotice.Id).IsRead.ShouldBeFalse();
        (await teacher.PostAsync($"/api/notifications/{own.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await teacher.PostAsync($"/api/notifications/{own.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent); // reading twice is harmless
        var afterRead = await teacher.GetAsync<NotificationListDto>("/api/notifications");
        afterRead.UnreadCount.ShouldBe(0);
        afterRead.Items.ShouldHaveSingleItem().IsRead.ShouldBeTrue();

        // Same user name, other school: nothing.
        var otherTeacher = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Teacher);
        (await otherTeacher.GetAsync<NotificationListDto>("/api/notifications")).TotalCount.ShouldBe(0);
        await (await otherTeacher.PostAsync($"/api/notifications/{own.Id}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        var demoTeacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        (await demoTeacher.GetAsync<NotificationListDto>("/api/notifications")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Page_Newest_First_And_Require_Sign_In()
    {
        await ExpiringCategorySetup.MakeCommissionMemberExpireSoonAsync(host);
        var demoId = await SchoolIdAsync(TestData.DemoSchoolBin);
        await RunJobAsync(demoId);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var all = await director.GetAsync<NotificationListDto>("/api/notifications?maxResultCount=100");
        all.TotalCount.ShouldBeGreaterThan(0);
        all.Items.Select(n => n.CreationTime).ShouldBeInOrder(SortDirection.Descending);
        var page = await director.GetAsync<NotificationListDto>("/api/notifications?skipCount=0&maxResultCount=1");
        page.TotalCount.ShouldBe(all.TotalCount);
        page.Items.ShouldHaveSingleItem().Id.ShouldBe(all.Items[0].Id);

        await (await host.CreateAnonymousClient().GetAsync("/api/notifications")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
        await (await host.CreateAnonymousClient().PostAsync($"/api/notifications/{all.Items[0].Id}/read", null))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
    }

    [Fact]
    public async Task Should_Queue_One_Job_Per_Active_School_Each_Inside_Its_School()
    {
        await ExpiringCategorySetup.MakeCommissionMemberExpireSoonAsync(host);
        var demoId = await SchoolIdAsync(TestData.DemoSchoolBin);
        var secondId = await SchoolIdAsync(TestData.SecondSchoolBin);
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        (await admin.PostAsync($"/api/host/schools/{secondId}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        try
        {
            var storage = host.Services.GetRequiredService<JobStorage>();
            var before = QueuedNotifyJobs(storage).Select(j => j.Id).ToHashSet();
            using (var scope = host.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<ScanExpiringCategoriesJob>().ExecuteAsync(CancellationToken.None);

            var queued = QueuedNotifyJobs(storage).Where(j => !before.Contains(j.Id)).ToList();
            var queuedFor = queued.Select(j => ((NotifyExpiringCategoriesArgs)j.Job.Args[0]).TenantId).ToList();
            queuedFor.ShouldBe(new[] { demoId }); // one job, for the only active school

            // What was stored is runnable as is: Hangfire would call exactly this runner with exactly these arguments.
            foreach (var (_, job) in queued)
            {
                job.Type.ShouldBe(typeof(TenantJobRunner<NotifyExpiringCategoriesJob, NotifyExpiringCategoriesArgs>));
                using var scope = host.Services.CreateScope();
                await (Task)job.Method.Invoke(scope.ServiceProvider.GetRequiredService(job.Type), job.Args.ToArray())!;
            }
        }
        finally
        {
            (await admin.PostAsync($"/api/host/schools/{secondId}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        var rows = await AllNotificationsAsync();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(n => n.TenantId == demoId);
    }

    private static List<(string Id, Hangfire.Common.Job Job)> QueuedNotifyJobs(JobStorage storage) =>
        storage.GetMonitoringApi().EnqueuedJobs("default", 0, 1000)
            .Where(j => j.Value.Job?.Type == typeof(TenantJobRunner<NotifyExpiringCategoriesJob, NotifyExpiringCategoriesArgs>))
            .Select(j => (j.Key, j.Value.Job)).ToList();

    private sealed record ExpiringMember(Guid Id, string FullName, DateOnly ExpiresOn, Guid? UserId, string? UserName);

    private async Task<List<ExpiringMember>> ExpiringStaffAsync(Guid schoolId)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var horizon = today.AddDays(NotificationConsts.CategoryExpiryNoticeDays);
        var members = await db.StaffMembers.Where(s => !s.IsArchived && s.CategoryExpiresOn >= today && s.CategoryExpiresOn <= horizon)
            .Select(s => new { s.Id, s.FullName, s.CategoryExpiresOn, s.UserId }).ToListAsync();
        var users = await db.Users.Select(u => new { u.Id, u.UserName }).ToDictionaryAsync(u => u.Id, u => u.UserName);
        return members.Select(m => new ExpiringMember(m.Id, m.FullName, m.CategoryExpiresOn!.Value, m.UserId,
            m.UserId is { } id ? users.GetValueOrDefault(id) : null)).ToList();
    }

    private async Task<List<Guid>> UserIdsInRolesAsync(Guid schoolId, params string[] roles)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        return await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where roles.Contains(r.Name!) select ur.UserId)
            .Distinct().ToListAsync();
    }

    private async Task<HashSet<Guid>> UserIdsAsync(Guid schoolId)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
        return (await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Users.Select(u => u.Id).ToListAsync()).ToHashSet();
    }

    /// <summary>Every notification of every school, read as the host with the tenant filter off.</summary>
    private async Task<List<Notification>> AllNotificationsAsync()
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Notifications.AsNoTracking().ToListAsync();
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

public sealed class NotificationRecipients_Sqlite_Tests(SqliteHostFixture host) : NotificationRecipients_Tests(host), IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class NotificationRecipients_Postgres_Tests(PostgresHostFixture host) : NotificationRecipients_Tests(host), IClassFixture<PostgresHostFixture>;

/// <summary>
/// Demo data has no category expiring within 180 days, so the tests make one: commission1 (педагог-шебер, a linked user
/// in the demo school) gets a category assigned so that it expires in 90 days. Idempotent.
/// </summary>
internal static class ExpiringCategorySetup
{
    public const string CommissionMemberFullName = "Сәуле Оразқызы Қасымова";

    public static async Task<StaffMemberDto> MakeCommissionMemberExpireSoonAsync(KemelWebApplicationFactory host)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var member = (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?filter=" + Uri.EscapeDataString(CommissionMemberFullName)))
            .Items.ShouldHaveSingleItem();
        var assignedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(90).AddYears(-StaffMemberConsts.CategoryValidityYears);
        if (member.CategoryAssignedOn == assignedOn) return member;
        var updated = await (await director.PutJsonAsync($"/api/app/staff/{member.Id}", new
        {
            member.FullName, member.Position, member.Subjects, member.HireDate, member.TotalExperienceYears, member.TeachingExperienceYears,
            member.Category, CategoryAssignedOn = assignedOn, member.IsYoungSpecialist, member.MethodologicalAssociationId, member.Email,
            member.Phone, member.ConcurrencyStamp,
        })).ReadAsync<StaffMemberDto>();
        updated.UserId.ShouldNotBeNull();
        updated.CategoryExpiresOn.ShouldNotBeNull().ShouldBeLessThanOrEqualTo(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(NotificationConsts.CategoryExpiryNoticeDays));
        return updated;
    }
}

using System.Net;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KemelSchoolPD.HttpApi.Tests.MyWork.WorkTestKit;

namespace KemelSchoolPD.HttpApi.Tests.Notifications;

/// <summary>
/// The daily cleanup removes the notifications nobody should see again, rather than only hiding them when read: about a record
/// that was deleted or that its reader may no longer open, and, past the retention (180 days), those already read; the live
/// ones stay, and a second run removes nothing.
/// </summary>
public abstract class NotificationCleanup_Tests(KemelWebApplicationFactory host) : IDisposable
{
    public void Dispose() => host.Clock.Reset();

    [Fact]
    public async Task Should_Remove_Stale_And_Long_Read_Notifications_And_Keep_The_Live_Ones()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var deputyId = (await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy)).UserId;
        var directorId = (await host.PersonAsync(TestData.DemoSchoolBin, TestData.Director)).UserId;

        // 200 days ago: a plan submitted; the deputy read the notice, the director did not.
        host.Clock.Set(DateTimeOffset.UtcNow.AddDays(-200));
        var oldPlan = await SubmittedPlanAsync(await host.SignInAsync(TestData.DemoSchoolBin, "teacher10"), 2075);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        await ReadAsync(deputy, oldPlan.Id);
        host.Clock.Reset();

        // Now: a plan whose notices are read and live; a plan then deleted; an artefact shared with the mentor, then unshared.
        var livePlan = await SubmittedPlanAsync(await host.SignInAsync(TestData.DemoSchoolBin, "teacher10"), 2076);
        deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        await ReadAsync(deputy, livePlan.Id);
        var deletedPlan = await SubmittedPlanAsync(await host.SignInAsync(TestData.DemoSchoolBin, "teacher11"), 2077);
        await host.InSchoolAsync(school, async db =>
        {
            db.DevelopmentPlans.Remove(await db.DevelopmentPlans.SingleAsync(p => p.Id == deletedPlan.Id));
            return await db.SaveChangesAsync();
        });
        var unshared = await SharedThenUnsharedArtefactAsync();

        var before = await host.AllNotificationsAsync();
        before.Count(n => n.RecordId == deletedPlan.Id).ShouldBeGreaterThan(0);
        before.Count(n => n.RecordId == unshared).ShouldBe(1);
        var oldNotices = before.Where(n => n.RecordId == oldPlan.Id).ToList();
        oldNotices.ShouldContain(n => n.UserId == deputyId && n.ReadTime != null);
        oldNotices.ShouldContain(n => n.UserId == directorId && n.ReadTime == null);

        var result = await RunAsync();

        var after = await host.AllNotificationsAsync();
        after.ShouldNotContain(n => n.RecordId == deletedPlan.Id);
        after.ShouldNotContain(n => n.RecordId == unshared);
        after.ShouldNotContain(n => n.RecordId == oldPlan.Id && n.UserId == deputyId); // read, 200 days old
        after.ShouldContain(n => n.RecordId == oldPlan.Id && n.UserId == directorId); // unread: still news
        var live = before.Where(n => n.RecordId == livePlan.Id).Select(n => n.Id).ToList();
        live.ShouldNotBeEmpty();
        after.Where(n => n.RecordId == livePlan.Id).Select(n => n.Id).ShouldBe(live, ignoreOrder: true);
        after.Count.ShouldBe(before.Count - result.Stale - result.Expired);
        result.Expired.ShouldBeGreaterThanOrEqualTo(1);
        result.Stale.ShouldBeGreaterThanOrEqualTo(before.Count(n => n.RecordId == deletedPlan.Id) + 1);
        // The list shows what it showed before: only hidden rows went.
        (await deputy.NotificationsAsync()).Items.ShouldContain(n => n.RecordId == livePlan.Id);

        (await RunAsync()).ShouldBe(new NotificationCleanupResult(0, 0));
    }

    [Fact]
    public async Task Should_Not_Remind_Again_Once_The_Cleanup_Removed_A_Read_Reminder()
    {
        var school = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var deputyId = (await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy)).UserId;
        var directorId = (await host.PersonAsync(TestData.DemoSchoolBin, TestData.Director)).UserId;

        // About 220 days ago: a plan submitted, overdue eleven days later; the deputy reads the reminder, the director does not.
        var day0 = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-220);
        var plan = await SubmittedPlanAsync(await host.AtAsync(day0, "teacher12"), 2084); // due on day 10
        var overdueDay = day0.AddDays(11);
        host.Clock.Set(overdueDay);
        await host.SweepAsync(overdueDay, school);
        await host.SendDigestsAsync(); // reminders go by the daily digest: a notification waiting for it is never removed
        (await Reminders()).Select(n => (n.UserId, n.Stage)).ShouldBe([(deputyId, "Overdue"), (directorId, "Overdue")], ignoreOrder: true);
        var deputy = await host.AtAsync(overdueDay, TestData.Deputy);
        var reminder = (await deputy.NotificationsAsync()).Items
            .Single(n => n.RecordId == plan.Id && n.Kind == DevelopmentPlanWorkKinds.AwaitingAgreement);
        (await deputy.PostAsync($"{NotificationsUrl}/{reminder.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        host.Clock.Reset();

        // Read for more than 180 days: the cleanup removes it; the plan is still overdue, with the same due date.
        (await RunAsync()).Expired.ShouldBeGreaterThanOrEqualTo(1);
        (await Reminders()).Select(n => n.UserId).ShouldBe([directorId]);

        // The next sweeps send the deputy nothing again, and the director no second copy.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await host.SweepAsync(today, school);
        await host.SweepAsync(today.AddDays(1), school);
        (await Reminders()).Select(n => n.UserId).ShouldBe([directorId]);
        (await SentAsync()).ShouldBe(2);

        // Agreed: the item left the to-do list, and the ledger forgets it at the next sweep.
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        await PlanActionAsync(director, await PlanAsync(director, plan.Id), "agree");
        await host.SweepAsync(today.AddDays(1), school);
        (await SentAsync()).ShouldBe(0);

        async Task<List<Notification>> Reminders() => (await host.AllNotificationsAsync())
            .Where(n => n.RecordId == plan.Id && n.Kind == DevelopmentPlanWorkKinds.AwaitingAgreement).ToList();

        Task<int> SentAsync() => host.InSchoolAsync(school, db => db.SentReminders.CountAsync(r => r.RecordId == plan.Id));
    }

    private async Task<NotificationCleanupResult> RunAsync()
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RemoveStaleNotificationsJob>().RunAsync();
    }

    private static async Task ReadAsync(HttpClient client, Guid recordId)
    {
        var notice = (await client.NotificationsAsync()).Items.First(n => n.RecordId == recordId);
        (await client.PostAsync($"{NotificationsUrl}/{notice.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    /// <summary>A mentee's artefact shared with the mentor (who is told) and unshared again: the mentor may no longer open it.</summary>
    private async Task<Guid> SharedThenUnsharedArtefactAsync()
    {
        var mentorPerson = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Mentor);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");
        var cycle = (await teacher.GetAsync<PagedResultDto<GrowthCycleListItemDto>>("/api/app/growth-cycles?mine=true&status=Active")).Items
            .Single(c => c.MentorStaffMemberId == mentorPerson.StaffId);
        var lesson = new { date = "2026-11-03", className = "8 Б", subject = "Физика", learningObjectives = "Ньютон заңдары" };
        var artefacts = $"/api/app/growth-cycles/{cycle.Id}/artefacts";
        var created = await (await teacher.PostJsonAsync(
            artefacts,
            new { kind = "LessonTaught", content = lesson, sharedWithMentor = false }))
            .ReadAsync<GrowthArtefactDto>(HttpStatusCode.Created);
        var shared = await (await teacher.PutJsonAsync($"{artefacts}/{created.Id}",
            new { content = lesson, sharedWithMentor = true, created.ConcurrencyStamp })).ReadAsync<GrowthArtefactDto>();
        await (await teacher.PutJsonAsync($"{artefacts}/{shared.Id}",
            new { content = lesson, sharedWithMentor = false, shared.ConcurrencyStamp })).ReadAsync<GrowthArtefactDto>();
        return shared.Id;
    }
}

public sealed class NotificationCleanup_Sqlite_Tests(SqliteHostFixture host)
    : NotificationCleanup_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class NotificationCleanup_Postgres_Tests(PostgresHostFixture host)
    : NotificationCleanup_Tests(host), IClassFixture<PostgresHostFixture>;

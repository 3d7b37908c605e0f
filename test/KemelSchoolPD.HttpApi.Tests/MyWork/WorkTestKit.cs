using System.Net;
using System.Text.Json;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.MyWork;

/// <summary>What the "my work" and notification tests share: demo ids, plans to submit, the sweep and the digest, rows as the host sees
/// them.</summary>
internal static class WorkTestKit
{
    public const string PlansUrl = "/api/app/development-plans";
    public const string MyWorkUrl = "/api/app/my-work";
    public const string NotificationsUrl = "/api/app/notifications";

    public static async Task<Guid> SchoolIdAsync(this KemelWebApplicationFactory host, string bin)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Schools.Where(s => s.Bin == bin).Select(s => s.Id)
            .SingleAsync();
    }

    /// <summary>The staff record linked to a user of the school.</summary>
    public static async Task<(Guid StaffId, Guid UserId, string FullName, string? Email)> PersonAsync(
        this KemelWebApplicationFactory host,
        string bin,
        string userName)
    {
        var schoolId = await host.SchoolIdAsync(bin);
        return await host.InSchoolAsync(schoolId, async db =>
        {
            var row = await (from u in db.Users
                             join s in db.StaffMembers on u.Id equals s.UserId
                             where u.UserName == userName
                             select new { StaffId = s.Id, UserId = u.Id, s.FullName, u.Email }).SingleAsync();
            return (row.StaffId, row.UserId, row.FullName, row.Email);
        });
    }

    public static async Task<T> InSchoolAsync<T>(
        this KemelWebApplicationFactory host,
        Guid schoolId,
        Func<IKemelSchoolPDDbContext, Task<T>> action)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
        return await action(scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>());
    }

    /// <summary>Every notification of every school (the school filter off).</summary>
    public static async Task<List<Notification>> AllNotificationsAsync(this KemelWebApplicationFactory host)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Notifications.AsNoTracking().ToListAsync();
    }

    public static async Task<List<OutboxEmail>> OutboxAsync(this KemelWebApplicationFactory host, string to)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().OutboxEmails.AsNoTracking().Where(e => e.To == to)
            .ToListAsync();
    }

    /// <summary>The daily reminder sweep for a day (all active schools, or those given).</summary>
    public static async Task<ReminderSweepResult> SweepAsync(this KemelWebApplicationFactory host, DateOnly day, params Guid[] schoolIds)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(day, schoolIds.Length == 0 ? null : schoolIds);
    }

    public static async Task<int> SendDigestsAsync(this KemelWebApplicationFactory host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SendNotificationDigestsJob>().SendAsync();
    }

    /// <summary>A Table 18 plan with two SMART goals, submitted by its teacher (a педагог needs <paramref name="mentorId"/>).</summary>
    public static async Task<DevelopmentPlanDto> SubmittedPlanAsync(HttpClient teacher, int year, Guid? mentorId = null)
    {
        var plan = await (await teacher.PostJsonAsync(
            PlansUrl,
            new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = year, mentorStaffMemberId = mentorId }))
            .ReadAsync<DevelopmentPlanDto>(HttpStatusCode.Created);
        plan = await (await teacher.PutJsonAsync(
            $"{PlansUrl}/{plan.Id}",
            new { content = SmartContent(plan, year), mentorStaffMemberId = mentorId, concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<DevelopmentPlanDto>();
        return await PlanActionAsync(teacher, plan, "submit");
    }

    public static async Task<DevelopmentPlanDto> PlanActionAsync(
        HttpClient client,
        DevelopmentPlanDto plan,
        string action,
        string? comment = null)
    {
        var body = new Dictionary<string, object?> { ["concurrencyStamp"] = plan.ConcurrencyStamp };
        if (comment is not null) body["comment"] = comment;
        return await (await client.PostJsonAsync($"{PlansUrl}/{plan.Id}/{action}", body)).ReadAsync<DevelopmentPlanDto>();
    }

    public static async Task<DevelopmentPlanDto> PlanAsync(HttpClient client, Guid id)
        => await client.GetAsync<DevelopmentPlanDto>($"{PlansUrl}/{id}");

    private static PlanContent SmartContent(DevelopmentPlanDto plan, int year)
    {
        PlanGoal[] goals = [Goal("Lesson Study циклін өткізу", year), Goal("Тәжірибені жариялау", year)];
        var rows = plan.Content.Items.Where(i => i.SectionKey is "Research" or "Dissemination" or "Actions").Take(2).ToList();
        var linked = new Dictionary<PlanItem, PlanItem>(ReferenceEqualityComparer.Instance)
        {
            [rows[0]] = rows[0] with { GoalId = goals[0].Id, ExpectedResult = "Сабақ сапасының артуы" },
            [rows[1]] = rows[1] with { GoalId = goals[1].Id },
        };
        return plan.Content with
        {
            Topic = "Функционалдық сауаттылықты дамыту",
            Goals = goals,
            Items = plan.Content.Items.Select(i => linked.GetValueOrDefault(i, i)).ToList(),
        };
    }

    private static PlanGoal Goal(string title, int year) => new()
    {
        Id = Guid.NewGuid(), Title = title, Indicator = "Өткізілген циклдер саны", TargetValue = 2, Unit = "жылына",
        SchoolPriority = "Функционалдық сауаттылық", Deadline = new DateOnly(year + 1, 5, 25),
    };

    /// <summary>The caller's items of a kind (at most 100).</summary>
    public static async Task<List<MyWorkItemDto>> MyWorkAsync(this HttpClient client, string? kind = null, MyWorkState? state = null)
    {
        var query = "?maxResultCount=100" + (kind is null ? "" : "&kind=" + kind) + (state is null ? "" : "&state=" + state);
        return (await client.GetAsync<PagedResultDto<MyWorkItemDto>>(MyWorkUrl + query)).Items.ToList();
    }

    public static async Task<NotificationListDto> NotificationsAsync(this HttpClient client) =>
        await client.GetAsync<NotificationListDto>(NotificationsUrl + "?maxResultCount=100");

    /// <summary>Sets the host's clock to a day and signs the user in then (sessions are timed by the same clock).</summary>
    public static async Task<HttpClient> AtAsync(
        this KemelWebApplicationFactory host,
        DateOnly day,
        string userName,
        string culture = "en",
        string bin = TestData.DemoSchoolBin)
    {
        host.Clock.Set(day);
        return await host.SignInAsync(bin, userName, culture: culture);
    }

    /// <summary>
    /// Checks an item's state on the days around its due date: 8 days before it is open, from the "due soon" window on (7 days
    /// by default) it is due soon, on the day itself still due soon, the day after overdue.
    /// </summary>
    public static async Task ShouldMoveThroughStatesAsync(
        this KemelWebApplicationFactory host,
        string userName,
        string kind,
        Guid recordId,
        DateOnly due,
        int soonDays = MyWorkConsts.DefaultDueSoonDays)
    {
        foreach (var (day, state) in new[] { (due.AddDays(-soonDays - 1), MyWorkState.Open), (due.AddDays(-soonDays), MyWorkState.DueSoon),
                     (due, MyWorkState.DueSoon), (due.AddDays(1), MyWorkState.Overdue) })
        {
            var client = await host.AtAsync(day, userName);
            var item = (await client.MyWorkAsync(kind)).Where(i => i.RecordId == recordId)
                .ShouldHaveSingleItem($"{kind} of {recordId} for {userName} on {day}");
            item.ShouldSatisfyAllConditions(
                i => i.State.ShouldBe(state, $"{kind} on {day}"),
                i => i.DueDate.ShouldBe(due),
                i => i.DaysLeft.ShouldBe(due.DayNumber - day.DayNumber));
            (await client.MyWorkAsync(kind, state)).ShouldContain(i => i.RecordId == recordId);
        }
    }

    public static JsonElement Model(this OutboxEmail email) => JsonDocument.Parse(email.Model ?? "{}").RootElement;
}

using System.Net;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static KemelSchoolPD.HttpApi.Tests.MyWork.WorkTestKit;

namespace KemelSchoolPD.HttpApi.Tests.Notifications;

/// <summary>
/// The notification centre over real HTTP: events told at once, in the same transaction as the change, to whom they concern and
/// in their language; reminders once per due event however often (and wherever) the sweep runs; each person's channels and the
/// school's defaults; the daily digest; and the quiet rules (inactive school, deactivated account, a record the reader lost).
/// </summary>
public abstract class Notifications_Tests(KemelWebApplicationFactory host) : IDisposable
{
    private const string UnreadUrl = NotificationsUrl + "/unread-count";
    private static readonly DateOnly Day0 = new(2027, 2, 1);

    public void Dispose() => host.Clock.Reset();

    [Fact]
    public async Task Should_Tell_The_Reviewers_At_Once_And_The_Teacher_When_The_Plan_Is_Returned_Or_Agreed()
    {
        var owner = await host.PersonAsync(TestData.DemoSchoolBin, "teacher08");
        var deputyPerson = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher08");
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy, culture: "kk");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "ru");
        var unreadBefore = (await deputy.GetAsync<UnreadNotificationCountDto>(UnreadUrl)).Count;
        var mailBefore = (await host.OutboxAsync(deputyPerson.Email!)).Count;

        var plan = await SubmittedPlanAsync(teacher, 2048);

        (await deputy.GetAsync<UnreadNotificationCountDto>(UnreadUrl)).Count.ShouldBe(unreadBefore + 1);
        var notice = (await deputy.NotificationsAsync()).Items.Where(n => n.RecordId == plan.Id).ShouldHaveSingleItem();
        notice.ShouldSatisfyAllConditions(
            n => n.Kind.ShouldBe(DevelopmentPlanWorkKinds.Submitted),
            n => n.KindTitle.ShouldBe("Жоспар келісуге жіберілді"),
            n => n.Text.ShouldBe($"{owner.FullName} 2048–2049 оқу жылына арналған жеке даму жоспарын келісуге жіберді."),
            n => n.LinkPath.ShouldBe($"/development-plans/{plan.Id}"),
            n => n.RecordType.ShouldBe("DevelopmentPlan"),
            n => n.IsRead.ShouldBeFalse());
        (await director.NotificationsAsync()).Items.Single(n => n.RecordId == plan.Id).Text
            .ShouldBe($"{owner.FullName} отправил(а) на согласование индивидуальный план развития на 2048–2049 учебный год.");
        (await teacher.NotificationsAsync()).Items.ShouldNotContain(n => n.RecordId == plan.Id); // nobody is told of their own act

        // The reviewers' default is an e-mail at once: queued with the notification, in the deputy's language, with an absolute link.
        var mails = await host.OutboxAsync(deputyPerson.Email!);
        mails.Count.ShouldBe(mailBefore + 1);
        var mail = mails.OrderBy(m => m.CreationTime).Last();
        (mail.Kind, mail.Culture).ShouldBe((NotificationEmailKinds.Single, "kk"));
        mail.Model().GetProperty("Link").GetString().ShouldEndWith($"/development-plans/{plan.Id}");
        mail.Model().GetProperty("Link").GetString().ShouldStartWith("http");
        mail.Model().GetProperty("Text").GetString().ShouldBe(notice.Text);

        (await deputy.PostAsync($"{NotificationsUrl}/{notice.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await deputy.GetAsync<UnreadNotificationCountDto>(UnreadUrl)).Count.ShouldBe(unreadBefore);
        await (await teacher.PostAsync($"{NotificationsUrl}/{notice.Id}/read", null)).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");

        // Returned → the teacher; resubmitted → the reviewers again (a new event); agreed → the teacher.
        await PlanActionAsync(deputy, await PlanAsync(deputy, plan.Id), "return", "Индикаторды нақтылаңыз.");
        var returned = (await teacher.NotificationsAsync()).Items.Where(n => n.RecordId == plan.Id).ShouldHaveSingleItem();
        (returned.Kind, returned.Text).ShouldBe(
            (DevelopmentPlanWorkKinds.Returned, "Your plan for 2048–2049 was returned with comments. Read them and revise the plan."));
        await PlanActionAsync(teacher, await PlanAsync(teacher, plan.Id), "submit");
        (await deputy.NotificationsAsync()).Items.Count(n => n.RecordId == plan.Id).ShouldBe(2);
        await PlanActionAsync(director, await PlanAsync(director, plan.Id), "agree");
        var teacherNotices = (await teacher.NotificationsAsync()).Items.Where(n => n.RecordId == plan.Id).ToList();
        teacherNotices.Select(n => n.Kind).ShouldBe([DevelopmentPlanWorkKinds.Agreed, DevelopmentPlanWorkKinds.Returned]); // newest first
        // Both submissions, never its own agreement.
        (await director.NotificationsAsync()).Items.Count(n => n.RecordId == plan.Id).ShouldBe(2);

        var marked = await (await teacher.PostAsync($"{NotificationsUrl}/read-all", null)).ReadAsync<MarkAllNotificationsReadResultDto>();
        marked.Marked.ShouldBeGreaterThanOrEqualTo(2);
        (await teacher.GetAsync<UnreadNotificationCountDto>(UnreadUrl)).Count.ShouldBe(0);
        (await teacher.GetAsync<NotificationListDto>($"{NotificationsUrl}?unreadOnly=true")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Tell_The_Teacher_When_An_Observation_Is_Signed_And_The_Observer_When_The_Teacher_Replies()
    {
        var observed = await host.PersonAsync(TestData.DemoSchoolBin, "teacher05");
        var observer = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "ru");
        var observation = await (await deputy.PostJsonAsync(
            "/api/app/lesson-observations",
            ApiClients.NewObservation(observed.StaffId, "Кері байланыс")))
            .ReadAsync<LessonObservationDto>(HttpStatusCode.Created);
        (await teacher.NotificationsAsync()).Items.ShouldNotContain(n => n.RecordId == observation.Id); // a draft tells nobody

        observation = await (await deputy.PostJsonAsync(
            $"/api/app/lesson-observations/{observation.Id}/sign",
            new { observation.ConcurrencyStamp })).ReadAsync<LessonObservationDto>();
        var signed = (await teacher.NotificationsAsync()).Items.Where(n => n.RecordId == observation.Id).ShouldHaveSingleItem();
        signed.Kind.ShouldBe(LessonObservationWorkKinds.Signed);
        signed.Text.ShouldBe(
            $"{observer.FullName} подписал(а) лист наблюдения вашего урока 14.10.2026 (Математика, 7 А). Ознакомьтесь и напишите ответ.");
        signed.LinkPath.ShouldBe($"/lesson-observations/{observation.Id}");
        (await deputy.NotificationsAsync()).Items.ShouldNotContain(n => n.RecordId == observation.Id);

        await (await teacher.PostJsonAsync(
            $"/api/app/lesson-observations/{observation.Id}/reply",
            new { text = "Рахмет!", observation.ConcurrencyStamp })).ReadAsync<LessonObservationDto>();
        var reply = (await deputy.NotificationsAsync()).Items.Where(n => n.RecordId == observation.Id).ShouldHaveSingleItem();
        (reply.Kind, reply.Text).ShouldBe((LessonObservationWorkKinds
            .Replied, $"{observed.FullName} replied to the observation of the lesson on 14.10.2026 (Математика, 7 А)."));
    }

    [Fact]
    public async Task Should_Tell_The_Teacher_When_The_Reviewer_Marks_The_Route_Sheet()
    {
        var deputyPerson = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04");
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var sheet = (await teacher.GetAsync<PagedResultDto<RouteSheetListItemDto>>("/api/app/route-sheets?mine=true")).Items.First();
        var full = await teacher.GetAsync<RouteSheetDto>($"/api/app/route-sheets/{sheet.Id}");
        // (Reminders about the sheet may exist from other tests' sweeps: only its events count here.)
        var events = (await deputy.NotificationsAsync()).Items.Count(n => n.RecordId == sheet.Id && n.Kind == RouteSheetWorkKinds.Reviewed);
        full = await MarkAsync(teacher, full, "self-assessment", 2);
        (await deputy.NotificationsAsync()).Items.Count(n => n.RecordId == sheet.Id && n.Kind == RouteSheetWorkKinds.Reviewed)
            .ShouldBe(events);
        (await teacher.NotificationsAsync()).Items.ShouldNotContain(n => n.RecordId == sheet.Id && n.Kind == RouteSheetWorkKinds.Reviewed);

        await MarkAsync(deputy, await deputy.GetAsync<RouteSheetDto>($"/api/app/route-sheets/{sheet.Id}"), "review", 2);
        var notice = (await teacher.NotificationsAsync()).Items.Where(n => n.RecordId == sheet.Id && n.Kind == RouteSheetWorkKinds.Reviewed)
            .ShouldHaveSingleItem();
        notice.Kind.ShouldBe(RouteSheetWorkKinds.Reviewed);
        notice.Text.ShouldBe($"{deputyPerson.FullName} marked your route sheet for {full.AcademicYearLabel} for quarter 2.");
        var kk = (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher04", culture: "kk")).NotificationsAsync()).Items
            .Single(n => n.RecordId == sheet.Id && n.Kind == RouteSheetWorkKinds.Reviewed);
        kk.Text.ShouldBe($"{deputyPerson.FullName} {full.AcademicYearLabel} оқу жылының маршруттық парағыңызды 2-тоқсан бойынша бағалады.");
    }

    [Fact]
    public async Task Should_Tell_A_Mentor_Only_What_The_Mentee_Shared_And_Forget_It_Once_Unshared()
    {
        var mentorPerson = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Mentor);
        var mentee = await host.PersonAsync(TestData.DemoSchoolBin, "teacher03");
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Mentor, culture: "kk");
        var cycle = (await teacher.GetAsync<PagedResultDto<GrowthCycleListItemDto>>("/api/app/growth-cycles?mine=true&status=Active")).Items
            .Single(c => c.MentorStaffMemberId == mentorPerson.StaffId);
        var lesson = new { date = "2026-11-03", className = "8 Б", subject = "Физика", learningObjectives = "Ньютон заңдары" };

        var unshared = await (await teacher.PostJsonAsync(
            $"/api/app/growth-cycles/{cycle.Id}/artefacts",
            new { kind = "LessonTaught", content = lesson, sharedWithMentor = false }))
            .ReadAsync<GrowthArtefactDto>(HttpStatusCode.Created);
        (await host.AllNotificationsAsync()).ShouldNotContain(n => n.RecordId == unshared.Id); // nothing for anyone, the mentor least
        (await mentor.MyWorkAsync(GrowthCycleWorkKinds.MenteeShared)).ShouldNotContain(i => i.RecordId == unshared.Id);

        var shared = await (await teacher.PutJsonAsync($"/api/app/growth-cycles/{cycle.Id}/artefacts/{unshared.Id}",
            new { content = lesson, sharedWithMentor = true, unshared.ConcurrencyStamp })).ReadAsync<GrowthArtefactDto>();
        var notice = (await mentor.NotificationsAsync()).Items.Where(n => n.RecordId == shared.Id).ShouldHaveSingleItem();
        notice.Kind.ShouldBe(GrowthCycleWorkKinds.ArtefactShared);
        notice.Text
            .ShouldBe($"{mentee.FullName} өсу циклінің «Іс-әрекет (практика)» кезеңінен «Өткізілген сабақ» материалымен сізбен бөлісті.");
        notice.LinkPath.ShouldBe($"/growth-cycles/{cycle.Id}");
        var item = (await mentor.MyWorkAsync(GrowthCycleWorkKinds.MenteeShared)).Where(i => i.RecordId == shared.Id).ShouldHaveSingleItem();
        (item.WaitingOnRole, item.TeacherName).ShouldBe((KemelSchoolPD.MyWork.MyWorkRole.Mentor, mentee.FullName));
        (await teacher.NotificationsAsync()).Items.ShouldNotContain(n => n.RecordId == shared.Id);

        // Unshared again: the mentor may no longer open it, so the notification and the item are gone, and no digest names it.
        var unread = (await mentor.GetAsync<UnreadNotificationCountDto>(UnreadUrl)).Count;
        await (await teacher.PutJsonAsync($"/api/app/growth-cycles/{cycle.Id}/artefacts/{shared.Id}",
            new { content = lesson, sharedWithMentor = false, shared.ConcurrencyStamp })).ReadAsync<GrowthArtefactDto>();
        (await mentor.NotificationsAsync()).Items.ShouldNotContain(n => n.RecordId == shared.Id);
        (await mentor.GetAsync<UnreadNotificationCountDto>(UnreadUrl)).Count.ShouldBe(unread - 1);
        (await mentor.MyWorkAsync(GrowthCycleWorkKinds.MenteeShared)).ShouldNotContain(i => i.RecordId == shared.Id);
        await host.SendDigestsAsync();
        (await host.AllNotificationsAsync()).Single(n => n.RecordId == shared.Id).EmailState.ShouldBe(NotificationEmailState.Skipped);
    }

    [Fact]
    public async Task Should_Remind_Once_Per_Due_Event_However_Often_And_Wherever_The_Sweep_Runs()
    {
        var schoolId = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var deputyPerson = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacherPerson = await host.PersonAsync(TestData.DemoSchoolBin, "teacher10");
        // The deputy wants these reminders by e-mail at once (reminders default to the digest).
        var deputy = await host.AtAsync(Day0, TestData.Deputy);
        await (await deputy.PutJsonAsync(
            $"{NotificationsUrl}/preferences",
            new { items = new[] { new { kind = DevelopmentPlanWorkKinds.AwaitingAgreement, inApp = true, email = "Immediate" } } }))
            .ReadAsync<NotificationPreferencesDto>();
        var plan = await SubmittedPlanAsync(await host.AtAsync(Day0, "teacher10"), 2049); // due on 11 February

        await host.SweepAsync(Day0.AddDays(2), schoolId);
        (await Reminders()).ShouldBeEmpty(); // still open
        await RunTwiceAsync(Day0.AddDays(3)); // due soon
        await host.SweepAsync(Day0.AddDays(4), schoolId);
        (await Reminders()).Select(n => n.Stage).ShouldBe(["DueSoon", "DueSoon"]); // director and deputy, once each
        await RunTwiceAsync(Day0.AddDays(11));
        (await Reminders()).GroupBy(n => n.Stage).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key)
            .ShouldBe([("DueSoon", 2), ("Overdue", 2)]);

        var text = (await (await host.AtAsync(Day0.AddDays(11), TestData.Deputy)).NotificationsAsync()).Items
            .First(n => n.RecordId == plan.Id && n.Kind == DevelopmentPlanWorkKinds.AwaitingAgreement);
        text.Text
            .ShouldBe($"Overdue since 11.02.2027: {teacherPerson.FullName}: the development plan for 2049–2050 is waiting for agreement.");
        text.DueDate.ShouldBe(Day0.AddDays(10));

        // Returned and submitted again: a new due date is a new event.
        var director = await host.AtAsync(Day0.AddDays(12), TestData.Director);
        await PlanActionAsync(director, await PlanAsync(director, plan.Id), "return", "Толықтырыңыз.");
        var teacher = await host.AtAsync(Day0.AddDays(19), "teacher10");
        await PlanActionAsync(teacher, await PlanAsync(teacher, plan.Id), "submit"); // due on 2 March
        await RunTwiceAsync(Day0.AddDays(22));
        (await Reminders()).Count(n => n.Stage == "DueSoon").ShouldBe(4);
        (await Reminders()).Where(n => n.Stage == "DueSoon").Select(n => n.DueDate).Distinct().OrderBy(d => d)
            .ShouldBe([Day0.AddDays(10), Day0.AddDays(29)]);
        // The sweep that saw the new due date forgot the old date's claims (a date moved back would be reminded again).
        (await host.InSchoolAsync(schoolId, db => db.SentReminders.Where(r => r.RecordId == plan.Id).Select(r => r.DueDate)
            .Distinct().ToListAsync())).ShouldBe([Day0.AddDays(29)]);

        // One e-mail per reminder written, none for the runs that wrote nothing.
        var mails = (await host.OutboxAsync(deputyPerson.Email!)).Where(m => m.Kind == NotificationEmailKinds.Single
            && m.Model().GetProperty("Title").GetString() == "Жоспарды келісу" && m.Model().GetProperty("Text").GetString()!.Contains(
                "2049–2050")).ToList();
        mails.Count.ShouldBe(3);

        async Task RunTwiceAsync(DateOnly day)
        {
            if (host.Provider == DatabaseProvider.PostgreSql)
                await Task.WhenAll(host.SweepAsync(day, schoolId), host.SweepAsync(day, schoolId)); // two nodes at once
            else
            {
                await host.SweepAsync(day, schoolId);
                await host.SweepAsync(day, schoolId);
            }
        }

        async Task<List<Notification>> Reminders() =>
            (await host.AllNotificationsAsync()).Where(n => n.RecordId == plan.Id && n.Kind == DevelopmentPlanWorkKinds.AwaitingAgreement)
                .ToList();
    }

    [Fact]
    public async Task Should_Send_Nothing_For_An_Inactive_School_Or_To_A_Deactivated_Account()
    {
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        var demoId = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var member = await SetCategoryExpiryAsync(
            director,
            (await host.PersonAsync(TestData.DemoSchoolBin, "teacher12")).StaffId,
            today.AddDays(60));
        var directorPerson = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Director);

        (await director.PostAsync($"/api/app/users/{member.UserId}/deactivate", null)).EnsureSuccessStatusCode();
        try
        {
            await host.SweepAsync(today, demoId);
            var about = (await host.AllNotificationsAsync()).Where(n => n.RecordId == member.Id && n.DueDate == member.CategoryExpiresOn)
                .ToList();
            about.ShouldNotContain(n => n.UserId == member.UserId);
            about.ShouldContain(
                n => n.UserId == directorPerson.UserId && n.Kind == StaffWorkKinds.StaffCategoryExpiring && n.Stage == "Months3");
        }
        finally
        {
            (await director.PostAsync($"/api/app/users/{member.UserId}/reactivate", null)).EnsureSuccessStatusCode();
        }
        await host.SweepAsync(today, demoId);
        (await host.AllNotificationsAsync()).ShouldContain(
            n => n.RecordId == member.Id && n.UserId == member.UserId && n.Stage == "Months3" && n.DueDate == member.CategoryExpiresOn);

        // A deactivated school gets nothing; the same sweep once it is active again does.
        var secondDirector = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        var secondId = await host.SchoolIdAsync(TestData.SecondSchoolBin);
        var body = ApiClients.NewStaffMember("Мерзімі Өтетін " + Guid.NewGuid().ToString("N")[..6]);
        body["category"] = "Expert";
        body["categoryAssignedOn"] = today.AddDays(30).AddYears(-StaffMemberConsts.CategoryValidityYears).ToString("yyyy-MM-dd");
        var expiring = await (await secondDirector.PostJsonAsync("/api/app/staff", body)).ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        (await admin.PostAsync($"/api/host/schools/{secondId}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        try
        {
            (await host.SweepAsync(today, secondId)).Schools.ShouldBe(0);
            (await host.AllNotificationsAsync()).ShouldNotContain(n => n.RecordId == expiring.Id);
        }
        finally
        {
            (await admin.PostAsync($"/api/host/schools/{secondId}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
        (await host.SweepAsync(today, secondId)).Created.ShouldBeGreaterThan(0);
        var written = (await host.AllNotificationsAsync()).Where(n => n.RecordId == expiring.Id).ToList();
        written.ShouldNotBeEmpty();
        // Its director only: the new teacher has no account.
        written.ShouldAllBe(n => n.TenantId == secondId && n.Kind == StaffWorkKinds.StaffCategoryExpiring);
    }

    [Fact]
    public async Task Should_Follow_Each_Persons_Channels_And_The_Schools_Defaults()
    {
        var deputyPerson = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher09");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);

        var mine = await teacher.GetAsync<NotificationPreferencesDto>($"{NotificationsUrl}/preferences");
        mine.Items.Select(i => i.Kind).ShouldBeUnique();
        mine.Items.Single(i => i.Kind == DevelopmentPlanWorkKinds.Agreed).ShouldSatisfyAllConditions(
            i => (i.InApp, i.Email, i.IsCustom, i.IsReminder).ShouldBe((true, NotificationEmailMode.Digest, false, false)),
            i => i.KindTitle.ShouldBe("Plan agreed"));
        mine.Items.Single(i => i.Kind == StaffWorkKinds.CategoryExpiring).IsReminder.ShouldBeTrue();

        var unknown = await teacher.PutJsonAsync(
            $"{NotificationsUrl}/preferences",
            new { items = new[] { new { kind = "Nothing.Such", inApp = true, email = "Off" } } });
        (await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed")).GetProperty("fieldCodes")
            .GetProperty("items[0].kind")[0]
            .GetString()
            .ShouldBe(KemelSchoolPDErrorCodes.Notifications.UnknownKind);

        var off = await (await teacher.PutJsonAsync(
            $"{NotificationsUrl}/preferences",
            new { items = new[] { new { kind = DevelopmentPlanWorkKinds.Agreed, inApp = false, email = "Off" } } }))
            .ReadAsync<NotificationPreferencesDto>();
        off.Items.Single(i => i.Kind == DevelopmentPlanWorkKinds.Agreed)
            .ShouldSatisfyAllConditions(i => i.IsCustom.ShouldBeTrue(), i => i.InApp.ShouldBeFalse());
        // The school's default: no e-mail for submitted plans; the deputy follows it, then chooses otherwise.
        await (await director.PutJsonAsync(
            $"{NotificationsUrl}/school-defaults",
            new { items = new[] { new { kind = DevelopmentPlanWorkKinds.Submitted, inApp = true, email = "Off" } } }))
            .ReadAsync<NotificationPreferencesDto>();
        try
        {
            (await deputy.GetAsync<NotificationPreferencesDto>($"{NotificationsUrl}/preferences")).Items
                .Single(i => i.Kind == DevelopmentPlanWorkKinds.Submitted)
                .ShouldSatisfyAllConditions(
                    i => i.Email.ShouldBe(NotificationEmailMode.Off),
                    i => i.IsCustom.ShouldBeFalse(),
                    i => i.DefaultEmail.ShouldBe(NotificationEmailMode.Off));
            var mails = (await host.OutboxAsync(deputyPerson.Email!)).Count;
            var plan = await SubmittedPlanAsync(teacher, 2050);
            (await deputy.NotificationsAsync()).Items.ShouldContain(n => n.RecordId == plan.Id);
            (await host.OutboxAsync(deputyPerson.Email!)).Count.ShouldBe(mails);

            await PlanActionAsync(deputy, await PlanAsync(deputy, plan.Id), "agree");
            (await teacher.NotificationsAsync()).Items.ShouldNotContain(n => n.RecordId == plan.Id); // turned off in the app and by e-mail
            (await host.AllNotificationsAsync()).ShouldNotContain(n => n.RecordId == plan.Id && n.Kind == DevelopmentPlanWorkKinds.Agreed);

            await (await deputy.PutJsonAsync(
                $"{NotificationsUrl}/preferences",
                new { items = new[] { new { kind = DevelopmentPlanWorkKinds.Submitted, inApp = true, email = "Immediate" } } }))
                .ReadAsync<NotificationPreferencesDto>();
            await SubmittedPlanAsync(teacher, 2051);
            (await host.OutboxAsync(deputyPerson.Email!)).Count.ShouldBe(mails + 1);
        }
        finally
        {
            await (await director.PutJsonAsync(
                $"{NotificationsUrl}/school-defaults",
                new { items = new[] { new { kind = DevelopmentPlanWorkKinds.Submitted, useDefault = true } } }))
                .ReadAsync<NotificationPreferencesDto>();
            await (await deputy.PutJsonAsync(
                $"{NotificationsUrl}/preferences",
                new { items = new[] { new { kind = DevelopmentPlanWorkKinds.Submitted, useDefault = true } } }))
                .ReadAsync<NotificationPreferencesDto>();
            await (await teacher.PutJsonAsync(
                $"{NotificationsUrl}/preferences",
                new { items = new[] { new { kind = DevelopmentPlanWorkKinds.Agreed, useDefault = true } } }))
                .ReadAsync<NotificationPreferencesDto>();
        }
        (await director.GetAsync<NotificationPreferencesDto>($"{NotificationsUrl}/school-defaults")).Items.ShouldAllBe(i => !i.IsCustom);
    }

    [Fact]
    public async Task Should_Send_One_Digest_A_Day_Per_Person_With_What_They_Have_Not_Read()
    {
        var person = await host.PersonAsync(TestData.DemoSchoolBin, "teacher11");
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var plan = await SubmittedPlanAsync(teacher, 2052);
        await PlanActionAsync(deputy, await PlanAsync(deputy, plan.Id), "agree"); // Agreed: by digest (the default)
        var sheet = (await teacher.GetAsync<PagedResultDto<RouteSheetListItemDto>>("/api/app/route-sheets?mine=true")).Items.First();
        await MarkAsync(deputy, await deputy.GetAsync<RouteSheetDto>($"/api/app/route-sheets/{sheet.Id}"), "review", 2); // Reviewed: by digest

        // Other tests' sweeps may have sent one.
        var earlier = (await host.OutboxAsync(person.Email!)).Count(m => m.Kind == NotificationEmailKinds.Digest);
        await host.SendDigestsAsync();
        var digests = (await host.OutboxAsync(person.Email!)).Where(m => m.Kind == NotificationEmailKinds.Digest)
            .OrderBy(m => m.CreationTime)
            .ThenBy(m => m.Id)
            .ToList();
        digests.Count.ShouldBe(earlier + 1);
        var digest = digests.Last();
        digest.Culture.ShouldBe("kk");
        var links = digest.Model().GetProperty("Items").EnumerateArray().Select(i => i.GetProperty("Link").GetString()).ToList();
        links.ShouldContain(l => l!.EndsWith($"/development-plans/{plan.Id}"));
        links.ShouldContain(l => l!.EndsWith($"/route-sheets/{sheet.Id}"));
        digest.Model().GetProperty("Count").GetInt32().ShouldBe(links.Count);

        await host.SendDigestsAsync(); // nothing left
        (await host.OutboxAsync(person.Email!)).Count(m => m.Kind == NotificationEmailKinds.Digest).ShouldBe(earlier + 1);

        // What the person already read in the app is not e-mailed again.
        await MarkAsync(deputy, await deputy.GetAsync<RouteSheetDto>($"/api/app/route-sheets/{sheet.Id}"), "review", 3);
        var fresh = (await teacher.NotificationsAsync()).Items.First(n => n.RecordId == sheet.Id && n.Kind == RouteSheetWorkKinds.Reviewed);
        (await teacher.PostAsync($"{NotificationsUrl}/{fresh.Id}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await host.SendDigestsAsync();
        (await host.OutboxAsync(person.Email!)).Count(m => m.Kind == NotificationEmailKinds.Digest).ShouldBe(earlier + 1);
    }

    [Fact]
    public async Task Should_Keep_Each_Schools_Reminders_In_That_School()
    {
        var demoId = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var secondId = await host.SchoolIdAsync(TestData.SecondSchoolBin);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        var before = (await host.AllNotificationsAsync()).Where(n => n.TenantId == demoId).Select(n => n.Id).ToHashSet();

        await host.SweepAsync(today.AddDays(40), secondId);
        (await host.AllNotificationsAsync()).Where(n => n.TenantId == demoId).Select(n => n.Id).ShouldBe(before, ignoreOrder: true);

        await host.SweepAsync(today.AddDays(40));
        var users = await host.InSchoolAsync(demoId, db => db.Users.Select(u => u.Id).ToListAsync());
        (await host.AllNotificationsAsync()).Where(n => users.Contains(n.UserId)).ShouldAllBe(n => n.TenantId == demoId);
    }

    [Fact]
    public async Task Should_Refuse_To_Queue_A_Job_For_Another_School()
    {
        var demoId = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        var secondId = await host.SchoolIdAsync(TestData.SecondSchoolBin);
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(demoId);

        Should.Throw<CrossTenantWriteException>(() => scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>()
            .Enqueue<ProbeTenantJob, ProbeTenantArgs>(new ProbeTenantArgs(secondId)));
    }

    [Fact]
    public async Task Should_Run_A_Job_Inside_The_School_Of_Its_Arguments()
    {
        var secondId = await host.SchoolIdAsync(TestData.SecondSchoolBin);
        var runner = host.Services.GetRequiredService<TenantJobRunner<ProbeTenantJob, ProbeTenantArgs>>();

        await runner.RunAsync(new ProbeTenantArgs(secondId), CancellationToken.None);

        ProbeTenantJob.Seen.ShouldContainKey(secondId);
        ProbeTenantJob.Seen[secondId].ShouldBeGreaterThanOrEqualTo(1); // the second school's teachers only (other tests add some)
        ProbeTenantJob.Seen[secondId].ShouldBeLessThan(TestData.DemoSchoolStaffCount);
    }

    private static async Task<RouteSheetDto> MarkAsync(HttpClient client, RouteSheetDto sheet, string action, int period) =>
        await (await client.PostJsonAsync($"/api/app/route-sheets/{sheet.Id}/{action}", new
        {
            period, marks = sheet.Rows.Select(r => new { rowOrder = r.Order, mark = "Partial" }).ToArray(), sheet.ConcurrencyStamp,
        })).ReadAsync<RouteSheetDto>();

    private static async Task<StaffMemberDto> SetCategoryExpiryAsync(HttpClient director, Guid staffId, DateOnly expires)
    {
        var member = await director.GetAsync<StaffMemberDto>($"/api/app/staff/{staffId}");
        return await (await director.PutJsonAsync($"/api/app/staff/{member.Id}", new
        {
            member.FullName, member.Position, member.Subjects, member.HireDate, member.TotalExperienceYears, member.TeachingExperienceYears,
            member.Category, CategoryAssignedOn = expires.AddYears(-StaffMemberConsts.CategoryValidityYears), member.IsYoungSpecialist,
            member.MethodologicalAssociationId, member.Email, member.Phone, member.ConcurrencyStamp,
        })).ReadAsync<StaffMemberDto>();
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
        Seen[currentTenant.Id!.Value] = await db.StaffMembers.CountAsync(s => !s.IsArchived, cancellationToken);
    }
}

public sealed class Notifications_Sqlite_Tests(SqliteHostFixture host) : Notifications_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Notifications_Postgres_Tests(PostgresHostFixture host) : Notifications_Tests(host), IClassFixture<PostgresHostFixture>;

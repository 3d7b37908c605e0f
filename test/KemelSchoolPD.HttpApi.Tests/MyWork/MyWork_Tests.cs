using System.Diagnostics;
using System.Net;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static KemelSchoolPD.HttpApi.Tests.MyWork.WorkTestKit;

namespace KemelSchoolPD.HttpApi.Tests.MyWork;

/// <summary>
/// "My work" over real HTTP: each kind's item with its due date and state by the school's rules (the host's clock is moved
/// across the boundaries), only for whom it waits and only about records they may read, the director's school overview, the
/// rules' settings, and a list whose cost in SQL statements does not grow with the school.
/// </summary>
public abstract class MyWork_Tests(KemelWebApplicationFactory host) : IDisposable
{
    /// <summary>A Monday of academic year 2026–2027 (third quarter).</summary>
    private static readonly DateOnly Day0 = new(2027, 2, 1);

    public void Dispose() => host.Clock.Reset();

    [Fact]
    public async Task Should_Put_A_Plan_Waiting_For_Agreement_And_A_Returned_Plan_In_State_By_Their_Due_Dates()
    {
        var teacher = await host.AtAsync(Day0, "teacher06");
        var plan = await SubmittedPlanAsync(teacher, 2044);

        // The reviewers' item: due ten days after submission (the school's default), waiting on whoever agrees plans.
        await host.ShouldMoveThroughStatesAsync(TestData.Deputy, DevelopmentPlanWorkKinds.AwaitingAgreement, plan.Id, Day0.AddDays(10));
        var deputy = await host.AtAsync(Day0, TestData.Deputy, culture: "kk");
        var item = (await deputy.MyWorkAsync(DevelopmentPlanWorkKinds.AwaitingAgreement)).Single(i => i.RecordId == plan.Id);
        item.ShouldSatisfyAllConditions(
            i => i.KindTitle.ShouldBe("Жоспарды келісу"),
            i => i.Text.ShouldBe($"{plan.TeacherName}: 2044–2045 оқу жылына арналған жеке даму жоспары келісуді күтіп тұр."),
            i => i.LinkPath.ShouldBe($"/development-plans/{plan.Id}"),
            i => i.RecordType.ShouldBe("DevelopmentPlan"),
            i => i.WaitingOnRole.ShouldBe(MyWorkRole.Reviewer),
            i => i.TeacherName.ShouldBe(plan.TeacherName));
        // Not on the teacher's own list, nor on a colleague's (who may not read the plan at all).
        (await teacher.MyWorkAsync(DevelopmentPlanWorkKinds.AwaitingAgreement)).ShouldNotContain(i => i.RecordId == plan.Id);
        (await (await host.AtAsync(Day0, "teacher07")).MyWorkAsync()).ShouldNotContain(i => i.RecordId == plan.Id);

        // Returned on Day0: the teacher's item, due ten days later; gone from the reviewers' list.
        var returned = await PlanActionAsync(deputy, await PlanAsync(deputy, plan.Id), "return", "Индикаторды нақтылаңыз.");
        (await deputy.MyWorkAsync(DevelopmentPlanWorkKinds.AwaitingAgreement)).ShouldNotContain(i => i.RecordId == plan.Id);
        await host.ShouldMoveThroughStatesAsync("teacher06", DevelopmentPlanWorkKinds.ReturnedForRevision, returned.Id, Day0.AddDays(10));
        var own = (await (await host.AtAsync(Day0, "teacher06", culture: "ru")).MyWorkAsync(DevelopmentPlanWorkKinds.ReturnedForRevision))
            .Single(i => i.RecordId == plan.Id);
        own.ShouldSatisfyAllConditions(
            i => i.WaitingOnRole.ShouldBe(MyWorkRole.Teacher),
            i => i.WaitingOnName.ShouldBe(plan.TeacherName),
            i => i.KindTitle.ShouldBe("Доработать план"));
    }

    [Fact]
    public async Task Should_Show_A_Mentor_The_Mentees_Returned_Plan_Without_Reminding_Them()
    {
        var mentor = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Mentor);
        var novice = await host.AtAsync(Day0, "teacher03"); // педагог: plans with a mentor
        var plan = await SubmittedPlanAsync(novice, 2045, mentor.StaffId);
        var deputy = await host.AtAsync(Day0, TestData.Deputy);
        await PlanActionAsync(deputy, await PlanAsync(deputy, plan.Id), "return", "Мақсатты нақтылаңыз.");

        var mentorsView = (await (await host.AtAsync(Day0, TestData.Mentor)).MyWorkAsync(DevelopmentPlanWorkKinds.MenteePlanReturned))
            .Single(i => i.RecordId == plan.Id);
        mentorsView.WaitingOnRole.ShouldBe(MyWorkRole.Teacher);
        mentorsView.DueDate.ShouldBe(Day0.AddDays(10));
        // The school overview counts the matter once (the teacher's item), not the mentor's copy.
        var school = await (await host.AtAsync(Day0, TestData.Director)).GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{MyWorkUrl}/school?maxResultCount=100&staffMemberId={plan.TeacherStaffMemberId}");
        school.Items.Where(i => i.RecordId == plan.Id).Select(i => i.Kind).ShouldBe([DevelopmentPlanWorkKinds.ReturnedForRevision]);
        // No reminder for the mentor's copy.
        await host.SweepAsync(Day0.AddDays(11), await host.SchoolIdAsync(TestData.DemoSchoolBin));
        (await host.AllNotificationsAsync()).Where(n => n.RecordId == plan.Id && n.UserId == mentor.UserId).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Put_Route_Sheet_Marks_In_State_By_The_Periods_Ends()
    {
        var director = await host.AtAsync(Day0, TestData.Director);
        var deputy = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacherPerson = await host.PersonAsync(TestData.DemoSchoolBin, "teacher12");
        var sheet = await (await director.PostJsonAsync("/api/app/route-sheets",
            new
            {
                teacherStaffMemberId = teacherPerson.StaffId, academicYear = 2026, reviewerStaffMemberId = deputy
                .StaffId
            })).ReadAsync<RouteSheetDto>(HttpStatusCode.Created);

        // The first two quarters marked by both; the third (ends 18 March by default) is open.
        var teacher = await host.AtAsync(Day0, "teacher12");
        var reviewer = await host.AtAsync(Day0, TestData.Deputy);
        foreach (var period in new[] { 1, 2 })
        {
            sheet = await MarkAsync(teacher, sheet, "self-assessment", period);
            sheet = await MarkAsync(reviewer, sheet, "review", period);
        }
        await host.ShouldMoveThroughStatesAsync("teacher12", RouteSheetWorkKinds.SelfMarksDue, sheet.Id, new DateOnly(2027, 3, 18));
        // The reviewer's marks for the third quarter are due ten days after its end (or once the teacher marked it).
        await host.ShouldMoveThroughStatesAsync(TestData.Deputy, RouteSheetWorkKinds.ReviewerMarksDue, sheet.Id, new DateOnly(2027, 3, 28));

        var item = (await (await host.AtAsync(new DateOnly(2027, 3, 10), "teacher12", culture: "kk")).MyWorkAsync(
            RouteSheetWorkKinds.SelfMarksDue)).Single(i => i.RecordId == sheet.Id);
        item.Text.ShouldBe(
            $"{teacherPerson.FullName}: 2026–2027 оқу жылының маршруттық парағында 3-тоқсан бойынша өзін-өзі бағалау әлі қойылмаған.");
        item.LinkPath.ShouldBe($"/route-sheets/{sheet.Id}");
        // Before the period ends and before the teacher's marks, nothing waits for the reviewer.
        (await (await host.AtAsync(new DateOnly(2027, 3, 10), TestData.Deputy)).MyWorkAsync(RouteSheetWorkKinds.ReviewerMarksDue))
            .ShouldNotContain(i => i.RecordId == sheet.Id);

        // Marked: the items are gone.
        teacher = await host.AtAsync(new DateOnly(2027, 3, 12), "teacher12");
        sheet = await MarkAsync(teacher, await teacher.GetAsync<RouteSheetDto>($"/api/app/route-sheets/{sheet.Id}"), "self-assessment", 3);
        (await teacher.MyWorkAsync(RouteSheetWorkKinds.SelfMarksDue)).ShouldNotContain(i => i.RecordId == sheet.Id);
        var due = (await (await host.AtAsync(new DateOnly(2027, 3, 12), TestData.Deputy)).MyWorkAsync(RouteSheetWorkKinds.ReviewerMarksDue))
            .Single(i => i.RecordId == sheet.Id);
        due.WaitingOnStaffMemberId.ShouldBe(deputy.StaffId);
    }

    [Fact]
    public async Task Should_Put_Observations_To_Sign_And_To_Answer_In_State_By_The_Lesson_Date()
    {
        var teacher03 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher03");
        var director = await host.AtAsync(Day0, TestData.Director);
        var body = ApiClients.NewObservation(teacher03.StaffId, "Бағалау: кері байланыс");
        body["purpose"] = "Evaluation";
        body["lessonDate"] = "2027-01-20";
        var observation = await (await director.PostJsonAsync("/api/app/lesson-observations", body)).ReadAsync<LessonObservationDto>(
            HttpStatusCode.Created);

        await host.ShouldMoveThroughStatesAsync(
            TestData.Director,
            LessonObservationWorkKinds.SignatureDue,
            observation.Id,
            new DateOnly(2027, 1, 23));
        // A draft is the observer's.
        (await (await host.AtAsync(Day0, "teacher03")).MyWorkAsync()).ShouldNotContain(i => i.RecordId == observation.Id);

        director = await host.AtAsync(Day0, TestData.Director);
        await (await director.PostJsonAsync($"/api/app/lesson-observations/{observation.Id}/sign", new { observation.ConcurrencyStamp }))
            .ReadAsync<LessonObservationDto>();
        (await director.MyWorkAsync(LessonObservationWorkKinds.SignatureDue)).ShouldNotContain(i => i.RecordId == observation.Id);
        await host.ShouldMoveThroughStatesAsync(
            "teacher03",
            LessonObservationWorkKinds.ReplyDue,
            observation.Id,
            new DateOnly(2027, 1, 30));

        var teacher = await host.AtAsync(Day0, "teacher03");
        var signed = await teacher.GetAsync<LessonObservationDto>($"/api/app/lesson-observations/{observation.Id}");
        await (await teacher.PostJsonAsync(
            $"/api/app/lesson-observations/{observation.Id}/reply",
            new { text = "Рахмет, ескеремін.", signed.ConcurrencyStamp })).ReadAsync<LessonObservationDto>();
        (await teacher.MyWorkAsync(LessonObservationWorkKinds.ReplyDue)).ShouldNotContain(i => i.RecordId == observation.Id);
    }

    [Fact]
    public async Task Should_Announce_A_Category_12_6_And_3_Months_Before_It_Expires_Once_Each()
    {
        var expires = new DateOnly(2028, 1, 10);
        var member = await SetCategoryExpiryAsync("commission1", expires);
        var commission = await host.PersonAsync(TestData.DemoSchoolBin, "commission1");
        var schoolId = await host.SchoolIdAsync(TestData.DemoSchoolBin);

        // A year ahead it is open; three months ahead due soon; after the date overdue.
        foreach (var (day, state) in new[] {
            (new DateOnly(2027, 10, 9), MyWorkState.Open),
            (new DateOnly(2027, 10, 10), MyWorkState.DueSoon),
            (expires, MyWorkState.DueSoon),
            (expires.AddDays(1), MyWorkState.Overdue) })
        {
            var item = (await (await host.AtAsync(day, "commission1")).MyWorkAsync(StaffWorkKinds.CategoryExpiring)).ShouldHaveSingleItem();
            (item.State, item.DueDate, item.RecordId).ShouldBe((state, expires, member.Id), day.ToString());
        }
        (await (await host.AtAsync(new DateOnly(2027, 1, 9), "commission1")).MyWorkAsync(StaffWorkKinds.CategoryExpiring)).ShouldBeEmpty();
        // The administration sees the same matter as "plan the attestation".
        var leadership = (await (await host.AtAsync(new DateOnly(2027, 10, 10), TestData.Deputy)).MyWorkAsync(
            StaffWorkKinds.StaffCategoryExpiring)).Single(i => i.RecordId == member.Id);
        leadership.WaitingOnRole.ShouldBe(MyWorkRole.Administration);

        // Reminders: nothing before the year; then one per stage, whatever the number of runs.
        await host.SweepAsync(new DateOnly(2027, 1, 9), schoolId);
        (await Reminders()).ShouldBeEmpty();
        foreach (var (day, stage) in new[] { (new DateOnly(2027, 1, 10), "Months12"), (new DateOnly(2027, 7, 10), "Months6"),
                     (new DateOnly(2027, 10, 10), "Months3"), (expires.AddDays(1), "Expired") })
        {
            await host.SweepAsync(day, schoolId);
            await host.SweepAsync(day, schoolId);
            await host.SweepAsync(day.AddDays(1), schoolId);
            (await Reminders()).Count(n => n.Stage == stage).ShouldBe(1, stage);
        }
        var notice = (await (await host.AtAsync(expires, "commission1", culture: "kk")).NotificationsAsync()).Items
            .First(n => n.RecordId == member.Id);
        notice.Text.ShouldBe($"Мерзімі аяқталды: {member.FullName}: «педагог-шебер» біліктілік санатының мерзімі 10.01.2028 аяқталады. Аттестаттауға дайындалуды жоспарлаңыз.");
        // Director and deputy got the administration's reminders, once per stage as well.
        var all = await host.AllNotificationsAsync();
        var administration = all.Where(
            n => n.RecordId == member.Id && n.Kind == StaffWorkKinds.StaffCategoryExpiring && n.DueDate == expires).ToList();
        administration.GroupBy(n => n.UserId).Count().ShouldBe(2);
        administration.GroupBy(n => (n.UserId, n.Stage)).ShouldAllBe(g => g.Count() == 1);

        async Task<List<KemelSchoolPD.Notifications.Notification>> Reminders() =>
            (await host.AllNotificationsAsync()).Where(
                n => n.UserId == commission.UserId && n.Kind == StaffWorkKinds.CategoryExpiring && n.DueDate == expires).ToList();
    }

    [Fact]
    public async Task Should_Give_The_Director_The_Whole_School_Grouped_And_Who_Has_No_Plan_Sheet_Or_Cycle()
    {
        var director = await host.AtAsync(Day0, TestData.Director, culture: "ru");
        var summary = await director.GetAsync<MyWorkSummaryDto>($"{MyWorkUrl}/summary?maxResultCount=2");
        var school = summary.School.ShouldNotBeNull();
        school.AcademicYear.ShouldBe(2026);
        school.ActiveStaff.ShouldBeGreaterThanOrEqualTo(TestData.DemoSchoolStaffCount);
        school.Counts.Total.ShouldBe(school.Counts.ByKind.Sum(k => k.Total));
        school.Counts.ByKind.ShouldAllBe(k => k.Total == k.Open + k.DueSoon + k.Overdue && k.KindTitle != k.Kind);
        // The demo's submitted plan (teacher02) waits for agreement.
        school.Counts.ByKind.ShouldContain(k => k.Kind == DevelopmentPlanWorkKinds.AwaitingAgreement);
        school.WithoutPlan.Items.Count.ShouldBe(2);
        school.WithoutPlan.TotalCount.ShouldBeGreaterThan(2);
        school.WithoutPlan.Items.ShouldAllBe(s => s.LinkPath == $"/staff/{s.StaffMemberId}");
        var withoutCycle = await director.GetAsync<MyWorkSummaryDto>($"{MyWorkUrl}/summary?maxResultCount=100");
        var cycles = withoutCycle.School!.WithoutGrowthCycle.Items.Select(s => s.FullName).ToList();
        var teacher01 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher01");
        cycles.ShouldNotContain(teacher01.FullName); // has this year's cycle
        withoutCycle.School.WithoutRouteSheet.Items.ShouldNotContain(s => s.StaffMemberId == teacher01.StaffId);
        withoutCycle.School.WithoutPlan.Items.ShouldNotContain(s => s.StaffMemberId == teacher01.StaffId);

        var list = await director.GetAsync<PagedResultDto<MyWorkItemDto>>($"{MyWorkUrl}/school?maxResultCount=100");
        list.TotalCount.ShouldBe(school.Counts.Total);
        list.Items.Select(i => i.State).ShouldBeInOrder(SortDirection.Descending);

        // A teacher gets their own counts and no overview.
        var teacher = await (await host.AtAsync(Day0, "teacher01")).GetAsync<MyWorkSummaryDto>($"{MyWorkUrl}/summary");
        teacher.School.ShouldBeNull();
        teacher.Mine.Total.ShouldBe(teacher.Mine.ByKind.Sum(k => k.Total));
    }

    [Fact]
    public async Task Should_Keep_The_Schools_Rules_And_Refuse_Impossible_Period_Ends()
    {
        var director = await host.AtAsync(Day0, TestData.Director);
        var defaults = await director.GetAsync<MyWorkSettingsDto>($"{MyWorkUrl}/settings");
        defaults.IsDefault.ShouldBeTrue();
        defaults.DueSoonDays.ShouldBe(MyWorkConsts.DefaultDueSoonDays);
        defaults.QuarterEnds.ShouldBe(MyWorkConsts.DefaultQuarterEnds);

        object Body(string[] quarters, int dueSoon = 7, string? stamp = null) => new
        {
            dueSoonDays = dueSoon, planAgreementDays = 10, planRevisionDays = 10, observationSignDays = 3, observationReplyDays = 10,
            reviewerMarksDays = 10, mentorSharedDays = 14,
            quarterEnds = quarters, halfYearEnds = new[] { "12-28", "05-25" }, concurrencyStamp = stamp,
        };
        var unordered = await director.PutJsonAsync($"{MyWorkUrl}/settings", Body(["12-28", "10-25", "03-18", "05-25"]));
        (await unordered.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed")).GetProperty("fieldCodes")
            .GetProperty("quarterEnds")[0]
            .GetString()
            .ShouldBe(KemelSchoolPDErrorCodes.MyWork.InvalidPeriodEnds);
        await (await director.PutJsonAsync($"{MyWorkUrl}/settings", Body(["10-25", "12-28", "02-30", "05-25"])))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");

        var saved = await (await director.PutJsonAsync($"{MyWorkUrl}/settings", Body(["10-25", "12-28", "03-18", "05-25"], dueSoon: 3)))
            .ReadAsync<MyWorkSettingsDto>();
        try
        {
            saved.IsDefault.ShouldBeFalse();
            await (await director.PutJsonAsync($"{MyWorkUrl}/settings", Body(["10-25", "12-28", "03-18", "05-25"], stamp: "stale")))
                .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
            // The school's window: a plan due in five days is no longer "due soon" with a three-day window.
            var teacher = await host.AtAsync(Day0, "teacher08");
            var plan = await SubmittedPlanAsync(teacher, 2046);
            var deputy = await host.AtAsync(Day0.AddDays(5), TestData.Deputy);
            (await deputy.MyWorkAsync(DevelopmentPlanWorkKinds.AwaitingAgreement)).Single(i => i.RecordId == plan.Id).State
                .ShouldBe(MyWorkState.Open);
            deputy = await host.AtAsync(Day0.AddDays(7), TestData.Deputy);
            (await deputy.MyWorkAsync(DevelopmentPlanWorkKinds.AwaitingAgreement)).Single(i => i.RecordId == plan.Id).State
                .ShouldBe(MyWorkState.DueSoon);
        }
        finally
        {
            director = await host.AtAsync(Day0, TestData.Director);
            var current = await director.GetAsync<MyWorkSettingsDto>($"{MyWorkUrl}/settings");
            await (await director.PutJsonAsync(
                $"{MyWorkUrl}/settings",
                Body(["10-25", "12-28", "03-18", "05-25"], stamp: current.ConcurrencyStamp))).ReadAsync<MyWorkSettingsDto>();
        }
    }

    [Fact]
    public async Task Should_Compute_A_Whole_Schools_Work_In_A_Fixed_Number_Of_Statements()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();
        var director = await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
        var year = AcademicYears.Current(host.Clock);

        await director.GetAsync($"{MyWorkUrl}/summary"); // warm up (sign-in caches, compiled queries)
        await SeedTeachersAsync(school.Id, 5, year); // a change to the school's records: the lists are computed anew
        var few = await CountStatementsAsync(async () =>
            (await director.GetAsync<PagedResultDto<MyWorkItemDto>>($"{MyWorkUrl}/school?maxResultCount=100"),
             await director.GetAsync<MyWorkSummaryDto>($"{MyWorkUrl}/summary?maxResultCount=100"),
             await director.GetAsync<PagedResultDto<MyWorkItemDto>>($"{MyWorkUrl}?maxResultCount=100")));
        few.Result.Item1.TotalCount.ShouldBeGreaterThanOrEqualTo(5 * 3); // plan, sheet and observation of each teacher at least
        few.Statements.ShouldBeGreaterThan(3);

        await SeedTeachersAsync(school.Id, 145, year);
        var many = await CountStatementsAsync(async () =>
            (await director.GetAsync<PagedResultDto<MyWorkItemDto>>($"{MyWorkUrl}/school?maxResultCount=100"),
             await director.GetAsync<MyWorkSummaryDto>($"{MyWorkUrl}/summary?maxResultCount=100"),
             await director.GetAsync<PagedResultDto<MyWorkItemDto>>($"{MyWorkUrl}?maxResultCount=100")));
        many.Result.Item1.TotalCount.ShouldBeGreaterThanOrEqualTo(150 * 3);
        many.Result.Item2.School!.ActiveStaff.ShouldBe(151);
        many.Result.Item2.School.Counts.ByKind.Single(k => k.Kind == DevelopmentPlanWorkKinds.AwaitingAgreement).Total.ShouldBe(150);
        many.Result.Item3.TotalCount.ShouldBeGreaterThanOrEqualTo(150); // the director agrees plans and decides on stages
        many.Statements.ShouldBe(few.Statements);

        // Nothing changed since: the lists kept under the school's change token are served without asking the sources again.
        var again = await CountStatementsAsync(async () =>
            (await director.GetAsync<PagedResultDto<MyWorkItemDto>>($"{MyWorkUrl}/school?maxResultCount=100"),
             await director.GetAsync<MyWorkSummaryDto>($"{MyWorkUrl}/summary?maxResultCount=100"),
             await director.GetAsync<PagedResultDto<MyWorkItemDto>>($"{MyWorkUrl}?maxResultCount=100")));
        again.Result.Item1.TotalCount.ShouldBe(many.Result.Item1.TotalCount);
        again.Result.Item3.TotalCount.ShouldBe(many.Result.Item3.TotalCount);
        again.Statements.ShouldBeLessThan(many.Statements / 2);
    }

    /// <summary>
    /// Teachers of a school with a year's worth of records: a submitted plan, a route sheet with the director as reviewer, an
    /// active cycle at Action and an evaluation observation to sign.
    /// </summary>
    private async Task SeedTeachersAsync(Guid schoolId, int count, int year) => await host.InSchoolAsync(schoolId, async db =>
    {
        var directorStaff = await db.StaffMembers.Where(s => s.UserId != null).Select(s => s.Id).FirstAsync();
        var now = host.Clock.GetUtcNow().UtcDateTime;
        var template = BuiltInRouteSheetTemplates.Moderator;
        for (var i = 0; i < count; i++)
        {
            var teacher = new StaffMember(Guid
                .CreateVersion7(), new StaffMemberData($"Жүз елу {Guid.NewGuid():N}", "Мұғалім", ["Математика"], new DateOnly(2020, 9, 1),
                5, 5, QualificationCategory.Moderator, new DateOnly(2024, 5, 1), false, null, null, null));
            db.StaffMembers.Add(teacher);
            db.DevelopmentPlans.Add(new DevelopmentPlan(
                Guid.CreateVersion7(),
                teacher.Id,
                year,
                BuiltInPlanTemplates.Table17,
                new PlanContent { Topic = "Тақырып" }));
            db.RouteSheets
                .Add(new RouteSheet(Guid.CreateVersion7(), teacher.Id, year, template, directorStaff, RouteSheetPeriodKind.Quarters));
            db.GrowthCycles.Add(new GrowthCycle(
                Guid.CreateVersion7(),
                teacher.Id,
                GrowthParticipantKind.Teacher,
                year,
                null,
                "Зона",
                ["01.1"],
                1,
                null,
                GrowthActor.System,
                now));
            var observation = new LessonObservation(teacher.Id, directorStaff, ObservationPurpose.Evaluation);
            observation.Record(
                DateOnly.FromDateTime(now),
                new LessonDetails("5 А", "Математика", null, null),
                null,
                [],
                null,
                null,
                ObjectivesMatch.Yes,
                null,
                [],
                null);
            db.LessonObservations.Add(observation);
        }
        var saved = await db.SaveChangesAsync();
        // Submitted (the content rules of submission are not what this test is about).
        await db.DevelopmentPlans.Where(p => p.Status == DevelopmentPlanStatus.Draft)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.Status, DevelopmentPlanStatus.Submitted).SetProperty(p => p.SubmittedAt, now));
        return saved;
    });

    private static async Task<RouteSheetDto> MarkAsync(HttpClient client, RouteSheetDto sheet, string action, int period) =>
        await (await client.PostJsonAsync($"/api/app/route-sheets/{sheet.Id}/{action}", new
        {
            period, marks = sheet.Rows.Select(r => new { rowOrder = r.Order, mark = "Achieved" }).ToArray(), sheet.ConcurrencyStamp,
        })).ReadAsync<RouteSheetDto>();

    private async Task<StaffMemberDto> SetCategoryExpiryAsync(string userName, DateOnly expires)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var person = await host.PersonAsync(TestData.DemoSchoolBin, userName);
        var member = await director.GetAsync<StaffMemberDto>($"/api/app/staff/{person.StaffId}");
        return await (await director.PutJsonAsync($"/api/app/staff/{member.Id}", new
        {
            member.FullName, member.Position, member.Subjects, member.HireDate, member.TotalExperienceYears, member.TeachingExperienceYears,
            member.Category, CategoryAssignedOn = expires.AddYears(-StaffMemberConsts.CategoryValidityYears), member.IsYoungSpecialist,
            member.MethodologicalAssociationId, member.Email, member.Phone, member.ConcurrencyStamp,
        })).ReadAsync<StaffMemberDto>();
    }

    /// <summary>Counts the SQL commands this host's database runs during <paramref name="action"/> (EF's diagnostic events).</summary>
    private async Task<(T Result, int Statements)> CountStatementsAsync<T>(Func<Task<T>> action)
    {
        var counter = new CommandCounter(host.ConnectionString);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(counter);
        var result = await action();
        return (result, counter.Count);
    }

    private sealed class CommandCounter(string connectionString) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public int Count => _count;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data
                && data.Context?.Database.GetConnectionString() == connectionString)
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}

public sealed class MyWork_Sqlite_Tests(SqliteHostFixture host) : MyWork_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class MyWork_Postgres_Tests(PostgresHostFixture host) : MyWork_Tests(host), IClassFixture<PostgresHostFixture>;

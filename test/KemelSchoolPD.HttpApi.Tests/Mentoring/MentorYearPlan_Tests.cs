using System.Net;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Mentoring;

/// <summary>
/// The mentor's year plan through HTTP: drafted by the mentor, returned and agreed by the deputy (the development plans'
/// agreement workflow), nobody agreeing their own plan, one plan per mentor and year (409), progress after agreement kept as
/// versions, who reads it, and the DOCX in Kazakh and Russian. Each test uses its own academic year (the class shares a database).
/// </summary>
public abstract class MentorYearPlan_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/mentoring/year-plans";

    [Fact]
    public async Task Should_Draft_Return_Agree_And_Record_Progress_With_Versions()
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor1");
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher01 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher01");
        var plan = await (await mentor.PostJsonAsync(Url, Body(2031, teacher01.StaffId))).ReadAsync<MentorYearPlanDto>(
            HttpStatusCode.Created);
        plan.Status.ShouldBe(DevelopmentPlanStatus.Draft);
        plan.Activities.Count.ShouldBe(3);
        plan.Activities.Select(a => a.Month).ShouldBe([9, 10, 2]); // in the order of the academic year
        plan.Mentees.ShouldHaveSingleItem().StaffMemberId.ShouldBe(teacher01.StaffId);
        plan.Abilities.CanSubmit.ShouldBeTrue();

        // One plan per mentor and year.
        await (await mentor.PostJsonAsync(Url, Body(2031, null))).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.MentoringPlans.PlanExists);
        // Only the mentor's own mentees: teacher02 is mentor2's.
        var teacher02 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher02");
        var notPaired = await (await mentor.PostJsonAsync(Url, Body(2032, teacher02.StaffId))).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");
        notPaired.GetProperty("errors").GetProperty("menteeStaffMemberIds")[0].GetString()
            .ShouldBe("Only a mentee in an active pair with this mentor can be in the plan.");
        // A date outside the year is refused.
        await (await mentor.PostJsonAsync(Url, new
        {
            academicYear = 2032, activities = new[] {
                new { month = 9, topic = "Ерте", form = "Consultation", plannedDate = "2031-05-01" } },
        })).ShouldHaveFieldCodeAsync("plannedDate", KemelSchoolPDErrorCodes.MentoringPlans.DateOutsideYear);

        plan = await (await mentor.PostJsonAsync($"{Url}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<MentorYearPlanDto>();
        plan.Status.ShouldBe(DevelopmentPlanStatus.Submitted);
        // The mentor may not review; the mentee reads the plan but changes nothing.
        (await mentor.PostJsonAsync($"{Url}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        var mentee = await host.SignInAsync(TestData.DemoSchoolBin, "teacher01");
        (await mentee.GetAsync<MentorYearPlanDto>($"{Url}/{plan.Id}")).Abilities.CanEdit.ShouldBeFalse();
        (await mentee.PutJsonAsync($"{Url}/{plan.Id}", UpdateBody(plan))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // Another teacher does not see it at all.
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher06")).GetAsync($"{Url}/{plan.Id}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);

        // The deputy has it on her list, returns it with a comment; the mentor reworks and resubmits; the deputy agrees.
        var work = await deputy.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={MentorYearPlanWorkKinds.AwaitingAgreement}");
        work.Items.ShouldContain(i => i.RecordId == plan.Id);
        plan = await (await deputy.PostJsonAsync(
            $"{Url}/{plan.Id}/return",
            new { concurrencyStamp = plan.ConcurrencyStamp, comment = "Күтілетін нәтижелерді нақтылаңыз" }))
            .ReadAsync<MentorYearPlanDto>();
        plan.Status.ShouldBe(DevelopmentPlanStatus.Returned);
        plan.ReturnComment.ShouldBe("Күтілетін нәтижелерді нақтылаңыз");
        plan = await (await mentor.PutJsonAsync($"{Url}/{plan.Id}", UpdateBody(plan))).ReadAsync<MentorYearPlanDto>();
        plan = await (await mentor.PostJsonAsync($"{Url}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<MentorYearPlanDto>();
        // The deputy reads only what the mentor changed since she returned it (the agreement workflow's shared history).
        var changes = await deputy.GetAsync<PlanChangesSinceReviewDto>($"{Url}/{plan.Id}/changes");
        changes.LastReview!.Decision.ShouldBe(PlanReviewDecision.Returned);
        changes.Changes.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            c => c.Area.ShouldBe("Activity"), c => c.EntryId
                .ShouldBe(plan.Activities.Single(a => a.Form == MentorActivityForm.LessonVisit).Id),
            c => c.Field.ShouldBe("ExpectedResult"), c => c.Kind.ShouldBe(PlanChangeKind.Changed), c => c.OldValue.ShouldBeNull(), c => c
                .NewValue
                .ShouldBe("Нақтыланды"));
        plan = await (await deputy.PostJsonAsync($"{Url}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<MentorYearPlanDto>();
        (await deputy.GetAsync<PlanChangesSinceReviewDto>($"{Url}/{plan.Id}/changes")).Changes.ShouldBeEmpty();
        plan.Status.ShouldBe(DevelopmentPlanStatus.Agreed);
        (await mentor.PutJsonAsync($"{Url}/{plan.Id}", UpdateBody(plan))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Progress: a moved activity needs a note; each change is a version.
        var visit = plan.Activities.First(a => a.Form == MentorActivityForm.LessonVisit);
        await (await mentor.PostJsonAsync($"{Url}/{plan.Id}/progress", new
        {
            concurrencyStamp = plan.ConcurrencyStamp, updates = new[] { new { activityId = visit.Id, progress = "Moved" } },
        })).ShouldHaveFieldCodeAsync("note", KemelSchoolPDErrorCodes.MentoringPlans.NoteRequired);
        plan = await (await mentor.PostJsonAsync($"{Url}/{plan.Id}/progress", new
        {
            concurrencyStamp = plan.ConcurrencyStamp, reason = "Қазан",
            updates = new object[]
            {
                new { activityId = plan.Activities[0].Id, progress = "Done" },
                new { activityId = visit.Id, progress = "Moved", note = "Жас маман ауырып қалды", newDate = "2031-11-12" },
            },
        })).ReadAsync<MentorYearPlanDto>();
        plan.Status.ShouldBe(DevelopmentPlanStatus.InProgress);
        plan.Activities.Single(a => a.Id == visit.Id)
            .ShouldSatisfyAllConditions(a => a.Progress.ShouldBe(MentorActivityProgress.Moved), a => a.Month.ShouldBe(11));
        var versions = await mentor.GetAsync<List<PlanVersionDto>>($"{Url}/{plan.Id}/versions");
        versions.Select(v => v.Kind).ShouldBe([PlanVersionKind.ChangedAfterAgreement, PlanVersionKind.Agreed]);
        var agreed = await mentor.GetAsync<MentorYearPlanVersionDetailDto>($"{Url}/{plan.Id}/versions/{versions[1].Id}");
        agreed.Activities.ShouldAllBe(a => a.Progress == MentorActivityProgress.Planned);
        // The first version: every activity is new.
        agreed.ChangesFromPrevious.Count(c => c.Area == "Activity" && c.Kind == PlanChangeKind.Added).ShouldBe(3);
        var changed = await mentor.GetAsync<MentorYearPlanVersionDetailDto>($"{Url}/{plan.Id}/versions/{versions[0].Id}");
        changed.ChangesFromPrevious.ShouldContain(
            c => c.EntryId == plan.Activities[0].Id && c.Field == "Progress" && c.OldValue == "Planned" && c.NewValue == "Done");
        changed.ChangesFromPrevious
            .ShouldContain(c => c.EntryId == visit.Id && c.Field == "ProgressNote" && c.NewValue == "Жас маман ауырып қалды");
        (await mentor.GetAsync<List<PlanReviewDto>>($"{Url}/{plan.Id}/reviews")).Select(r => r.Decision)
            .ShouldBe([PlanReviewDecision.Agreed, PlanReviewDecision.Returned]);

        // The list: the deputy sees it with view-all, the mentee through "concerns me".
        (await deputy.GetAsync<PagedResultDto<MentorYearPlanListItemDto>>($"{Url}?academicYear=2031")).Items
            .ShouldContain(p => p.Id == plan.Id);
        (await mentee.GetAsync<PagedResultDto<MentorYearPlanListItemDto>>($"{Url}?academicYear=2031")).Items.ShouldHaveSingleItem()
            .DoneCount
            .ShouldBe(1);
    }

    [Fact]
    public async Task Should_Not_Let_Anyone_Agree_Their_Own_Plan()
    {
        // The deputy, who agrees plans, mentors too: her own plan is refused with the module's code.
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var plan = await (await deputy.PostJsonAsync(Url, Body(2033, null))).ReadAsync<MentorYearPlanDto>(HttpStatusCode.Created);
        plan = await (await deputy.PostJsonAsync($"{Url}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<MentorYearPlanDto>();
        plan.Abilities.CanReview.ShouldBeFalse();
        await (await deputy.PostJsonAsync($"{Url}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.MentoringPlans.CannotReviewOwnPlan);
        await (await deputy.PostJsonAsync($"{Url}/{plan.Id}/return", new { concurrencyStamp = plan.ConcurrencyStamp, comment = "Өзім" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.MentoringPlans.CannotReviewOwnPlan);
        // Her own list does not ask her to agree it; the director agrees it.
        (await deputy.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={MentorYearPlanWorkKinds.AwaitingAgreement}"))
            .Items.ShouldNotContain(i => i.RecordId == plan.Id);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        (await (await director.PostJsonAsync($"{Url}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<MentorYearPlanDto>())
            .Status.ShouldBe(DevelopmentPlanStatus.Agreed);
    }

    [Fact]
    public async Task Should_Name_Mentees_Added_And_Removed_Among_The_Changes()
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor1");
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var mentorStaff = await host.PersonAsync(TestData.DemoSchoolBin, "mentor1");
        var teacher01 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher01");
        var teacher03 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher03");
        await host.EnsurePairAsync(mentorStaff.StaffId, teacher03.StaffId);
        var plan = await (await mentor.PostJsonAsync(Url, Body(2038, teacher01.StaffId))).ReadAsync<MentorYearPlanDto>(
            HttpStatusCode.Created);
        plan = await ActAsync(mentor, plan, "submit", new { concurrencyStamp = plan.ConcurrencyStamp });
        plan = await ActAsync(deputy, plan, "return", new { concurrencyStamp = plan.ConcurrencyStamp, comment = "Басқа жас маман" });

        // The mentor swaps teacher01 for teacher03: the deputy reads both, by name.
        var update = new
        {
            concurrencyStamp = plan.ConcurrencyStamp, goal = plan.Goal, menteeStaffMemberIds = new[] { teacher03.StaffId },
            activities = plan.Activities.Select(a => new
            {
                id = a.Id, month = a.Month, topic = a.Topic, form = a.Form.ToString(), plannedDate = a.PlannedDate, expectedResult = a
                    .ExpectedResult,
            }),
        };
        plan = await (await mentor.PutJsonAsync($"{Url}/{plan.Id}", update)).ReadAsync<MentorYearPlanDto>();
        plan = await ActAsync(mentor, plan, "submit", new { concurrencyStamp = plan.ConcurrencyStamp });
        var changes = (await deputy.GetAsync<PlanChangesSinceReviewDto>($"{Url}/{plan.Id}/changes")).Changes;
        changes.Count.ShouldBe(2);
        changes.ShouldContain(c => c.Area == "Mentee" && c.EntryId == teacher01.StaffId && c.Kind == PlanChangeKind.Removed
            && c.OldValue == teacher01.FullName && c.NewValue == null);
        changes.ShouldContain(c => c.Area == "Mentee" && c.EntryId == teacher03.StaffId && c.Kind == PlanChangeKind.Added
            && c.OldValue == null && c.NewValue == teacher03.FullName);

        // The first version names its mentee among what it added.
        plan = await ActAsync(deputy, plan, "agree", new { concurrencyStamp = plan.ConcurrencyStamp });
        var version = (await mentor.GetAsync<List<PlanVersionDto>>($"{Url}/{plan.Id}/versions")).ShouldHaveSingleItem();
        (await mentor.GetAsync<MentorYearPlanVersionDetailDto>($"{Url}/{plan.Id}/versions/{version.Id}")).ChangesFromPrevious
            .Where(c => c.Area == "Mentee").ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                c => c.EntryId.ShouldBe(teacher03.StaffId), c => c.Kind.ShouldBe(PlanChangeKind.Added),
                c => c.NewValue.ShouldBe(teacher03.FullName));
    }

    private static async Task<MentorYearPlanDto> ActAsync(HttpClient client, MentorYearPlanDto plan, string action, object body) =>
        await (await client.PostJsonAsync($"{Url}/{plan.Id}/{action}", body)).ReadAsync<MentorYearPlanDto>();

    [Theory]
    [InlineData("kk", "Тәлімгердің 2034–2035 оқу жылына арналған жұмыс жоспары", "Қыркүйек", "Бірлесіп жоспарлау")]
    [InlineData("ru", "План работы наставника на 2034–2035 учебный год", "Сентябрь", "Совместное планирование")]
    public async Task Should_Produce_The_Plan_As_A_Word_Document(string culture, string title, string month, string form)
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor2");
        var existing = (await mentor.GetAsync<PagedResultDto<MentorYearPlanListItemDto>>($"{Url}?academicYear=2034&mine=true")).Items
            .FirstOrDefault();
        var id = existing?.Id
            ?? (await (await mentor.PostJsonAsync(Url, Body(2034, null))).ReadAsync<MentorYearPlanDto>(HttpStatusCode.Created)).Id;
        var response = await mentor.GetAsync($"{Url}/{id}/document?culture={culture}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Docx.ContentType);
        var docx = await Docx.ReadAsync(response);
        docx.Paragraphs.ShouldContain(title);
        docx.Landscape.ShouldBeTrue();
        var rows = docx.Tables.ShouldHaveSingleItem();
        rows.ShouldContain(r => r[0] == month);
        rows.ShouldContain(r => r.Contains(form) && r.Contains("Сабақ жоспарын бірге құру"));
        await (await mentor.GetAsync($"{Url}/{id}/document?culture=de")).ShouldHaveFieldCodeAsync(
            "culture",
            KemelSchoolPDErrorCodes.MentoringPlans.UnsupportedCulture);
        // Nobody else of the school reads it (not a teacher), the director does.
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher06")).GetAsync($"{Url}/{id}/document?culture=kk")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await (await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director)).GetAsync($"{Url}/{id}/document?culture=ru")).StatusCode
            .ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_Show_The_Demo_Mentors_Agreed_Plan()
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor1");
        var plans = await mentor.GetAsync<PagedResultDto<MentorYearPlanListItemDto>>(
            $"{Url}?mine=true&academicYear={AcademicYears.Current(TimeProvider.System)}");
        var demo = plans.Items.ShouldHaveSingleItem();
        demo.Status.ShouldBeOneOf(DevelopmentPlanStatus.Agreed, DevelopmentPlanStatus.InProgress);
        demo.Mentees.Count.ShouldBe(2);
    }

    private static object Body(int year, Guid? menteeId) => new
    {
        academicYear = year,
        goal = "Жас маманның сабақты жоспарлау дағдыларын дамыту",
        menteeStaffMemberIds = menteeId is { } id ? new[] { id } : Array.Empty<Guid>(),
        activities = new object[]
        {
            new { month = 2, topic = "Ашық сабаққа дайындық", form = "CoTeaching", expectedResult = "Ашық сабақтың жоспары" },
            new { month = 9, topic = "Сабақ жоспарын бірге құру", form = "JointPlanning", plannedDate = $"{year}-09-15", expectedResult = "Жоспар" },
            new { month = 10, topic = "Сабаққа қатысу", form = "LessonVisit", plannedDate = $"{year}-10-14" },
        },
    };

    private static object UpdateBody(MentorYearPlanDto plan) => new
    {
        concurrencyStamp = plan.ConcurrencyStamp,
        goal = plan.Goal,
        menteeStaffMemberIds = plan.Mentees.Select(m => m.StaffMemberId).ToArray(),
        activities = plan.Activities.Select(a => new
        {
            id = a.Id, month = a.Month, topic = a.Topic, form = a.Form
            .ToString(), plannedDate = a.PlannedDate, expectedResult = a.ExpectedResult ?? "Нақтыланды"
        }).ToArray(),
    };
}

public sealed class MentorYearPlan_Sqlite_Tests(SqliteHostFixture host) : MentorYearPlan_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class MentorYearPlan_Postgres_Tests(PostgresHostFixture host) :
    MentorYearPlan_Tests(host),
    IClassFixture<PostgresHostFixture>;

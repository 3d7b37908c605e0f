using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.DevelopmentPlans;

/// <summary>
/// Individual development plans through HTTP: the whole lifecycle, SMART rules, who may do what, versions and review diffs,
/// bulk assignment, the yearly rollover and the Word documents. Every test uses its own academic years (the class shares a database).
/// </summary>
public abstract class DevelopmentPlans_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/development-plans";

    [Fact]
    public async Task Should_Run_The_Whole_Lifecycle_From_Draft_To_Next_Years_Draft()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher06"); // модератор: plans alone
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);

        var plan = await CreateAsync(teacher, 2030);
        plan.Status.ShouldBe(DevelopmentPlanStatus.Draft);
        plan.Content.Items.Count.ShouldBe(32); // Table 18: every form of work of the eight sections
        plan.PeriodStart.ShouldBe(new DateOnly(2030, 9, 1));
        plan = await EditAsync(teacher, plan, SmartContent(plan, 2030));
        plan = await PostAsync(teacher, plan, "submit");
        plan.Status.ShouldBe(DevelopmentPlanStatus.Submitted);

        // Returned with a comment; nothing changed since that review yet.
        plan = await PostAsync(director, plan, "return", new { comment = "Индикаторды нақтылаңыз." });
        plan.Status.ShouldBe(DevelopmentPlanStatus.Returned);
        (await teacher.GetAsync<PlanChangesSinceReviewDto>($"{Url}/{plan.Id}/changes")).Changes.ShouldBeEmpty();

        // The teacher changes one target; the reviewer sees exactly that.
        var content = WithGoal(plan.Content, 0, g => g with { TargetValue = 3 });
        plan = await EditAsync(teacher, plan, content);
        var changes = await director.GetAsync<PlanChangesSinceReviewDto>($"{Url}/{plan.Id}/changes");
        changes.LastReview!.Decision.ShouldBe(PlanReviewDecision.Returned);
        var change = changes.Changes.ShouldHaveSingleItem();
        (change.Area, change.EntryId, change.Field, change.OldValue, change.NewValue).ShouldBe(
            ("Goal", content.Goals[0].Id, "TargetValue", "2", "3"));

        plan = await PostAsync(teacher, plan, "submit");
        plan = await PostAsync(director, plan, "agree", new { comment = "Келісілді." });
        plan.Status.ShouldBe(DevelopmentPlanStatus.Agreed);
        plan.AgreedAt.ShouldNotBeNull();

        // Progress after agreement is a new version with its reason; the wording cannot change any more.
        plan = await PostAsync(teacher, plan, "progress", new
        {
            reason = "Бірінші жартыжылдық",
            entries = new object[]
            {
                new { id = plan.Content.Goals[0].Id, status = "Achieved", actualValue = 3, evidence = new[] {
                    new { kind = "Link", title = "Хаттама", url = "https://kemel.kz/p/1" } } },
                new { id = plan.Content.Goals[1].Id, status = "PartiallyAchieved" },
            },
        });
        plan.Status.ShouldBe(DevelopmentPlanStatus.InProgress);
        plan.Content.Goals[0].Evidence.ShouldHaveSingleItem().Url.ShouldBe("https://kemel.kz/p/1");
        await (await teacher.PutJsonAsync($"{Url}/{plan.Id}", new { content = plan.Content, concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "DevelopmentPlans:NotEditable");
        var versions = await teacher.GetAsync<List<PlanVersionDto>>($"{Url}/{plan.Id}/versions");
        versions.Select(v => v.Kind).ShouldBe([PlanVersionKind.ChangedAfterAgreement, PlanVersionKind.Agreed]);
        versions[0].Reason.ShouldBe("Бірінші жартыжылдық");
        var progress = await teacher.GetAsync<PlanVersionDetailDto>($"{Url}/{plan.Id}/versions/{versions[0].Id}");
        progress.ChangesFromPrevious
            .ShouldContain(c => c.EntryId == plan.Content.Goals[0].Id && c.Field == "Status" && c.NewValue == "Achieved");

        // Reopening needs a reason and keeps the agreed history.
        await (await deputy.PostJsonAsync($"{Url}/{plan.Id}/reopen", new { concurrencyStamp = plan.ConcurrencyStamp, reason = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        plan = await PostAsync(deputy, plan, "reopen", new { reason = "Мектеп басымдығы өзгерді" });
        plan.Status.ShouldBe(DevelopmentPlanStatus.Draft);
        plan.ReopenReason.ShouldBe("Мектеп басымдығы өзгерді");
        (await teacher.GetAsync<List<PlanVersionDto>>($"{Url}/{plan.Id}/versions")).Count.ShouldBe(3);
        content = WithGoal(plan.Content, 1, g => g with { SchoolPriority = "Цифрлық сауаттылық" });
        plan = await EditAsync(teacher, plan, content);
        plan = await PostAsync(teacher, plan, "submit");
        plan = await PostAsync(deputy, plan, "agree");

        // Completing opens next year's draft with the unfinished goal only.
        var completed = await (await teacher.PostJsonAsync(
            $"{Url}/{plan.Id}/complete",
            new { concurrencyStamp = plan.ConcurrencyStamp, selfAssessment = "Бір мақсат орындалды." }))
            .ReadAsync<CompletedDevelopmentPlanDto>();
        completed.Plan.Status.ShouldBe(DevelopmentPlanStatus.Completed);
        var next = await teacher.GetAsync<DevelopmentPlanDto>($"{Url}/{completed.NextPlanId}");
        next.AcademicYear.ShouldBe(2031);
        next.Status.ShouldBe(DevelopmentPlanStatus.Draft);
        next.PreviousPlanId.ShouldBe(plan.Id);
        var carried = next.Content.Goals.ShouldHaveSingleItem();
        carried.Title.ShouldBe(plan.Content.Goals[1].Title);
        carried.CarriedOver.ShouldBeTrue();
        carried.Deadline!.Value.Year.ShouldBe(plan.Content.Goals[1].Deadline!.Value.Year + 1);

        var comments = await teacher.GetAsync<List<PlanCommentDto>>($"{Url}/{plan.Id}/comments");
        comments.Select(c => (c.Role, c.Text)).ShouldContain((PlanCommentRole.Reviewer, "Индикаторды нақтылаңыз."));
        comments.Select(c => c.Text).ShouldContain("Мектеп басымдығы өзгерді");
        (await teacher.GetAsync<List<PlanReviewDto>>($"{Url}/{plan.Id}/reviews")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Should_Refuse_Unsmart_Plans_With_Localized_Codes()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher08", culture: "ru");

        var unknown = await teacher.PostJsonAsync(Url, new { templateId = Guid.NewGuid(), academicYear = 2032 });
        var unknownProblem = await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(unknownProblem, "templateId").ShouldContain("DevelopmentPlans:UnknownTemplate");
        unknownProblem.GetProperty("errors").GetProperty("templateId")[0].GetString().ShouldBe("Такого шаблона плана нет.");

        var plan = await CreateAsync(teacher, 2032);
        var submitEmpty = await teacher.PostJsonAsync($"{Url}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp });
        FieldCodes(await submitEmpty.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed"), "goals").ShouldContain(
            "DevelopmentPlans:EmptyGoals");

        // The day after the plan's year.
        var content = WithGoal(SmartContent(plan, 2032), 0, g => g with { Deadline = new DateOnly(2033, 9, 1) });
        var late = await teacher.PutJsonAsync($"{Url}/{plan.Id}", new { content, concurrencyStamp = plan.ConcurrencyStamp });
        var lateProblem = await late.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(lateProblem, "goals[0].deadline").ShouldContain("DevelopmentPlans:DeadlineOutsidePeriod");
        lateProblem.GetProperty("errors").GetProperty("goals[0].deadline")[0].GetString()!.ShouldContain("01.09.2032 – 31.08.2033");

        content = WithGoal(SmartContent(plan, 2032), 0, g => g with { SchoolPriority = null }); // not relevant to a school priority
        var second = content.Goals[1].Id;
        // Goal 2 has no action.
        content = content with { Items = content.Items.Select(i => i.GoalId == second ? i with { GoalId = null } : i).ToList() };
        plan = await EditAsync(teacher, plan, content);
        var notSmart = await teacher.PostJsonAsync($"{Url}/{plan.Id}/submit", new { concurrencyStamp = plan.ConcurrencyStamp });
        var problem = await notSmart.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(problem, "goals[0]").ShouldContain("DevelopmentPlans:GoalNotSmart");
        FieldCodes(problem, "goals[1]").ShouldContain("DevelopmentPlans:GoalNotSmart");

        // A педагог needs a mentor before submitting.
        var novice = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");
        var novicePlan = await CreateAsync(novice, 2032);
        novicePlan = await EditAsync(novice, novicePlan, SmartContent(novicePlan, 2032));
        var noMentor = await novice.PostJsonAsync($"{Url}/{novicePlan.Id}/submit", new { concurrencyStamp = novicePlan.ConcurrencyStamp });
        FieldCodes(await noMentor.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed"), "mentorStaffMemberId")
            .ShouldContain("DevelopmentPlans:MentorRequired");
    }

    [Fact]
    public async Task Should_Keep_Plans_To_Their_Teacher_Mentor_And_Reviewers()
    {
        var owner = await host.SignInAsync(TestData.DemoSchoolBin, "teacher10");
        var other = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Mentor);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var mentorId = (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?filter=Гүлмира")).Items.Single().Id;

        var plan = await CreateAsync(owner, 2033, mentorId);
        plan.MentorName.ShouldBe("Гүлмира Жақсылыққызы Омарова");

        // Another teacher: as if the plan did not exist.
        await (await other.GetAsync($"{Url}/{plan.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        await (await other.PutJsonAsync($"{Url}/{plan.Id}", new { content = plan.Content, concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        (await other.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>($"{Url}?academicYear=2033")).Items
            .ShouldNotContain(p => p.Id == plan.Id);

        // The mentor reads and comments, but the plan is the teacher's to write.
        (await mentor.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>($"{Url}?academicYear=2033")).Items
            .ShouldContain(p => p.Id == plan.Id);
        var comment = await (await mentor.PostJsonAsync($"{Url}/{plan.Id}/comments", new { text = "Мақсатты нақтылайық." }))
            .ReadAsync<PlanCommentDto>(HttpStatusCode.Created);
        comment.Role.ShouldBe(PlanCommentRole.Mentor);
        await (await mentor.PutJsonAsync($"{Url}/{plan.Id}", new { content = plan.Content, concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");

        // A teacher cannot agree; a stale stamp is a conflict; a submitted plan is not edited.
        plan = await EditAsync(owner, plan, SmartContent(plan, 2033));
        var stale = plan.ConcurrencyStamp;
        plan = await EditAsync(owner, plan, plan.Content);
        await (await owner.PutJsonAsync($"{Url}/{plan.Id}", new { content = plan.Content, concurrencyStamp = stale }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        plan = await PostAsync(owner, plan, "submit");
        await (await owner.PostJsonAsync($"{Url}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
        await (await owner.PutJsonAsync($"{Url}/{plan.Id}", new { content = plan.Content, concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "DevelopmentPlans:NotEditable");
        await (await director.PostJsonAsync($"{Url}/{plan.Id}/agree", new { concurrencyStamp = stale }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        await (await owner.PostJsonAsync(Url, new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = 2033 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "DevelopmentPlans:AlreadyExists");
        await (await owner.PostJsonAsync(
            Url,
            new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = 2034, teacherStaffMemberId = mentorId }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");

        // The director sees every plan, in kk as well.
        var kk = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "kk");
        var read = await kk.GetAsync<DevelopmentPlanDto>($"{Url}/{plan.Id}");
        read.Template.Name.ShouldBe("Педагогтің оқу жылына арналған жеке білім беру маршруты");
        read.Abilities.CanReview.ShouldBeTrue();
        read.Abilities.CanEdit.ShouldBeFalse();
        var notFound = await kk.GetAsync($"{Url}/{Guid.NewGuid()}");
        (await notFound.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound")).GetProperty("title").GetString()
            .ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_Assign_A_Template_In_Bulk_Once_Per_Teacher_And_Year()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var staff = (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?maxResultCount=100")).Items;
        var association = (await director.GetAsync<PagedResultDto<MethodologicalAssociationListItemDto>>(
            "/api/app/methodological-associations")).Items
            .First(a => a.MemberCount > 1);

        var masters = await AssignAsync(
            director,
            new { templateId = BuiltInPlanTemplates.Table17Id, academicYear = 2040, scope = "Category", category = "Master" });
        masters.ShouldBe(new PlanAssignmentResultDto(staff.Count(s => s.Category == QualificationCategory.Master), 0));
        (await AssignAsync(
            director,
            new { templateId = BuiltInPlanTemplates.Table17Id, academicYear = 2040, scope = "Category", category = "Master" }))
            .ShouldBe(new PlanAssignmentResultDto(0, masters.Created));

        var members = staff.Count(s => s.MethodologicalAssociationId == association.Id);
        (await AssignAsync(director, new
        {
            templateId = BuiltInPlanTemplates
            .Table18Id, academicYear = 2041, scope = "MethodologicalAssociation", methodologicalAssociationId = association.Id
        }))
            .ShouldBe(new PlanAssignmentResultDto(members, 0));

        // Everyone, twice at the same time: each teacher gets exactly one plan.
        var all = new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = 2041, scope = "All" };
        var results = await Task.WhenAll(AssignAsync(director, all), AssignAsync(director, all));
        results.Sum(r => r.Created).ShouldBe(staff.Count - members);
        var plans = await director.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>($"{Url}?academicYear=2041&maxResultCount=100");
        plans.TotalCount.ShouldBe(staff.Count);
        plans.Items.Select(p => p.TeacherStaffMemberId).ShouldBeUnique();
        plans.Items.ShouldAllBe(p => p.Status == DevelopmentPlanStatus.Draft);
        (await director.GetAsync<DevelopmentPlanDto>($"{Url}/{plans.Items[0].Id}")).Content.Items.Count.ShouldBe(32); // Table 18's rows, shown on read

        // A bulk-created plan is a real plan: its teacher edits it.
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var own = (await teacher.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>($"{Url}?academicYear=2040")).Items
            .ShouldHaveSingleItem();
        var plan = await teacher.GetAsync<DevelopmentPlanDto>($"{Url}/{own.Id}");
        plan.Template.LayoutKind.ShouldBe(PlanLayoutKind.Quadrants);
        (await EditAsync(teacher, plan, SmartContent(plan, 2040))).Content.Goals.Count.ShouldBe(2);

        var audit = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityType={PlanAssignmentAppService.AuditEntityType}&maxResultCount=100");
        audit.Items.Count.ShouldBe(5);
        audit.Items.ShouldContain(a => a.Changes.Any(c => c.Property == "Created" && c.NewValue == masters.Created.ToString()));

        await (await director.PostJsonAsync(
            $"{Url}/assignments",
            new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = 2042, scope = "Category" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
    }

    [Theory]
    [InlineData("ru", 1, "1 год")]
    [InlineData("ru", 3, "3 года")]
    [InlineData("ru", 11, "11 лет")]
    [InlineData("ru", 21, "21 год")]
    [InlineData("kk", 3, "3 жыл")]
    [InlineData("en", 1, "1 year")]
    [InlineData("en", 5, "5 years")]
    public void Should_Name_The_Years_Of_Experience_With_The_Languages_Plural(string culture, int years, string expected) =>
        new KemelSchoolPD.Documents.DocumentHeader(culture, "", "", "").Format("DevelopmentPlans:Document.ExperienceYears", years)
            .ShouldBe(expected);

    [Fact]
    public async Task Should_Roll_Last_Years_Plans_Over_Once()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var year = AcademicYears.Current(TimeProvider.System);
        var last = await CreateAsync(teacher, year - 1);
        last = await EditAsync(teacher, last, SmartContent(last, year - 1));
        var schoolId = (await director.GetJsonAsync("/api/app/configuration")).GetProperty("currentTenant").GetProperty("id").GetGuid();

        var first = await RolloverAsync(schoolId);
        var second = await RolloverAsync(schoolId);

        first.ShouldBeGreaterThanOrEqualTo(1);
        second.ShouldBe(0);
        var mine = (await teacher.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>($"{Url}?academicYear={year}")).Items
            .ShouldHaveSingleItem();
        var next = await teacher.GetAsync<DevelopmentPlanDto>($"{Url}/{mine.Id}");
        next.PreviousPlanId.ShouldBe(last.Id);
        next.Content.Goals.Count.ShouldBe(2);
        next.Content.Goals.ShouldAllBe(g => g.CarriedOver);
    }

    [Theory]
    [InlineData("kk", "МЕН НЕ ҚАЛАЙМЫН? (Мақсаттар)", "МЕН БҰҒАН ЖЕТКЕНІМДІ ҚАЛАЙ БІЛЕМІН? (Индикаторлар)", "Мақсат", "Тәлімгер")]
    [InlineData("ru", "ЧЕГО Я ХОЧУ? (Цели)", "КАК Я УЗНАЮ, ЧТО ДОСТИГ ЭТОГО? (Индикаторы)", "Цель", "Наставник")]
    public async Task Should_Print_A_Table17_Plan_With_Quadrants_Goals_And_Marks(
        string culture,
        string goalsQuadrant,
        string indicatorsQuadrant,
        string goalColumn,
        string mentorLabel)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var plan = await AgreedTable17PlanAsync(culture == "kk" ? 2034 : 2035);

        var docx = await Docx.ReadAsync(await director.GetAsync($"{Url}/{plan.Id}/document?culture={culture}"));

        docx.Landscape.ShouldBeTrue();
        ShouldFitThePage(docx, landscape: true, dateColumns: [(2, 6)]);
        docx.Paragraphs.ShouldContain("Kemel Demo School");
        docx.Paragraphs.ShouldContain(p => p.StartsWith(mentorLabel + ":"));
        docx.Tables.Count.ShouldBe(4);
        docx.Tables[0].ShouldContain(r => r[1] == plan.TeacherName);
        docx.Tables[0].ShouldContain(r => r[1] == "01.09.2034 – 31.08.2035" || r[1] == "01.09.2035 – 31.08.2036");
        var quadrants = docx.Tables[1];
        quadrants[0].ShouldBe(
            [goalsQuadrant, culture == "kk"
                ? "МЕН БҰҒАН ҚАЛАЙ ҚОЛ ЖЕТКІЗЕ АЛАМЫН? (Іс-әрекеттер)"
                : "КАК Я МОГУ ЭТОГО ДОСТИЧЬ? (Действия)"]);
        quadrants[1][0].ShouldBe("1. Lesson Study циклін өткізу\n2. Тәжірибені жариялау");
        quadrants[2][1].ShouldBe(indicatorsQuadrant);
        quadrants[3][1].ShouldContain("6 мақала/жыл");
        var goals = docx.Tables[2];
        goals[0].Count.ShouldBe(8);
        goals[0][1].ShouldBe(goalColumn);
        goals.Count.ShouldBe(3);
        goals[1][7].ShouldBe("+");
        goals[2][7].ShouldBe("±");
        docx.Tables[3].ShouldContain(
            r => r.Count == 6 && r[1] == "Ғылыми-әдістемелік басылымдарда мақала жариялау" && r[2] == "6 мақала/жыл" && r[5] == "−");
        // The strengths, growth zones and priorities stored on the plan are printed in its header.
        string[] headings = culture == "kk"
            ? ["Күшті жақтары", "Өсу аймақтары (дамытуды қажет ететін тұстары)", "Басым бағыттары"]
            : ["Сильные стороны", "Зоны роста (дефициты)", "Приоритетные направления"];
        docx.Tables[0].ShouldContain(r => r[0] == headings[0] && r[1] == "Сабақты зерттеу тәжірибесі");
        docx.Tables[0].ShouldContain(r => r[0] == headings[1] && r[1] == "Зерттеу нәтижелерін жариялау");
        docx.Tables[0].ShouldContain(r => r[0] == headings[2] && r[1] == "Мектептің әдістемелік тақырыбы");
    }

    [Theory]
    [InlineData("kk", "Жұмыс нысандары мен түрлері", "Күтілетін нәтиже", "Қызмет өнімі", "Әдістемелік қызмет", "Ашық сабақтар")]
    [InlineData("ru", "Формы и виды работы", "Ожидаемый результат", "Продукт деятельности", "Методическая деятельность", "Открытые уроки")]
    public async Task Should_Print_A_Table18_Plan_With_Its_Eight_Sections(
        string culture,
        string forms,
        string expected,
        string product,
        string firstSection,
        string firstRow)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var demo = (await director.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>($"{Url}?status=InProgress&maxResultCount=100"))
            .Items
            .First(p => p.TeacherName == "Айдана Талғатқызы Мұқанова");
        var plan = await director.GetAsync<DevelopmentPlanDto>($"{Url}/{demo.Id}");

        var docx = await Docx.ReadAsync(await director.GetAsync($"{Url}/{plan.Id}/document?culture={culture}"));

        docx.Landscape.ShouldBeFalse();
        ShouldFitThePage(docx, landscape: false, dateColumns: [(1, 5)]);
        docx.Paragraphs.ShouldContain(p => p.Contains(plan.TeacherName));
        // «ЕҢБЕК ӨТІЛІ» is the whole work experience (15 years for this teacher; 14 of them teaching), with its unit.
        var staff = (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?filter=Айдана")).Items.Single();
        (staff.TotalExperienceYears, staff.TeachingExperienceYears).ShouldBe((15, 14));
        docx.Paragraphs.ShouldContain(culture == "kk" ? "ЕҢБЕК ӨТІЛІ: 15 жыл" : "СТАЖ РАБОТЫ: 15 лет");
        string[] headings = culture == "kk"
            ? ["КҮШТІ ЖАҚТАРЫ: ", "ӨСУ АЙМАҚТАРЫ (ДАМЫТУДЫ ҚАЖЕТ ЕТЕТІН ТҰСТАРЫ): ", "БАСЫМ БАҒЫТТАРЫ: "]
            : ["СИЛЬНЫЕ СТОРОНЫ: ", "ЗОНЫ РОСТА (ДЕФИЦИТЫ): ", "ПРИОРИТЕТНЫЕ НАПРАВЛЕНИЯ: "];
        docx.Paragraphs.ShouldContain(headings[0] + plan.Content.Strengths);
        docx.Paragraphs.ShouldContain(headings[1] + plan.Content.Gaps);
        docx.Paragraphs.ShouldContain(headings[2] + plan.Content.PriorityDirections);
        docx.Paragraphs.ShouldContain(p => p.Contains(plan.Content.Topic!));
        var route = docx.Tables[0];
        route[0].ShouldBe([forms, expected, product, culture == "kk" ? "Белгі" : "Отметка"]);
        route.Count.ShouldBe(1 + 8 + 32);
        route[1].ShouldHaveSingleItem().ShouldBe(firstSection);
        route[2][0].ShouldBe(firstRow);
        route.ShouldContain(r => r[0] == (culture == "kk" ? "Сабақты зерттеу (Lesson Study)" : "Исследование урока (Lesson Study)")
            && r[2] == "Сабақ жоспарлары, талдау хаттамасы");
        docx.Tables[1].Count.ShouldBe(1 + plan.Content.Goals.Count);
        await (await director.GetAsync($"{Url}/{plan.Id}/document?culture=de")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");
    }

    [Fact]
    public async Task Should_Keep_School_Templates_And_Protect_Those_In_Use()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var templates = (await teacher.GetAsync<PagedResultDto<PlanTemplateDto>>($"{Url}/templates")).Items;
        templates.Where(t => t.IsBuiltIn).Select(t => t.LayoutKind).ShouldBe([PlanLayoutKind.Quadrants, PlanLayoutKind.Sections]);

        var own = await (await director.PostJsonAsync($"{Url}/templates", ApiClients.NewPlanTemplate("Біздің маршрут")))
            .ReadAsync<PlanTemplateDto>(HttpStatusCode.Created);
        own.Sections.Count.ShouldBe(2);
        var plan = await (await teacher.PostJsonAsync(Url, new { templateId = own.Id, academicYear = 2036 })).ReadAsync<DevelopmentPlanDto>(
            HttpStatusCode.Created);
        plan.Content.Items.ShouldHaveSingleItem().RowKey.ShouldBe("Open");

        await (await director.DeleteAsync($"{Url}/templates/{own.Id}")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "DevelopmentPlans:TemplateInUse");
        await (await director.DeleteAsync($"{Url}/templates/{BuiltInPlanTemplates.Table17Id}")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "DevelopmentPlans:BuiltInTemplateReadOnly");
        await (await director.PostJsonAsync($"{Url}/templates", ApiClients.NewPlanTemplate("Біздің маршрут")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
    }

    [Fact]
    public async Task Should_Page_The_Templates_Built_In_First_Then_The_Schools_Own_By_Name()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();
        var director = await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
        foreach (var name in new[] { "Үлгі 3", "Үлгі 1", "Үлгі 2" })
            await (await director.PostJsonAsync($"{Url}/templates", ApiClients.NewPlanTemplate(name)))
                .ReadAsync<PlanTemplateDto>(HttpStatusCode.Created);

        // "total: names on the page" (a built-in template by its layout)
        async Task<string> PageAsync(string query)
        {
            var page = await director.GetAsync<PagedResultDto<PlanTemplateDto>>($"{Url}/templates?{query}");
            return $"{page.TotalCount}: {string.Join(", ", page.Items.Select(t => t.IsBuiltIn ? t.LayoutKind.ToString() : t.Name))}";
        }

        (await PageAsync("maxResultCount=2")).ShouldBe("5: Quadrants, Sections");
        (await PageAsync("skipCount=1&maxResultCount=2")).ShouldBe("5: Sections, Үлгі 1"); // a page across both kinds
        (await PageAsync("skipCount=2&maxResultCount=2")).ShouldBe("5: Үлгі 1, Үлгі 2");
        (await PageAsync("skipCount=4&maxResultCount=2")).ShouldBe("5: Үлгі 3");
        (await PageAsync("skipCount=5")).ShouldBe("5: ");
        (await PageAsync("builtIn=false&skipCount=2&maxResultCount=2")).ShouldBe("3: Үлгі 3");
        (await PageAsync("builtIn=true")).ShouldBe("2: Quadrants, Sections");
        await (await director.GetAsync($"{Url}/templates?maxResultCount={PagedInput.MaxPageSize + 1}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");

        // Another school's list is its own: the demo school's director sees none of these.
        var demo = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        (await demo.GetAsync<PagedResultDto<PlanTemplateDto>>($"{Url}/templates?builtIn=false&maxResultCount=100")).Items
            .ShouldNotContain(t => t.Name.StartsWith("Үлгі "));
    }

    [Fact]
    public async Task Should_Report_A_Template_Sections_Mistake_Under_That_Sections_Field()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "ru");
        static object Section(string key, string titleKk, string titleRu = "Раздел", bool holdsGoals = false,
            object[]? rows = null) => new { key, titleKk, titleRu, holdsGoals, rows = rows ?? [] };
        static object Row(string titleKk, string titleRu) => new { titleKk, titleRu, activity = "Other" };
        async Task<JsonElement> ErrorsAsync(params object[] sections)
        {
            var body = new { name = "Бөлімдері қате " + Guid.NewGuid().ToString("N")[..6], layoutKind = "Sections", sections };
            var response = await director.PostJsonAsync($"{Url}/templates", body);
            return (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed")).GetProperty("errors");
        }

        // Section 3's Kazakh title is blank: the message stands under sections[2].titleKk, not under the whole list.
        var errors = await ErrorsAsync(Section("a", "Бірінші"), Section("b", "Екінші"), Section("c", "   "));
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["sections[2].titleKk"]);
        errors.GetProperty("sections[2].titleKk")[0].GetString().ShouldBe("Обязательное поле.");

        var rows = new[] { Row("Ашық сабақ", "Открытый урок"), Row("Жоба", " ") };
        (await ErrorsAsync(Section("a", "Бірінші", rows: rows)))
            .EnumerateObject().Select(e => e.Name).ShouldBe(["sections[0].rows[1].titleRu"]);
        (await ErrorsAsync(Section("a", "Бірінші", holdsGoals: true), Section("b", "Екінші", holdsGoals: true)))
            .EnumerateObject().Select(e => e.Name).ShouldBe(["sections[1].holdsGoals"]);
        (await ErrorsAsync(Section("a", "Бірінші"), Section("a", "Екінші")))
            .EnumerateObject().Select(e => e.Name).ShouldBe(["sections[1].key"]);
    }

    [Fact]
    public async Task Should_Not_Let_A_Reviewer_Agree_Or_Return_Her_Own_Plan()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var plan = await CreateAsync(deputy, 2051);
        plan = await PostAsync(deputy, await EditAsync(deputy, plan, SmartContent(plan, 2051)), "submit");

        await (await deputy.PostJsonAsync($"{Url}/{plan.Id}/agree", new { concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.DevelopmentPlans.CannotReviewOwnPlan);
        await (await deputy.PostJsonAsync($"{Url}/{plan.Id}/return", new { comment = "Өзіме", concurrencyStamp = plan.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.DevelopmentPlans.CannotReviewOwnPlan);
        (await PostAsync(director, plan, "agree")).Status.ShouldBe(DevelopmentPlanStatus.Agreed);
    }

    [Fact]
    public async Task Should_Link_A_Plan_Only_To_Its_Teachers_Own_Growth_Cycle()
    {
        var year = AcademicYears.Current(TimeProvider.System);
        var expert = await host.SignInAsync(TestData.DemoSchoolBin, "teacher07");
        var othersCycle = (await expert.GetAsync<PagedResultDto<KemelSchoolPD.GrowthCycles.GrowthCycleListItemDto>>(
            $"/api/app/growth-cycles?academicYear={year}"))
            .Items.ShouldHaveSingleItem().Id;
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var plan = await CreateAsync(teacher, 2052);

        var linked = await teacher.PutJsonAsync(
            $"{Url}/{plan.Id}",
            new { content = plan.Content, growthCycleId = othersCycle, concurrencyStamp = plan.ConcurrencyStamp });
        var created = await teacher.PostJsonAsync(
            Url,
            new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = 2053, growthCycleId = othersCycle });

        (await linked.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed")).GetRawText()
            .ShouldContain(KemelSchoolPDErrorCodes.DevelopmentPlans.GrowthCycleNotTeachers);
        (await created.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed")).GetRawText()
            .ShouldContain(KemelSchoolPDErrorCodes.DevelopmentPlans.GrowthCycleNotTeachers);
        (await teacher.GetAsync<DevelopmentPlanDto>($"{Url}/{plan.Id}")).GrowthCycle.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Build_The_Plan_From_The_Teachers_Growth_Cycle_When_There_Is_One()
    {
        var cycleId = Guid.NewGuid();
        await using var withCycles = host.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddScoped<IGrowthZoneSource>(_ => new OneCycleGrowthZones(cycleId))));
        var teacher = withCycles.CreateCookieClient();
        (await teacher.PostAsJsonAsync(
            "/api/account/login",
            new { school = TestData.DemoSchoolBin, userName = "teacher11", password = TestData.Password }))
            .EnsureSuccessStatusCode();

        var plan = await CreateAsync(teacher, 2037);

        plan.GrowthCycleId.ShouldBe(cycleId);
        plan.GrowthCycle!.GrowthZones.ShouldBe(["Қалыптастырушы бағалау"]);
        plan.GrowthCycle.CompetenceSelfAssessment.ShouldHaveSingleItem().Score.ShouldBe(2);
        // Without the growth-cycle module (this module's default source) the plan simply has no cycle.
        var plain = await CreateAsync(await host.SignInAsync(TestData.DemoSchoolBin, "teacher11"), 2038);
        plain.GrowthCycleId.ShouldBeNull();
        plain.GrowthCycle.ShouldBeNull();
    }

    private sealed class OneCycleGrowthZones(Guid cycleId) : IGrowthZoneSource
    {
        public Task<Guid?> FindCycleAsync(Guid teacherStaffMemberId, int academicYear, CancellationToken ct = default)
            => Task.FromResult<Guid?>(cycleId);

        public Task<bool> IsTeachersCycleAsync(Guid growthCycleId, Guid teacherStaffMemberId, CancellationToken ct = default) =>
            Task.FromResult(growthCycleId == cycleId);

        public Task<GrowthCycleSummaryDto?> GetSummaryAsync(Guid growthCycleId, CancellationToken ct = default) =>
            Task.FromResult<GrowthCycleSummaryDto?>(growthCycleId == cycleId
                ? new GrowthCycleSummaryDto(cycleId, ["Қалыптастырушы бағалау"], [new CompetenceSelfAssessmentDto("Бағалау", 2, 4)])
                : null);
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────────

    private async Task<int> RolloverAsync(Guid schoolId)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
        return await scope.ServiceProvider.GetRequiredService<RolloverDevelopmentPlansJob>().RolloverAsync(CancellationToken.None);
    }

    private async Task<DevelopmentPlanDto> AgreedTable17PlanAsync(int year)
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher09");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var mentorId = (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?filter=Алма")).Items.Single().Id;
        var plan = await (await teacher.PostJsonAsync(
            Url,
            new { templateId = BuiltInPlanTemplates.Table17Id, academicYear = year, mentorStaffMemberId = mentorId }))
            .ReadAsync<DevelopmentPlanDto>(HttpStatusCode.Created);
        var content = new PlanContent
        {
            Topic = "Педагог кадрлардың кәсіби дамуындағы инновациялық менеджмент",
            Strengths = "Сабақты зерттеу тәжірибесі",
            Gaps = "Зерттеу нәтижелерін жариялау",
            PriorityDirections = "Мектептің әдістемелік тақырыбы",
            Goals = [Goal("Lesson Study циклін өткізу", year), Goal("Тәжірибені жариялау", year)],
        };
        content = content with
        {
            Items =
            [
                new PlanItem { SectionKey = "Actions", Text = "Тьюторлық сүйемелдеуді енгізу", GoalId = content.Goals[0].Id },
                new PlanItem {
                    SectionKey = "SelfHelp",
                    Text = "Жылына 4 кітап оқу",
                    GoalId = content.Goals[1].Id,
                    TargetValue = 4,
                    Unit = "кітап" },
                new PlanItem {
                    SectionKey = "Indicators",
                    Text = "Ғылыми-әдістемелік басылымдарда мақала жариялау",
                    TargetValue = 6,
                    Unit = "мақала/жыл" },
            ],
        };
        plan = await EditAsync(teacher, plan, content, mentorId);
        plan = await PostAsync(teacher, plan, "submit");
        plan = await PostAsync(director, plan, "agree");
        return await PostAsync(teacher, plan, "progress", new
        {
            entries = new object[]
            {
                new { id = plan.Content.Goals[0].Id, status = "Achieved" },
                new { id = plan.Content.Goals[1].Id, status = "PartiallyAchieved" },
                new { id = plan.Content.Items[2].Id, status = "NotAchieved", actualValue = 2 },
            },
        });
    }

    private static async Task<DevelopmentPlanDto> CreateAsync(HttpClient client, int year, Guid? mentorId = null) =>
        await (await client.PostJsonAsync(
            Url,
            new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = year, mentorStaffMemberId = mentorId }))
            .ReadAsync<DevelopmentPlanDto>(HttpStatusCode.Created);

    private static async Task<DevelopmentPlanDto> EditAsync(
        HttpClient client,
        DevelopmentPlanDto plan,
        PlanContent content,
        Guid? mentorId = null) =>
        await (await client.PutJsonAsync(
            $"{Url}/{plan.Id}",
            new { content, mentorStaffMemberId = mentorId ?? plan.MentorStaffMemberId, concurrencyStamp = plan.ConcurrencyStamp }))
            .ReadAsync<DevelopmentPlanDto>();

    private static async Task<DevelopmentPlanDto> PostAsync(HttpClient client, DevelopmentPlanDto plan, string action, object? body = null)
    {
        var payload = JsonSerializer.SerializeToNode(body ?? new { }, HttpAssertions.Json)!.AsObject();
        payload["concurrencyStamp"] = plan.ConcurrencyStamp;
        return await (await client.PostJsonAsync($"{Url}/{plan.Id}/{action}", payload)).ReadAsync<DevelopmentPlanDto>();
    }

    private static async Task<PlanAssignmentResultDto> AssignAsync(HttpClient client, object body) =>
        await (await client.PostJsonAsync($"{Url}/assignments", body)).ReadAsync<PlanAssignmentResultDto>();

    /// <summary>Two SMART goals, each with one Table 18 row planned for it.</summary>
    private static PlanContent SmartContent(DevelopmentPlanDto plan, int year)
    {
        PlanGoal[] goals = [Goal("Lesson Study циклін өткізу", year), Goal("Тәжірибені жариялау", year)];
        var items = plan.Content.Items.ToList();
        var rows = items.Select((item, index) => (item, index)).Where(x => x.item.SectionKey is "Research" or "Dissemination" or "Actions")
            .Select(x => x.index).Take(2).ToList();
        if (rows.Count < 2)
        {
            var section = plan.Template.Sections.First(s => !s.HoldsGoals).Key;
            items.Add(new PlanItem { SectionKey = section, Text = "Іс-әрекет 1" });
            items.Add(new PlanItem { SectionKey = section, Text = "Іс-әрекет 2" });
            rows = [items.Count - 2, items.Count - 1];
        }
        items[rows[0]] = items[rows[0]] with { GoalId = goals[0].Id, ExpectedResult = "Сабақ сапасының артуы" };
        items[rows[1]] = items[rows[1]] with { GoalId = goals[1].Id };
        return plan.Content with { Topic = "Функционалдық сауаттылықты дамыту", Goals = goals, Items = items };
    }

    /// <summary>The contents with one goal changed (plan contents are immutable).</summary>
    private static PlanContent WithGoal(PlanContent content, int index, Func<PlanGoal, PlanGoal> change) =>
        content with { Goals = content.Goals.Select((g, i) => i == index ? change(g) : g).ToList() };

    private static PlanGoal Goal(string title, int year) => new()
    {
        Id = Guid.NewGuid(), Title = title, Indicator = "Өткізілген циклдер саны", TargetValue = 2, Unit = "жылына",
        SchoolPriority = "Функционалдық сауаттылық", Deadline = new DateOnly(year + 1, 5, 25),
    };

    private static IEnumerable<string?> FieldCodes(JsonElement problem, string field) =>
        problem.GetProperty("fieldCodes").GetProperty(field).EnumerateArray().Select(c => c.GetString());

    /// <summary>
    /// Every table spans the page's text width (A4, margins 1,418 and 850 twips; a twip per column lost to rounding), no column
    /// header breaks mid-word, and a date column holds "dd.MM.yyyy" on one line even in LibreOffice's wider fallback serif
    /// (8 digits and 2 points at 11 pt, about 0.64 em a digit, plus the cell's padding: 1,520 twips).
    /// </summary>
    private static void ShouldFitThePage(Docx docx, bool landscape, (int Table, int Column)[] dateColumns)
    {
        var textWidth = (landscape ? 16838 : 11906) - 1418 - 850;
        foreach (var widths in docx.ColumnWidths) widths.Sum().ShouldBeInRange(textWidth - widths.Count, textWidth);
        docx.HeaderWordsTooWide.ShouldBeEmpty();
        foreach (var (table, column) in dateColumns) docx.ColumnWidths[table][column].ShouldBeGreaterThanOrEqualTo(1520);
    }
}

public sealed class DevelopmentPlans_Sqlite_Tests(SqliteHostFixture host) : DevelopmentPlans_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class DevelopmentPlans_Postgres_Tests(PostgresHostFixture host) :
    DevelopmentPlans_Tests(host),
    IClassFixture<PostgresHostFixture>;

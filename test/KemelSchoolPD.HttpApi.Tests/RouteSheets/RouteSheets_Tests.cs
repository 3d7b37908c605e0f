using System.Net;
using System.Text.Json;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.RouteSheets;

/// <summary>
/// Route sheets «ДЗЕН-НАВИГАТОР» through HTTP: the seed's level templates, sheets made from them, self and reviewer marks per
/// period, weekly self-evaluations, who may do what, bulk assignment, school template copies and the Word document. Each test
/// uses its own academic years (the class shares one database).
/// </summary>
public abstract class RouteSheets_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/route-sheets";

    [Fact]
    public async Task Should_Offer_The_Seed_Templates_Of_Every_Level_With_The_Shared_First_Rows()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher02");

        var templates = (await teacher.GetAsync<List<RouteSheetTemplateDto>>($"{Url}/templates")).Where(t => t.IsBuiltIn).ToList();

        templates.Select(t => (t.Category, t.Rows.Count)).ShouldBe(
        [
            (QualificationCategory.Pedagogue, 8), (QualificationCategory.Moderator, 7), (QualificationCategory.Expert, 10),
            (QualificationCategory.Researcher, 12), (QualificationCategory.Master, 11),
        ]);
        foreach (var template in templates)
        {
            template.Rows.Select(r => r.Order).ShouldBe(Enumerable.Range(1, template.Rows.Count));
            template.Rows[0].DirectionKk.ShouldBe("Мұғалімнің кәсіби жеке даму тақырыбы");
            template.Rows[0].ActionsKk.ShouldBe("Апта сайын сабақтан кейін өз жұмысының тиімділігін бағалау");
            template.Rows[0].ActionsRu.ShouldBe("Еженедельно после уроков оценивать эффективность своей работы");
            template.Rows[1].DirectionKk.ShouldBe("Пәндік курстық дайындық");
            template.Rows[1].ContentRu.ShouldBe("Основное содержание предмета, последние научные достижения, учебные программы");
        }
        var pedagogue = templates[0];
        pedagogue.TitleKk.ShouldBe("«Педагог» деңгейі");
        pedagogue.StageKk.ShouldBe("Бастапқы кезең – «Өсу нүктесі»");
        pedagogue.Rows[3].ActionsKk.ShouldBe("ҚМЖ, КТЖ құрастыру, мақсаттарды нақтылау");
        templates[2].Rows[9].DirectionKk.ShouldBe("Әлеуметтік және білім беру жобалары");
        templates[4].Rows[7].ContentKk.ShouldBe("Педагог → модератор → сарапшы → зерттеуші жолын сүйемелдеу");

        var activities = await teacher.GetAsync<List<RecommendedActivityDto>>($"{Url}/recommended-activities");
        activities.Count.ShouldBe(47);
        activities.GroupBy(a => a.Category).Select(g => g.Count()).ShouldBe([9, 7, 8, 12, 11]);
        var ru = await host.SignInAsync(TestData.DemoSchoolBin, "teacher06", culture: "ru");
        var moderator = await ru.GetAsync<List<RecommendedActivityDto>>($"{Url}/recommended-activities?category=Moderator");
        moderator.Count.ShouldBe(7);
        moderator[4].TitleKk.ShouldBe("«Lesson Study» зерттеу сабағы");
        moderator[4].Title.ShouldBe("Исследовательский урок «Lesson Study»");
    }

    [Fact]
    public async Task Should_Keep_Self_And_Reviewer_Marks_Per_Period_With_Who_May_Do_What()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher02"); // педагог
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor1");
        var otherMentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor2");
        var otherTeacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");

        var sheet = await (await teacher.PostJsonAsync(Url, new { academicYear = 2031 })).ReadAsync<RouteSheetDto>(HttpStatusCode.Created);
        sheet.Category.ShouldBe(QualificationCategory.Pedagogue);
        sheet.TemplateId.ShouldBe(BuiltInRouteSheetTemplates.Pedagogue.Id);
        sheet.Rows.Count.ShouldBe(8);
        sheet.PeriodCount.ShouldBe(4);
        sheet.Abilities.CanSelfAssess.ShouldBeTrue();
        (await teacher.PostJsonAsync(Url, new { academicYear = 2031 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        sheet = await MarkAsync(
            teacher,
            sheet,
            "self-assessment",
            1,
            new { rowOrder = 1, mark = "Achieved", comment = "Әр жұма рефлексия" },
            new { rowOrder = 3, mark = "Partial" });
        sheet.Rows[0].Assessments.ShouldHaveSingleItem().SelfMark.ShouldBe(RouteSheetMark.Achieved);

        // The reviewer is chosen by the administration; until then a mentor does not even see the sheet.
        (await mentor.GetAsync($"{Url}/{sheet.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var mentorId = await StaffIdAsync("mentor1");
        sheet = await (await director.PutJsonAsync(
            $"{Url}/{sheet.Id}",
            new { reviewerStaffMemberId = mentorId, periodKind = "Quarters", concurrencyStamp = sheet.ConcurrencyStamp }))
            .ReadAsync<RouteSheetDto>();
        sheet.ReviewerName.ShouldBe("Гүлмира Жақсылыққызы Омарова");

        var reviewed = await (await mentor.PostJsonAsync($"{Url}/{sheet.Id}/review", new
        {
            period = 1, concurrencyStamp = sheet.ConcurrencyStamp,
            marks = new object[] {
                new { rowOrder = 1, mark = "Achieved", comment = "Жүйелі" },
                new { rowOrder = 3, mark = "NotAchieved", comment = "Курсқа жазылыңыз" } },
        })).ReadAsync<RouteSheetDto>();
        var row1 = reviewed.Rows[0].Assessments.ShouldHaveSingleItem();
        (row1.SelfMark, row1.SelfComment, row1.ReviewerMark, row1.ReviewerComment).ShouldBe(
            (RouteSheetMark.Achieved, "Әр жұма рефлексия", RouteSheetMark.Achieved, "Жүйелі"));
        row1.ReviewerMarkedByName.ShouldBe("Гүлмира Жақсылыққызы Омарова");
        row1.ReviewerMarkedAt.ShouldNotBeNull();
        var row3 = reviewed.Rows[2].Assessments.ShouldHaveSingleItem();
        (row3.SelfMark, row3.ReviewerMark).ShouldBe((RouteSheetMark.Partial, RouteSheetMark.NotAchieved));
        (await mentor.GetAsync<PagedResultDto<RouteSheetListItemDto>>($"{Url}?academicYear=2031")).Items
            .ShouldContain(i => i.Id == sheet.Id && i.ReviewerMarkCount == 2);

        // A second period keeps the first.
        reviewed = await MarkAsync(teacher, reviewed, "self-assessment", 2, new { rowOrder = 1, mark = "Partial" });
        reviewed.Rows[0].Assessments.Select(a => (a.Period, a.SelfMark))
            .ShouldBe([(1, RouteSheetMark.Achieved), (2, RouteSheetMark.Partial)]);

        // Ownership and permissions.
        (await otherTeacher.GetAsync($"{Url}/{sheet.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await otherTeacher.PostJsonAsync(
            $"{Url}/{sheet.Id}/self-assessment",
            Marks(reviewed, 1, new { rowOrder = 1, mark = "Achieved" })))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        await (await teacher.PostJsonAsync($"{Url}/{sheet.Id}/review", Marks(reviewed, 1, new { rowOrder = 1, mark = "Achieved" })))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
        await (await mentor.PostJsonAsync($"{Url}/{sheet.Id}/self-assessment", Marks(reviewed, 1, new { rowOrder = 1, mark = "Achieved" })))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
        (await otherMentor.PostJsonAsync($"{Url}/{sheet.Id}/review", Marks(reviewed, 1, new { rowOrder = 1, mark = "Achieved" })))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await teacher.PostJsonAsync(Url, new { academicYear = 2031, teacherStaffMemberId = await StaffIdAsync("teacher03") }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");

        // Stale stamp, bad mark, bad period, unknown row.
        await (await teacher.PostJsonAsync($"{Url}/{sheet.Id}/self-assessment", Marks(sheet, 1, new { rowOrder = 2, mark = "Achieved" })))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        (await teacher.PostJsonAsync($"{Url}/{sheet.Id}/self-assessment", Marks(reviewed, 1, new { rowOrder = 2, mark = "Excellent" })))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var ru = await host.SignInAsync(TestData.DemoSchoolBin, "teacher02", culture: "ru");
        var period = await (await ru.PostJsonAsync($"{Url}/{sheet.Id}/self-assessment", new
        {
            period = 4, concurrencyStamp = reviewed.ConcurrencyStamp, marks = new[] { new { rowOrder = 9, mark = "Achieved" } },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(period, "marks[0].rowOrder").ShouldContain("RouteSheets:UnknownRow");
        period.GetProperty("errors").GetProperty("marks[0].rowOrder")[0].GetString().ShouldBe("В маршрутном листе нет такой строки.");

        var halfYears = await (await director.PutJsonAsync(
            $"{Url}/{sheet.Id}",
            new { reviewerStaffMemberId = mentorId, periodKind = "HalfYears", concurrencyStamp = reviewed.ConcurrencyStamp }))
            .ReadAsync<RouteSheetDto>();
        halfYears.PeriodCount.ShouldBe(2);
        var third = await (await teacher.PostJsonAsync(
            $"{Url}/{sheet.Id}/self-assessment",
            Marks(halfYears, 3, new { rowOrder = 1, mark = "Achieved" })))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(third, "period").ShouldContain("RouteSheets:PeriodOutOfRange");
    }

    [Fact]
    public async Task Should_Log_Weekly_Post_Lesson_Self_Evaluations_On_The_Own_Sheet()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        var other = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04");
        var sheet = await (await teacher.PostJsonAsync(Url, new { academicYear = 2032, periodKind = "HalfYears" }))
            .ReadAsync<RouteSheetDto>(HttpStatusCode.Created);

        var entry = await (await teacher.PostJsonAsync($"{Url}/{sheet.Id}/weekly-evaluations", new
        {
            weekStart = "2032-10-07", className = "7А", whatWorked = "Топтық жұмыс нәтижелі өтті", whatToChange = "Уақытты жоспарлау", mark = "Partial",
        })).ReadAsync<WeeklySelfEvaluationDto>(HttpStatusCode.Created);
        entry.WeekStart.ShouldBe(new DateOnly(2032, 10, 4)); // the Monday of that week
        await (await teacher.PostJsonAsync(
            $"{Url}/{sheet.Id}/weekly-evaluations",
            new { weekStart = "2032-10-14", whatWorked = "Сұрақтар деңгейлі болды", mark = "Achieved" }))
            .ReadAsync<WeeklySelfEvaluationDto>(HttpStatusCode.Created);

        var list = await teacher.GetAsync<List<WeeklySelfEvaluationDto>>($"{Url}/{sheet.Id}/weekly-evaluations");
        list.Select(e => e.WeekStart).ShouldBe([new DateOnly(2032, 10, 11), new DateOnly(2032, 10, 4)]);
        list[1].ClassName.ShouldBe("7А");

        var outside = await (await teacher.PostJsonAsync(
            $"{Url}/{sheet.Id}/weekly-evaluations",
            new { weekStart = "2033-09-05", whatWorked = "Кейін", mark = "Achieved" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(outside, "weekStart").ShouldContain("RouteSheets:WeekOutsideYear");
        (await teacher.PostJsonAsync(
            $"{Url}/{sheet.Id}/weekly-evaluations",
            new { weekStart = "2032-10-14", whatWorked = "Белгісіз баға" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.GetAsync($"{Url}/{sheet.Id}/weekly-evaluations")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostJsonAsync(
            $"{Url}/{sheet.Id}/weekly-evaluations",
            new { weekStart = "2032-10-14", whatWorked = "Бөгде", mark = "Achieved" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Assign_Sheets_In_Bulk_Once()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputyId = await StaffIdAsync(TestData.Deputy);

        var first = await (await director.PostJsonAsync(
            $"{Url}/assignments",
            new { academicYear = 2033, scope = "Category", category = "Master", reviewerStaffMemberId = deputyId }))
            .ReadAsync<RouteSheetAssignmentResultDto>();
        var again = await (await director.PostJsonAsync(
            $"{Url}/assignments",
            new { academicYear = 2033, scope = "Category", category = "Master", reviewerStaffMemberId = deputyId }))
            .ReadAsync<RouteSheetAssignmentResultDto>();

        first.Created.ShouldBeGreaterThanOrEqualTo(3); // teacher11, teacher12, commission1
        first.Skipped.ShouldBe(0);
        (again.Created, again.Skipped).ShouldBe((0, first.Created));
        var sheets = await director.GetAsync<PagedResultDto<RouteSheetListItemDto>>($"{Url}?academicYear=2033&maxResultCount=100");
        sheets.TotalCount.ShouldBe(first.Created);
        sheets.Items
            .ShouldAllBe(s => s.Category == QualificationCategory.Master && s.RowCount == 11 && s.ReviewerStaffMemberId == deputyId);

        // Everyone: each teacher gets their own level's rows; the masters already assigned for 2033 are skipped, the rest made.
        var all = await (await director.PostJsonAsync($"{Url}/assignments", new { academicYear = 2033, scope = "All" }))
            .ReadAsync<RouteSheetAssignmentResultDto>();
        all.Skipped.ShouldBe(first.Created);
        all.Created.ShouldBeGreaterThan(10);
        var master = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var own = (await master.GetAsync<PagedResultDto<RouteSheetListItemDto>>($"{Url}?academicYear=2033")).Items.ShouldHaveSingleItem();
        var detail = await master.GetAsync<RouteSheetDto>($"{Url}/{own.Id}");
        detail.TitleKk.ShouldBe("«Педагог-шебер» деңгейі");
        detail.Rows[2].DirectionKk.ShouldBe("Стратегиялық көшбасшылық");
        var expert = await host.SignInAsync(TestData.DemoSchoolBin, "teacher07");
        var expertSheet = (await expert.GetAsync<PagedResultDto<RouteSheetListItemDto>>($"{Url}?academicYear=2033")).Items
            .ShouldHaveSingleItem();
        expertSheet.RowCount.ShouldBe(10);
        // A sheet made in bulk is marked like any other.
        await MarkAsync(
            expert,
            await expert.GetAsync<RouteSheetDto>($"{Url}/{expertSheet.Id}"),
            "self-assessment",
            1,
            new { rowOrder = 10, mark = "Achieved" });

        var noValue = await (await director.PostJsonAsync(
            $"{Url}/assignments",
            new { academicYear = 2033, scope = "MethodologicalAssociation" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(noValue, "methodologicalAssociationId").ShouldContain("RouteSheets:ScopeValueRequired");
    }

    [Fact]
    public async Task Should_Make_New_Sheets_From_The_Schools_Copy_Without_Changing_Existing_Sheets()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher01");
        var before = await (await director.PostJsonAsync(
            Url,
            new { academicYear = 2035, teacherStaffMemberId = await StaffIdAsync("teacher05") }))
            .ReadAsync<RouteSheetDto>(HttpStatusCode.Created);
        before.Rows.Count.ShouldBe(7);

        // Editing the built-in moderator form makes the school's copy, active at once.
        var builtIn = BuiltInRouteSheetTemplates.Moderator;
        var rows = builtIn.Rows.Take(6).ToList();
        rows[2] = rows[2] with { ActionsKk = "Саралау, оқушы үні, кері байланыс парағы" };
        var body = ApiClients.RouteSheetTemplateBody(builtIn, "«Педагог-модератор» деңгейі (мектеп нұсқасы)");
        body["rows"] = rows;
        await (await teacher.PutJsonAsync($"{Url}/templates/{builtIn.Id}", body)).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden,
            "Common:Forbidden");
        var copy = await (await director.PutJsonAsync($"{Url}/templates/{builtIn.Id}", body)).ReadAsync<RouteSheetTemplateDto>();
        copy.IsBuiltIn.ShouldBeFalse();
        copy.IsActive.ShouldBeTrue();
        copy.SourceTemplateId.ShouldBe(builtIn.Id);
        var list = await director.GetAsync<List<RouteSheetTemplateDto>>($"{Url}/templates");
        list.Single(t => t.Id == builtIn.Id).IsActive.ShouldBeFalse();

        var after = await (await director.PostJsonAsync(
            Url,
            new { academicYear = 2035, teacherStaffMemberId = await StaffIdAsync("teacher06") }))
            .ReadAsync<RouteSheetDto>(HttpStatusCode.Created);
        after.TemplateId.ShouldBe(copy.Id);
        after.Rows.Count.ShouldBe(6);
        after.Rows[2].ActionsKk.ShouldBe("Саралау, оқушы үні, кері байланыс парағы");
        after.TitleKk.ShouldBe("«Педагог-модератор» деңгейі (мектеп нұсқасы)");
        var unchanged = await director.GetAsync<RouteSheetDto>($"{Url}/{before.Id}");
        unchanged.Rows.Count.ShouldBe(7);
        unchanged.Rows[2].ActionsKk.ShouldBe("Саралау, оқушы үні, тұрақты кері байланыс қолдану");

        // Sheets assigned in bulk from the copy keep its texts and rows when the copy is edited later.
        (await (await director.PostJsonAsync($"{Url}/assignments", new { academicYear = 2038, scope = "Category", category = "Moderator" }))
            .ReadAsync<RouteSheetAssignmentResultDto>()).Created.ShouldBeGreaterThanOrEqualTo(3);
        var editedRows = rows.ToList();
        editedRows[2] = editedRows[2] with { ActionsKk = "Кейін өзгертілген әрекет" };
        body["rows"] = editedRows;
        body["titleKk"] = "«Педагог-модератор» деңгейі (жаңа нұсқа)";
        body["goalRu"] = "Изменённая позже цель.";
        body["concurrencyStamp"] = copy.ConcurrencyStamp;
        copy = await (await director.PutJsonAsync($"{Url}/templates/{copy.Id}", body)).ReadAsync<RouteSheetTemplateDto>();
        copy.Rows[2].ActionsKk.ShouldBe("Кейін өзгертілген әрекет");
        var teacher04 = await StaffIdAsync("teacher04");
        var assigned = (await director.GetAsync<PagedResultDto<RouteSheetListItemDto>>(
            $"{Url}?academicYear=2038&teacherStaffMemberId={teacher04}")).Items.ShouldHaveSingleItem();
        assigned.RowCount.ShouldBe(6);
        var assignedSheet = await director.GetAsync<RouteSheetDto>($"{Url}/{assigned.Id}");
        assignedSheet.TemplateId.ShouldBe(copy.Id);
        assignedSheet.Rows[2].ActionsKk.ShouldBe("Саралау, оқушы үні, кері байланыс парағы");
        assignedSheet.TitleKk.ShouldBe("«Педагог-модератор» деңгейі (мектеп нұсқасы)");
        assignedSheet.GoalRu.ShouldBe(builtIn.GoalRu);

        // Editing the copy needs its current stamp; an empty row is refused.
        body["concurrencyStamp"] = "stale";
        (await director.PutJsonAsync($"{Url}/templates/{copy.Id}", body)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        body["concurrencyStamp"] = copy.ConcurrencyStamp;
        body["rows"] = Array.Empty<object>();
        var empty = await (await director.PutJsonAsync($"{Url}/templates/{copy.Id}", body)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");
        FieldCodes(empty, "rows").ShouldContain("RouteSheets:TemplateNeedsRows");

        // Unknown template, or one of another level, is a 400 with its code.
        var unknown = await (await director.PostJsonAsync(
            Url,
            new { academicYear = 2036, teacherStaffMemberId = await StaffIdAsync("teacher06"), templateId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(unknown, "templateId").ShouldContain("RouteSheets:UnknownTemplate");
        var otherLevel = await (await director.PostJsonAsync(Url, new
        {
            academicYear = 2036, teacherStaffMemberId = await StaffIdAsync(
            "teacher06"), templateId = BuiltInRouteSheetTemplates.Master.Id
        }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        FieldCodes(otherLevel, "templateId").ShouldContain("RouteSheets:TemplateLevelMismatch");

        // Back to the seed's form: new sheets get the built-in rows again.
        (await director.PostJsonAsync($"{Url}/templates/{builtIn.Id}/activate", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var restored = await (await director.PostJsonAsync(
            Url,
            new { academicYear = 2036, teacherStaffMemberId = await StaffIdAsync("teacher06") }))
            .ReadAsync<RouteSheetDto>(HttpStatusCode.Created);
        (restored.TemplateId, restored.Rows.Count).ShouldBe((builtIn.Id, 7));
    }

    [Fact]
    public async Task Should_Print_The_Sheet_In_Kazakh_And_Russian()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher09"); // зерттеуші
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var sheet = await (await teacher.PostJsonAsync(Url, new { academicYear = 2037 })).ReadAsync<RouteSheetDto>(HttpStatusCode.Created);
        sheet = await MarkAsync(
            teacher,
            sheet,
            "self-assessment",
            1,
            new { rowOrder = 1, mark = "Achieved", comment = "Күнделік жүргізілді" },
            new { rowOrder = 6, mark = "Partial" });
        sheet = await MarkAsync(deputy, sheet, "review", 1, new { rowOrder = 6, mark = "NotAchieved", comment = "Зерттеу сабағы өтпеді" });

        var kk = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{sheet.Id}/document?culture=kk"));
        kk.Landscape.ShouldBeTrue();
        var table = kk.Tables[0];
        table[0].ShouldBe(["№", "Қызметтік бағыты", "Даму мазмұны", "Нақты іс-әрекеттер", "Бағалау шәкілі"]);
        table.Count.ShouldBe(13);
        table[1][1].ShouldBe("Мұғалімнің кәсіби жеке даму тақырыбы");
        table[6][1].ShouldBe("Сабақты зерттеу");
        table[6][3].ShouldBe("Зерттеу сабағын жоспарлау, өткізу, талдау");
        table[6][4].ShouldBe("1-тоқсан: өзін-өзі бағалау ± / бағалаушы −");
        table[1][4].ShouldBe("1-тоқсан: өзін-өзі бағалау + / бағалаушы"); // unmarked: blank, no dash that reads like "−"
        table[2][4].ShouldBe("");
        kk.AllText.ShouldNotContain("—");
        kk.Tables[1][0][1].ShouldBe("Мерзім"); // the review period; "Кезең" is the stage
        kk.Tables[1].ShouldContain(r => r[0] == "6" && r[3] == "Зерттеу сабағы өтпеді");
        // The stage prints as the seed has it: "Жоғары деңгей: «…»" without a second "Кезең:" before it.
        kk.Paragraphs.ShouldContain("Жоғары деңгей: «Инновация және педагогикалық тәжірибе»");
        kk.Paragraphs.ShouldNotContain(p => p.StartsWith("Кезең:"));
        kk.AllText.ShouldContain("Kemel Demo School");
        kk.AllText.ShouldContain("Жанар Әбілқызы Сәрсенова");
        kk.AllText.ShouldContain("«Педагог-зерттеуші» деңгейі");
        kk.AllText.ShouldContain("2037–2038");
        kk.Paragraphs.ShouldContain(p => p.Contains("Директордың орынбасары"));

        var ru = await Docx.ReadAsync(await deputy.GetAsync($"{Url}/{sheet.Id}/document?culture=ru&period=1"));
        ru.Tables[0][0].ShouldBe(["№", "Направление деятельности", "Содержание развития", "Конкретные действия", "Шкала оценивания"]);
        ru.Tables[0][6][1].ShouldBe("Исследование урока");
        ru.Tables[0][6][4].ShouldBe("1 четверть: самооценка ± / оценивающий −");
        ru.Tables[0][1][4].ShouldBe("1 четверть: самооценка + / оценивающий");
        ru.Paragraphs.ShouldContain("Высокий уровень: «Инновации и педагогический опыт»");
        ru.Paragraphs.ShouldNotContain(p => p.StartsWith("Этап:"));
        ru.AllText.ShouldContain("Уровень «Педагог-исследователь»");
        ru.AllText.ShouldContain("1 четверть");

        (await teacher.GetAsync($"{Url}/{sheet.Id}/document?culture=de")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await teacher.GetAsync($"{Url}/{sheet.Id}/document?culture=kk&period=5")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher10")).GetAsync($"{Url}/{sheet.Id}/document?culture=kk"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Print_The_Stage_Label_Only_Where_The_Seed_Text_Has_None()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher02"); // педагог
        var pedagogue = BuiltInRouteSheetTemplates.Pedagogue.StageKk;
        RouteSheetDocumentService.StageHasOwnLabel(pedagogue).ShouldBeFalse(); // the seed: "Кезең: Бастапқы кезең – «Өсу нүктесі»"
        BuiltInRouteSheetTemplates.All.Where(t => t.Category != QualificationCategory.Pedagogue)
            .ShouldAllBe(
                t => RouteSheetDocumentService.StageHasOwnLabel(t.StageKk) && RouteSheetDocumentService.StageHasOwnLabel(t.StageRu));

        var sheet = await (await teacher.PostJsonAsync(Url, new { academicYear = 2039 })).ReadAsync<RouteSheetDto>(HttpStatusCode.Created);
        var kk = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{sheet.Id}/document?culture=kk"));
        var ru = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{sheet.Id}/document?culture=ru"));
        kk.Paragraphs.ShouldContain("Кезең: Бастапқы кезең – «Өсу нүктесі»");
        ru.Paragraphs.ShouldContain("Этап: Начальный этап – «Точка роста»");
    }

    [Fact]
    public async Task Should_Show_The_Demo_Sheets_To_The_Administration()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var year = AcademicYears.Current(TimeProvider.System);

        var sheets = await deputy.GetAsync<PagedResultDto<RouteSheetListItemDto>>($"{Url}?academicYear={year}&maxResultCount=100");

        sheets.Items.Select(s => s.Category).Distinct().Count().ShouldBe(5);
        sheets.Items.ShouldAllBe(s => s.SelfMarkCount == 3 && s.ReviewerMarkCount == 2);
    }

    private async Task<RouteSheetDto> MarkAsync(HttpClient client, RouteSheetDto sheet, string action, int period, params object[] marks) =>
        await (await client.PostJsonAsync($"{Url}/{sheet.Id}/{action}", Marks(sheet, period, marks))).ReadAsync<RouteSheetDto>();

    private static object Marks(RouteSheetDto sheet, int period, params object[] marks)
        => new { period, marks, concurrencyStamp = sheet.ConcurrencyStamp };

    private static List<string> FieldCodes(JsonElement problem, string field) =>
        problem.GetProperty("fieldCodes").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToList();

    private async Task<Guid> StaffIdAsync(string userName)
    {
        var ids = await DemoIds.OfAsync(host);
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(ids.DemoSchoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        return await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id where u.UserName == userName select s.Id)
            .FirstAsync();
    }
}

public sealed class RouteSheets_Sqlite_Tests(SqliteHostFixture host) : RouteSheets_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class RouteSheets_Postgres_Tests(PostgresHostFixture host) : RouteSheets_Tests(host), IClassFixture<PostgresHostFixture>;

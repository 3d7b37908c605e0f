using System.Net;
using System.Text.Json;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.LessonObservations;

/// <summary>
/// Observations are development tools, not control: a developmental one is the teacher's, seen by whom they share it with;
/// an evaluation one is seen by the administration, locked when signed and reopened only by the director with a reason.
/// </summary>
public abstract class LessonObservations_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/lesson-observations";

    [Fact]
    public async Task Should_Record_Sign_And_Receive_The_Teachers_Reply()
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor2");
        var teacherId = await StaffIdAsync("teacher10");
        var form = (await mentor.GetAsync<List<ObservationFormDto>>($"{Url}/forms")).Single(f => f.IsBuiltIn);
        form.Criteria.Count.ShouldBe(12);

        var body = ApiClients.NewObservation(teacherId, "Оқушылардың сабақ мақсатын түсінуі");
        body["formId"] = form.Id;
        body["scores"] = form.Criteria.Take(3).Select(c => new { criterionKey = c.Key, score = 2 }).ToArray();
        body["notes"] = new[] { new { minute = 20, text = "Топтық жұмыс" }, new { minute = 2, text = "Сабақ мақсаты тақтада" } };
        var created = await (await mentor.PostJsonAsync(Url, body)).ReadAsync<LessonObservationDto>(HttpStatusCode.Created);
        created.Status.ShouldBe(ObservationStatus.Draft);
        created.Notes.Select(n => n.Minute).ShouldBe([2, 20]); // time-stamped notes in lesson order
        created.ScoreTotal.ShouldBe(6);
        created.ScoreMax.ShouldBe(24);
        created.Abilities.CanSign.ShouldBeTrue();

        var signed = await (await mentor.PostJsonAsync($"{Url}/{created.Id}/sign", new { concurrencyStamp = created.ConcurrencyStamp }))
            .ReadAsync<LessonObservationDto>();
        signed.Status.ShouldBe(ObservationStatus.Signed);
        signed.IsLocked.ShouldBeFalse(); // developmental: the observer may still add what they forgot

        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher10");
        var seen = await teacher.GetAsync<LessonObservationDto>($"{Url}/{created.Id}");
        seen.Abilities.CanReply.ShouldBeTrue();
        seen.Abilities.CanEdit.ShouldBeFalse();
        var replied = await (await teacher.PostJsonAsync(
            $"{Url}/{created.Id}/reply",
            new { text = "Келесі сабақта саралауды қосамын.", concurrencyStamp = seen.ConcurrencyStamp }))
            .ReadAsync<LessonObservationDto>();
        replied.TeacherReply.ShouldBe("Келесі сабақта саралауды қосамын.");
        replied.Events.Select(e => e.Kind).ShouldBe([ObservationEventKind.Signed, ObservationEventKind.Replied]);
        await (await mentor.PostJsonAsync($"{Url}/{created.Id}/reply", new { text = "Мен", concurrencyStamp = replied.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.LessonObservations.OnlyTeacherCanReply);
        (await teacher.GetAsync<PagedResultDto<LessonObservationListItemDto>>(Url)).Items
            .ShouldContain(i => i.Id == created.Id && i.HasReply);
    }

    [Fact]
    public async Task Should_Filter_By_The_Callers_Part_Without_Widening_What_He_May_See()
    {
        var teacher04 = await StaffIdAsync("teacher04");
        var teacher05 = await StaffIdAsync("teacher05");
        var colleague = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        var observedByMe = await colleague.GetAsync<PagedResultDto<LessonObservationListItemDto>>(
            $"{Url}?role=ObservedByMe&maxResultCount=100");
        observedByMe.Items.ShouldNotBeEmpty();
        observedByMe.Items.ShouldAllBe(o => o.ObserverStaffMemberId == teacher05);
        (await colleague.GetAsync<PagedResultDto<LessonObservationListItemDto>>($"{Url}?role=ObservedMe&maxResultCount=100")).Items
            .ShouldAllBe(o => o.ObservedStaffMemberId == teacher05);

        var observed = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04");
        var mine = await observed.GetAsync<PagedResultDto<LessonObservationListItemDto>>($"{Url}?role=ObservedMe&maxResultCount=100");
        mine.Items.ShouldNotBeEmpty();
        mine.Items.ShouldAllBe(o => o.ObservedStaffMemberId == teacher04);
        (await observed.GetAsync<PagedResultDto<LessonObservationListItemDto>>($"{Url}?role=ObservedByMe")).TotalCount.ShouldBe(0);

        // The director may see evaluations but observed none of teacher04's lessons: the role narrows, it never widens.
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        (await director.GetAsync<PagedResultDto<LessonObservationListItemDto>>($"{Url}?role=ObservedByMe&maxResultCount=100")).Items
            .ShouldNotContain(o => o.ObservedStaffMemberId == teacher04);
        (await director.GetAsync($"{Url}?role=Nobody")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_Show_A_Developmental_Observation_Only_To_Whom_The_Teacher_Shares_It_With()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        var colleague = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var observation = await (await deputy.PostJsonAsync(Url, ApiClients.NewObservation(await StaffIdAsync("teacher11"), "Дамыту")))
            .ReadAsync<LessonObservationDto>(HttpStatusCode.Created);

        (await teacher.GetAsync($"{Url}/{observation.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await colleague.GetAsync($"{Url}/{observation.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        await (await director.GetAsync($"{Url}/{observation.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        (await director.GetAsync<PagedResultDto<LessonObservationListItemDto>>($"{Url}?maxResultCount=100")).Items
            .ShouldNotContain(i => i.Id == observation.Id);
        // Nor through the audit log, which shows the observation's notes to the observer only.
        var auditUrl = $"/api/app/audit-logs?entityType=LessonObservation&entityId={observation.Id}";
        (await director.GetAsync<PagedResultDto<AuditLogDto>>(auditUrl)).TotalCount.ShouldBe(0);
        (await director.GetAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=100")).Items
            .ShouldNotContain(e => e.EntityId == observation.Id.ToString());
        (await deputy.GetAsync<PagedResultDto<AuditLogDto>>(auditUrl)).TotalCount.ShouldBeGreaterThan(0);

        var current = await teacher.GetAsync<LessonObservationDto>($"{Url}/{observation.Id}");
        await (await deputy.PutJsonAsync(
            $"{Url}/{observation.Id}/sharing",
            new { staffMemberIds = new[] { await StaffIdAsync("teacher12") }, concurrencyStamp = current.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.LessonObservations.OnlyTeacherCanShare);
        var shared = await (await teacher.PutJsonAsync(
            $"{Url}/{observation.Id}/sharing",
            new { staffMemberIds = new[] { await StaffIdAsync("teacher12") }, concurrencyStamp = current.ConcurrencyStamp }))
            .ReadAsync<LessonObservationDto>();
        shared.SharedWith.ShouldHaveSingleItem();

        (await colleague.GetAsync<LessonObservationDto>($"{Url}/{observation.Id}")).Abilities.CanEdit.ShouldBeFalse();
        (await colleague.GetAsync<PagedResultDto<LessonObservationListItemDto>>(Url)).Items.ShouldContain(i => i.Id == observation.Id);
        await (await director.GetAsync($"{Url}/{observation.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Lock_A_Signed_Evaluation_Until_The_Director_Reopens_It_With_A_Reason()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacherId = await StaffIdAsync("teacher08");
        var body = ApiClients.NewObservation(teacherId, "Аттестаттау");
        body["purpose"] = "Evaluation";
        var created = await (await director.PostJsonAsync(Url, body)).ReadAsync<LessonObservationDto>(HttpStatusCode.Created);
        var signed = await (await director.PostJsonAsync($"{Url}/{created.Id}/sign", new { concurrencyStamp = created.ConcurrencyStamp }))
            .ReadAsync<LessonObservationDto>();
        signed.IsLocked.ShouldBeTrue();

        // The administration and the teacher see it; a colleague and a mentor do not.
        (await deputy.GetAsync($"{Url}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher08")).GetAsync($"{Url}/{created.Id}")).StatusCode
            .ShouldBe(HttpStatusCode.OK);
        await (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher09")).GetAsync($"{Url}/{created.Id}")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        await (await (await host.SignInAsync(TestData.DemoSchoolBin, TestData.Mentor)).GetAsync($"{Url}/{created.Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");

        var edit = new Dictionary<string, object?>(ApiClients.NewObservation(null, "Өзгертілген"))
        {
            ["concurrencyStamp"] = signed.ConcurrencyStamp
        };
        await (await director.PutJsonAsync($"{Url}/{created.Id}", edit)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.LessonObservations.Locked);
        await (await deputy.PostJsonAsync(
            $"{Url}/{created.Id}/reopen",
            new { reason = "Қате", concurrencyStamp = signed.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
        await (await director.PostJsonAsync($"{Url}/{created.Id}/reopen", new { reason = "", concurrencyStamp = signed.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");

        var reopened = await (await director.PostJsonAsync(
            $"{Url}/{created.Id}/reopen",
            new { reason = "Сабақ күні қате жазылған", concurrencyStamp = signed.ConcurrencyStamp }))
            .ReadAsync<LessonObservationDto>();
        reopened.Status.ShouldBe(ObservationStatus.Draft);
        reopened.Events.Last().ShouldSatisfyAllConditions(
            e => e.Kind.ShouldBe(ObservationEventKind.Reopened),
            e => e.Reason.ShouldBe("Сабақ күні қате жазылған"));
        edit["concurrencyStamp"] = reopened.ConcurrencyStamp;
        (await (await director.PutJsonAsync($"{Url}/{created.Id}", edit)).ReadAsync<LessonObservationDto>()).Focus.ShouldBe("Өзгертілген");
        // A second save with the stamp already used is someone else's overwrite: refused.
        await (await director.PutJsonAsync($"{Url}/{created.Id}", edit)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Common:ConcurrencyConflict");
    }

    [Fact]
    public async Task Should_Refuse_Scores_Outside_The_Sheets_Scale_In_The_Users_Language()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy, culture: "ru");
        var form = (await deputy.GetAsync<List<ObservationFormDto>>($"{Url}/forms")).Single(f => f.IsBuiltIn);
        var body = ApiClients.NewObservation(await StaffIdAsync("teacher07"), "Шкала");
        body["formId"] = form.Id;
        body["scores"] = new[] { new { criterionKey = form.Criteria[0].Key, score = 3 }, new { criterionKey = "нет-такого", score = 1 } };

        var problem = await (await deputy.PostJsonAsync(Url, body)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");

        Codes(problem, "scores[0].score").ShouldContain(KemelSchoolPDErrorCodes.LessonObservations.ScoreOutOfScale);
        Codes(problem, "scores[1].criterionKey").ShouldContain(KemelSchoolPDErrorCodes.LessonObservations.UnknownCriterion);
        problem.GetProperty("errors").GetProperty("scores[0].score")[0].GetString().ShouldBe("Балл должен быть от 0 до 2.");
    }

    [Fact]
    public async Task Should_Refuse_Scores_Without_A_Sheet_In_Kazakh()
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor2", culture: "kk");
        var body = ApiClients.NewObservation(await StaffIdAsync("teacher06"), "Парақсыз балл");
        body["scores"] = new[] { new { criterionKey = "c1", score = 1 } };

        var problem = await (await mentor.PostJsonAsync(Url, body)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");

        var field = problem.GetProperty("fieldCodes").EnumerateObject()
            .Single(f => f.Value.EnumerateArray().Any(c => c.GetString() == KemelSchoolPDErrorCodes.LessonObservations.ScoresNeedForm));
        problem.GetProperty("errors").GetProperty(field.Name)[0].GetString().ShouldBe("Баллдар қойылған бақылау парағын таңдаңыз.");
    }

    [Fact]
    public async Task Should_Keep_Evaluations_To_Those_Allowed_To_Evaluate()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        var body = ApiClients.NewObservation(await StaffIdAsync("teacher04"), "Әріптес");
        body["purpose"] = "Evaluation";
        await (await teacher.PostJsonAsync(Url, body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");

        body["observedStaffMemberId"] = await StaffIdAsync("teacher05");
        body["purpose"] = "Developmental";
        await (await teacher.PostJsonAsync(Url, body)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            KemelSchoolPDErrorCodes.LessonObservations.CannotObserveSelf);
        await (await teacher.GetAsync($"{Url}/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Let_The_School_Keep_Its_Own_Sheets()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var form = await (await deputy.PostJsonAsync($"{Url}/forms", ApiClients.NewObservationForm("Мектептің парағы")))
            .ReadAsync<ObservationFormDto>(HttpStatusCode.Created);
        form.Criteria.Select(c => c.Key).ShouldBe(["c1", "c2"]);

        var changed = new Dictionary<string, object?>(ApiClients.NewObservationForm("Мектептің жаңа парағы"))
        {
            ["concurrencyStamp"] = form.ConcurrencyStamp
        };
        changed["criteria"] = new object[] {
            new { key = "c2", textKk = "Кері байланыс", textRu = "Обратная связь" },
            new { textKk = "Жаңа", textRu = "Новый" } };
        var updated = await (await deputy.PutJsonAsync($"{Url}/forms/{form.Id}", changed)).ReadAsync<ObservationFormDto>();
        updated.Criteria.Select(c => c.Key).ShouldBe(["c2", "c3"]); // kept keys keep their scores; a new criterion never reuses one
        await (await deputy.PutJsonAsync($"{Url}/forms/{form.Id}", changed)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Common:ConcurrencyConflict");

        var badScale = ApiClients.NewObservationForm("Шкаласыз");
        badScale["scaleMin"] = 3;
        badScale["scaleMax"] = 3;
        await (await deputy.PostJsonAsync($"{Url}/forms", badScale)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");
        await (await (await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher)).PostJsonAsync($"{Url}/forms", badScale))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
    }

    [Fact]
    public async Task Should_Seed_The_Demo_Schools_Observations()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var list = await director.GetAsync<PagedResultDto<LessonObservationListItemDto>>($"{Url}?purpose=Evaluation&maxResultCount=100");
        list.Items.ShouldContain(i => i.Status == ObservationStatus.Signed);
        list.Items.ShouldContain(i => i.Status == ObservationStatus.Draft);
    }

    private static IEnumerable<string?> Codes(JsonElement problem, string field) =>
        problem.GetProperty("fieldCodes").GetProperty(field).EnumerateArray().Select(c => c.GetString());

    private async Task<Guid> StaffIdAsync(string userName)
    {
        var user = await host.SignInAsync(TestData.DemoSchoolBin, userName);
        var userId = (await user.GetJsonAsync("/api/app/configuration")).GetProperty("currentUser").GetProperty("id").GetGuid();
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        return (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?maxResultCount=100")).Items
            .Single(s => s.UserId == userId)
            .Id;
    }
}

public sealed class LessonObservations_Sqlite_Tests(SqliteHostFixture host) :
    LessonObservations_Tests(host),
    IClassFixture<SqliteHostFixture>;

public sealed class LessonObservations_Postgres_Tests(PostgresHostFixture host) :
    LessonObservations_Tests(host),
    IClassFixture<PostgresHostFixture>;

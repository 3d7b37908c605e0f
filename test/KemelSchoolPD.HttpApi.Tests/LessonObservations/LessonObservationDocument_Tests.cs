using System.Net;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.LessonObservations;

/// <summary>The observation sheet as DOCX in kk and ru: what was recorded, in the document's language, for whoever may read it.</summary>
public abstract class LessonObservationDocument_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/lesson-observations";

    [Theory]
    [InlineData("kk", "Сабақты бақылау парағы", "Дамытушы", "Сәйкес", "Критерий")]
    [InlineData("ru", "Лист наблюдения урока", "Развивающее", "Соответствует", "Критерий")]
    public async Task Should_Print_The_Observation_Sheet_In_The_Documents_Language(
        string culture,
        string title,
        string purpose,
        string objectivesMatched,
        string criterionHeader)
    {
        var (observation, form) = await ObserveTeacher05Async("Бағалау үшін кері байланыс");
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        var seen = await teacher.GetAsync<LessonObservationDto>($"{Url}/{observation.Id}");
        await (await teacher.PostJsonAsync(
            $"{Url}/{observation.Id}/reply",
            new { text = "Рубриканы алдын ала көрсетемін.", concurrencyStamp = seen.ConcurrencyStamp }))
            .ReadAsync<LessonObservationDto>();

        var response = await teacher.GetAsync($"{Url}/{observation.Id}/document?culture={culture}");

        var docx = await Docx.ReadAsync(response);
        docx.Paragraphs.ShouldContain(title);
        docx.AllText.ShouldContain(observation.ObservedName);
        docx.AllText.ShouldContain(observation.ObserverName);
        docx.AllText.ShouldContain("Бағалау үшін кері байланыс");
        docx.AllText.ShouldContain(purpose);
        docx.AllText.ShouldContain(objectivesMatched);
        docx.AllText.ShouldContain("Рубриканы алдын ала көрсетемін.");
        docx.Tables.ShouldContain(t => t.Any(r => r.SequenceEqual(new[] { "7", "Топтық жұмыс басталды" })), "the time-stamped notes table");
        var rubric = docx.Tables.Single(t => t[0].Contains(criterionHeader));
        var first = form.Criteria[0];
        rubric[1].ShouldBe(["1", culture == "kk" ? first.TextKk : first.TextRu, "2"]);
        rubric[2][1].ShouldBe(culture == "kk" ? form.Criteria[1].TextKk : form.Criteria[1].TextRu);
        rubric[^1][^1].ShouldBe($"3 / {form.Criteria.Count * form.ScaleMax}");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldNotBeNull().ShouldContain(observation.ObservedName);
    }

    [Fact]
    public async Task Should_Answer_404_To_Whoever_May_Not_Read_The_Observation()
    {
        var (observation, _) = await ObserveTeacher05Async("Көрінбейтін парақ");
        var colleague = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director); // a developmental one is the teacher's
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor1");

        await (await colleague.GetAsync($"{Url}/{observation.Id}/document?culture=kk")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        await (await director.GetAsync($"{Url}/{observation.Id}/document?culture=ru")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        await (await mentor.GetAsync($"{Url}/{Guid.NewGuid()}/document?culture=kk")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        await (await mentor.GetAsync($"{Url}/{observation.Id}/document?culture=de")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");
        (await Docx.ReadAsync(await mentor.GetAsync($"{Url}/{observation.Id}/document"))).Paragraphs.ShouldContain("Сабақты бақылау парағы"); // the observer; kk by default
    }

    /// <summary>mentor1 observes teacher05 with the built-in sheet: two criteria scored 2 and 1, one note at minute 7.</summary>
    private async Task<(LessonObservationDto Observation, ObservationFormDto Form)> ObserveTeacher05Async(string focus)
    {
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor1");
        var form = (await mentor.GetAsync<List<ObservationFormDto>>($"{Url}/forms")).Single(f => f.IsBuiltIn);
        var body = ApiClients.NewObservation(await StaffIdAsync("teacher05"), focus);
        body["formId"] = form.Id;
        body["scores"] = new[] {
            new { criterionKey = form.Criteria[1].Key, score = 1 },
            new { criterionKey = form.Criteria[0].Key, score = 2 } };
        body["notes"] = new[] { new { minute = 7, text = "Топтық жұмыс басталды" } };
        body["growthPoints"] = "Саралау";
        var observation = await (await mentor.PostJsonAsync(Url, body)).ReadAsync<LessonObservationDto>(HttpStatusCode.Created);
        return (observation, form);
    }

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

public sealed class LessonObservationDocument_Sqlite_Tests(SqliteHostFixture host) :
    LessonObservationDocument_Tests(host),
    IClassFixture<SqliteHostFixture>;

public sealed class LessonObservationDocument_Postgres_Tests(PostgresHostFixture host) :
    LessonObservationDocument_Tests(host),
    IClassFixture<PostgresHostFixture>;

using System.Net;
using System.Text.Json;
using KemelSchoolPD.Courses;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.GrowthCycles;

/// <summary>
/// The reference data of issue 14: Tables 1 and 2 with every column in the seed's words, the professional standard (the
/// qualification requirements per category, the four competence groups, the five values), the school's names for the
/// self-assessment levels and the school's category ladder (the next category skips a category the school does not use).
/// </summary>
public abstract class ReferenceData_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/growth-cycles";

    [Fact]
    public async Task Should_Give_Tables_1_And_2_With_Every_Column_In_The_Seeds_Words()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "kk");

        // Table 1, Analysis (S004 L5268–5351, the row a page break splits at L5323).
        var analysis = (await teacher.GetAsync<List<GrowthGuidanceDto>>(
            $"{Url}/guidance?stage=Analysis&participantKind=Teacher&category=Master"))
            .Single(g => g.Source == GrowthGuidanceSource.TeacherActions);
        analysis.Text.ShouldBe("Басқалар үшін талдамалы қорытындылар қалыптастырады.");
        var columns = analysis.Columns.ShouldNotBeNull();
        columns.Content.ShouldBe([
            "өткізілген іс-әрекетке талдау жасайды",
            "жоспарланған мақсаттарды нәтижелермен салыстырады",
            "бағалау деректері мен кері байланысқа сүйене отырып, қиындықтар мен сәтті шешімдерді анықтайды",
        ]);
        columns.Forms.ShouldContain("кейстерді талдау");
        columns.Forms.ShouldContain("әріптестермен немесе тәлімгермен талқылау");
        columns.Indicators.ShouldContain("мақсаттар мен нәтижелер арасындағы тіркелген алшақтықтар");
        columns.SchoolResult.ShouldBeNull();

        // Table 1, Design at педагог: the seed's "дамуды қолдау арқылы жоспарлайды" (L5512–5514), no added mentor clause.
        var design = (await teacher.GetAsync<List<GrowthGuidanceDto>>(
            $"{Url}/guidance?stage=Design&participantKind=Teacher&category=Pedagogue"))
            .Single(g => g.Source == GrowthGuidanceSource.TeacherActions);
        design.TextKk.ShouldBe("Дамуды қолдау арқылы жоспарлайды.");
        design.Columns!.Indicators.ShouldBe([
            "ЖДЖ-ның болуы",
            "нақты тұжырымдалған мақсаттар",
            "мақсаттардың педагогтің кәсіби стандартының талаптарына және № 83 педагогтерді аттестаттау туралы ҚР ОАМ бұйрығына сәйкестігі",
        ]);
        design.Columns.Forms.ShouldContain("оқуды, өз бетінше білім алуды, Lesson Study, Action Research-ті жоспарлау");

        // Table 2, every stage with its four columns (S004 L5973–6348).
        var admin = (await teacher.GetAsync<List<GrowthGuidanceDto>>($"{Url}/guidance?participantKind=Administrator"))
            .Where(g => g.Source == GrowthGuidanceSource.AdministrationActions).ToList();
        admin.Count.ShouldBe(5);
        admin.ShouldAllBe(g => g.Columns != null && g.Columns.Content.Count > 0 && g.Columns.Forms.Count > 0
            && g.Columns.Indicators.Count > 0
            && g.Columns.SchoolResult != null);
        var adminDesign = admin.Single(g => g.Stage == GrowthCycleStage.Design);
        adminDesign.Columns!.Content.ShouldContain("мақсаттардың шынайылығы мен өлшемділігін қамтамасыз етеді");
        adminDesign.Columns.Content.ShouldContain("мектептің біліктілікті арттыру жүйесін құрылымдайды");
        adminDesign.Columns.Forms.ShouldContain("педагогтердің ЖДЖ (ИПР) үйлестіру");
        adminDesign.Columns.Indicators.ShouldContain("кәсіби дамуды мектептің даму бағдарламасына интеграциялау");
        adminDesign.Columns.SchoolResult.ShouldBe("педагогикалық ұжымның кәсіби дамуының жүйелілігі мен мақсаттылығы");
        adminDesign.TextKk.ShouldStartWith(
            "Педагогтің мақсаттарын мектеп мақсаттарымен үйлестіреді; мақсаттардың шынайылығы мен өлшемділігін қамтамасыз етеді; ");
        adminDesign.TextKk.ShouldNotContain("келіседі");
        var adminAction = admin.Single(g => g.Stage == GrowthCycleStage.Action);
        adminAction.Columns!.Content.ShouldContain("сенім мен ынтымақтастық мәдениетін қамтамасыз етеді");
        adminAction.Columns.Indicators.ShouldContain("әдістемелік жұмыстың жұмыс істеуі (функциялануы)");
        var adminReflection = admin.Single(g => g.Stage == GrowthCycleStage.Reflection);
        adminReflection.Columns!.Forms.ShouldContain("айыптаусыз сындарлы кәсіби диалог");
        adminReflection.TextKk.ShouldNotContain("айыптаусыз"); // a form, not the stage's content

        // A Russian reader gets the translation.
        var ru = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "ru");
        var approbation = (await ru.GetAsync<List<GrowthGuidanceDto>>($"{Url}/guidance?stage=Approbation&participantKind=Administrator"))
            .Single();
        approbation.Columns!.Forms.ShouldContain("мониторинг результатов");
        approbation.Columns.SchoolResult.ShouldBe("непрерывность, устойчивость и адаптивность развития школы");
    }

    [Fact]
    public async Task Should_Give_The_Professional_Standard_As_Reference_Data()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "kk");
        var standard = await teacher.GetAsync<ProfessionalStandardDto>($"{Url}/standard");
        standard.Groups.Select(g => g.Name)
            .ShouldBe(["Кәсіби құндылықтар", "Кәсіби білім", "Оқыту мен тәрбиелеу практикасы", "Кәсіби даму"]);
        standard.Groups.Single(g => g.Group == CompetenceGroup.Development).Description
            .ShouldBe("Кәсіби даму – өз тәжірибесіне рефлексия жасау, деректерді талдау, зерттеулерге қатысу және тәжірибе тарату дағдыларын қамтиды.");
        standard.Values
            .ShouldBe(["мамандыққа адалдық", "азаматтылық", "педагогикалық әдепті сақтау", "жауапкершілік", "белсенділік (проактивтілік)"]);

        // Seed 001 L77: the safe-environment requirement, a cell per category (the master's is empty in the seed).
        var safe = standard.Requirements.Single(r => r.Requirement == "Қауіпсіз білім беру ортасын қамтамасыз ету");
        safe.Moderator.ShouldBe("Қауіпсіз әрі қолайлы ортаны қолдайды, этикалық нормаларды қолданады");
        safe.Expert.ShouldBe("Қауіпсіз және қолайлы ортаны қамтамасыз етеді, этикалық нормаларды басшылыққа алады");
        safe.Master.ShouldBeNull();
        standard.Requirements.Single(r => r.Requirement == "Білім").ShouldSatisfyAllConditions(
            r => r.SpansAll.ShouldBeTrue(),
            r => r.Moderator.ShouldBe("пәнді, оқу-тәрбие үдерісін, оқыту және бағалау әдістемесін біледі"));
        standard.Requirements.ShouldContain(r => r.Master == "білім беру ұйымындағы зерттеулерді үйлестіреді, нәтижелерін педагог қауымдастығына таратады, әріптестерін кәсіби дамуда қолдайды");
        // S001 L81, 82, 85, 86, 89, 90, 94, 96.
        standard.Requirements.Count(r => r.Kind == QualificationRequirementKind.Portfolio).ShouldBe(8);

        // Competences carry their group, so a self-assessment can be grouped.
        standard.Competences.Single(c => c.Code == "04.3").Group.ShouldBe(CompetenceGroup.Development);
        standard.Competences.Single(c => c.Code == "03.1").Group.ShouldBe(CompetenceGroup.Values);

        var en = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "en");
        (await en.GetAsync<ProfessionalStandardDto>($"{Url}/standard")).Values[0].ShouldBe("devotion to the profession");
    }

    [Fact]
    public async Task Should_Let_The_Director_Rename_The_Self_Assessment_Levels()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "kk");
        var defaults = await teacher.GetAsync<SchoolReferenceSettingsDto>($"{Url}/settings/school");
        defaults.DefaultScaleLabels.ShouldBeTrue();
        defaults.ScaleLabels.ShouldBe(["бастапқы", "дамып келе жатқан", "жеткілікті", "жоғары", "үлгілі"]);

        string[] kk = ["1-деңгей", "2-деңгей", "3-деңгей", "4-деңгей", "5-деңгей"];
        try
        {
            var saved = await (await PutSchoolAsync(director, new
            {
                scaleLabelsKk = kk.Select(l => "  " + l).ToArray(), scaleLabelsRu = new[] {
                    "I",
                    "II",
                    "III",
                    "IV",
                    "V" }, scaleLabelsEn = (string[]?)null, skippedCategories = Array.Empty<string>(),
            })).ReadAsync<SchoolReferenceSettingsDto>();
            saved.DefaultScaleLabels.ShouldBeFalse();
            saved.ScaleLabelsKk.ShouldBe(kk);
            saved.ScaleLabelsEn.ShouldBe(["beginning", "developing", "sufficient", "high", "exemplary"]);
            (await teacher.GetAsync<SchoolReferenceSettingsDto>($"{Url}/settings/school")).ScaleLabels.ShouldBe(kk);
            (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "ru")).GetAsync<SchoolReferenceSettingsDto>(
                $"{Url}/settings/school"))
                .ScaleLabels.ShouldBe(["I", "II", "III", "IV", "V"]);

            // Five non-empty labels of at most 60 characters.
            foreach (var bad in new[] { kk[..4], [.. kk[..4], " "], [.. kk[..4], new string('ә', 61)] })
            {
                var problem = await (await PutSchoolAsync(director, new { scaleLabelsKk = bad, skippedCategories = Array.Empty<string>() }))
                    .ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);
                FieldCodes(problem, "scaleLabelsKk").ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.ScaleLabelsInvalid);
            }
            (await teacher.GetAsync<SchoolReferenceSettingsDto>($"{Url}/settings/school")).ScaleLabels.ShouldBe(kk);

            // Only who holds the growth-cycle settings (director, deputy) changes them.
            (await PutSchoolAsync(teacher, new { scaleLabelsKk = kk, skippedCategories = Array.Empty<string>() })).StatusCode
                .ShouldBe(HttpStatusCode.Forbidden);
            var deputy = await host.SignInAsync(TestData.DemoSchoolBin, "deputy");
            (await PutSchoolAsync(
                deputy,
                new { scaleLabelsKk = kk, scaleLabelsRu = new[] { "A", "B", "C", "D", "E" }, skippedCategories = Array.Empty<string>() }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);

            // A save under a stale stamp is refused.
            (await director.PutJsonAsync(
                $"{Url}/settings/school",
                new { scaleLabelsKk = kk, skippedCategories = Array.Empty<string>(), concurrencyStamp = saved.ConcurrencyStamp }))
                .StatusCode.ShouldBe(HttpStatusCode.Conflict);

            // Another school keeps the defaults.
            var other = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
            (await other.GetAsync<SchoolReferenceSettingsDto>($"{Url}/settings/school")).DefaultScaleLabels.ShouldBeTrue();
        }
        finally
        {
            var reset = await (await PutSchoolAsync(director, new { skippedCategories = Array.Empty<string>() }))
                .ReadAsync<SchoolReferenceSettingsDto>();
            reset.DefaultScaleLabels.ShouldBeTrue();
        }
    }

    [Fact]
    public async Task Should_Follow_The_Schools_Ladder_To_The_Next_Category()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var expert = await host.SignInAsync(TestData.DemoSchoolBin, "teacher07"); // сарапшы
        var before = await expert.GetAsync<CourseClockDto>("/api/app/courses/clock");
        before.NextCategory.ShouldBe(QualificationCategory.Researcher);
        before.HoursRequired.ShouldBe(80);
        try
        {
            // Seed 004 Case 2 (L10323): педагог → модератор → сарапшы → шебер.
            var saved = await (await PutSchoolAsync(director, new { skippedCategories = new[] { "Researcher" } }))
                .ReadAsync<SchoolReferenceSettingsDto>();
            saved.Ladder.ShouldBe(
            [
                QualificationCategory.Pedagogue, QualificationCategory.Moderator,
                QualificationCategory.Expert, QualificationCategory.Master,
            ]);
            var after = await expert.GetAsync<CourseClockDto>("/api/app/courses/clock");
            after.NextCategory.ShouldBe(QualificationCategory.Master);
            after.HoursRequired.ShouldBe(108);
            (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher04")).GetAsync<CourseClockDto>("/api/app/courses/clock"))
                .NextCategory.ShouldBe(QualificationCategory.Expert); // a moderator still goes to сарапшы

            // The first and the last rung stay.
            var problem = await (await PutSchoolAsync(director, new { skippedCategories = new[] { "Master" } }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);
            FieldCodes(problem, "skippedCategories").ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.CategoryNotSkippable);

            // Another school keeps the national ladder.
            var other = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
            (await other.GetAsync<SchoolReferenceSettingsDto>($"{Url}/settings/school")).SkippedCategories.ShouldBeEmpty();
        }
        finally
        {
            (await PutSchoolAsync(director, new { skippedCategories = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        (await expert.GetAsync<CourseClockDto>("/api/app/courses/clock")).NextCategory.ShouldBe(QualificationCategory.Researcher);
    }

    /// <summary>PUTs the settings under the stamp just read (a school on the defaults has none).</summary>
    private static async Task<HttpResponseMessage> PutSchoolAsync(HttpClient client, object body)
    {
        var current = await client.GetAsync<SchoolReferenceSettingsDto>($"{Url}/settings/school");
        var json = JsonSerializer.SerializeToNode(body, JsonSerializerOptions.Web)!.AsObject();
        json["concurrencyStamp"] = current.ConcurrencyStamp;
        return await client.PutJsonAsync($"{Url}/settings/school", json);
    }

    private static IEnumerable<string?> FieldCodes(JsonElement problem, string field) =>
        problem.GetProperty("fieldCodes").GetProperty(field).EnumerateArray().Select(c => c.GetString());
}

public sealed class ReferenceData_Sqlite_Tests(SqliteHostFixture host) : ReferenceData_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class ReferenceData_Postgres_Tests(PostgresHostFixture host) : ReferenceData_Tests(host), IClassFixture<PostgresHostFixture>;

using System.Net;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Indicators;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Indicators;

/// <summary>The director's indicators are counted from the school's records of the year asked for.</summary>
public abstract class SchoolIndicators_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/school-indicators";

    [Fact]
    public async Task Should_Count_Observed_Lessons_Matching_Their_Objectives()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var before = await director.GetAsync<SchoolIndicatorsDto>(Url);
        var teacher = (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?filter=Мұғалім&maxResultCount=1")).Items[0];
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        foreach (var match in new[] { "Yes", "No", "NotAssessed" })
        {
            var body = ApiClients.NewObservation(teacher.Id, "Көрсеткіш");
            body["lessonDate"] = today;
            body["objectivesMatched"] = match;
            (await director.PostJsonAsync("/api/app/lesson-observations", body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var after = await director.GetAsync<SchoolIndicatorsDto>(Url);

        after.Observations.ObservedLessons.ShouldBe(before.Observations.ObservedLessons + 3);
        after.Observations.Assessed.ShouldBe(before.Observations.Assessed + 2);
        after.Observations.Matched.ShouldBe(before.Observations.Matched + 1);
        after.Observations.MatchedShare.ShouldBe(Math.Round(100m * after.Observations.Matched / after.Observations.Assessed, 1));
    }

    [Fact]
    public async Task Should_Count_Teachers_With_An_Agreed_Plan_Of_The_Year()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var indicators = await director.GetAsync<SchoolIndicatorsDto>(Url);

        indicators.AcademicYear.ShouldBe(AcademicYears.Of(DateOnly.FromDateTime(DateTime.UtcNow)));
        indicators.StaffCount.ShouldBeGreaterThanOrEqualTo(TestData.DemoSchoolStaffCount);
        indicators.Plans.WithAgreedPlan.ShouldBeGreaterThanOrEqualTo(2); // demo: one agreed, one in progress
        indicators.Plans.WaitingForAgreement.ShouldBeGreaterThanOrEqualTo(1);
        indicators.Plans.WithAgreedPlanShare.ShouldBe(Math.Round(100m * indicators.Plans.WithAgreedPlan / indicators.TeacherCount, 1));
    }

    [Fact]
    public async Task Should_Count_Teachers_Cycles_By_Stage_As_The_Cycle_List_Shows_Them()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var year = AcademicYears.Of(DateOnly.FromDateTime(DateTime.UtcNow));
        var active = await director.GetAsync<PagedResultDto<GrowthCycleListItemDto>>(
            $"/api/app/growth-cycles?academicYear={year}&status=Active&participantKind=Teacher&maxResultCount=100");

        var cycles = (await director.GetAsync<SchoolIndicatorsDto>(Url)).Cycles;

        cycles.TeachersWithActiveCycle.ShouldBe((int)active.TotalCount);
        cycles.TeachersWithActiveCycle.ShouldBeGreaterThan(0); // the demo school's teachers are mid-cycle
        cycles.ActiveByStage.ShouldBe(
            active.Items.GroupBy(c => c.CurrentStage).OrderBy(g => g.Key).Select(g => new StageCountDto(g.Key, g.Count())).ToList());
        cycles.AdministratorCycles.ShouldBeGreaterThanOrEqualTo(1); // the deputy's management practice
        cycles.SelfAssessedTeachers.ShouldBeGreaterThanOrEqualTo(1);
        cycles.TypicalDifficulties.ShouldNotBeEmpty();
        cycles.TypicalDifficulties.Select(z => z.Count).ShouldBeInOrder(SortDirection.Descending);
        cycles.PositiveDynamicsShare.ShouldBe(cycles.CyclesWithLearnerResults == 0 ? null
            : Math.Round(100m * cycles.CyclesWithPositiveDynamics / cycles.CyclesWithLearnerResults, 1));
    }

    [Fact]
    public async Task Should_Divide_Teacher_Shares_By_The_Teachers_Not_The_Administration()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var before = await director.GetAsync<SchoolIndicatorsDto>(Url);
        before.AdministrationCount.ShouldBeGreaterThanOrEqualTo(2); // the director and the deputy
        before.TeacherCount.ShouldBe(before.StaffCount - before.AdministrationCount);

        var deputy = ApiClients.NewStaffMember("Әкімшілік Қызметкері");
        deputy["isAdministration"] = true;
        (await director.PostJsonAsync("/api/app/staff", deputy)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var after = await director.GetAsync<SchoolIndicatorsDto>(Url);

        after.AdministrationCount.ShouldBe(before.AdministrationCount + 1);
        after.TeacherCount.ShouldBe(before.TeacherCount);
        var selfAssessment = after.Appendix.Single(i => i.Code == AppendixIndicators.SelfAssessment);
        selfAssessment.Of.ShouldBe(after.TeacherCount);
        after.Appendix.Single(i => i.Code == AppendixIndicators.SchoolCycle).Of.ShouldBe(after.AdministrationCount);
        (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?isAdministration=true&maxResultCount=100"))
            .Items.ShouldContain(s => s.FullName == "Әкімшілік Қызметкері" && s.IsAdministration);
    }

    [Fact]
    public async Task Should_Count_Diagnostics_As_Self_Assessment_And_A_Fall_As_Progress_Where_Lower_Is_Better()
    {
        const int year = 2037;
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher09");
        var cycle = await (await teacher.PostJsonAsync("/api/app/growth-cycles", new
        {
            academicYear = year, participantKind = "Teacher", competenceCodes = new[] { "01.1" },
            entryDiagnostic = new
            {
                competences = new[] { new { code = "01.1", level = 2 } }, growthZones = new[] { "Үлгерімі төмен оқушылар" },
            },
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);
        await AddAsync(
            teacher,
            cycle.Id,
            "LessonTaught",
            new { date = "2037-10-01", className = "7Б", subject = "Биология", learningObjectives = "7.1.2.1 Жасуша құрылысы" });
        (await teacher.PostJsonAsync(
            $"/api/app/growth-cycles/{cycle.Id}/move",
            new { targetStage = "Analysis", concurrencyStamp = cycle.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await AddAsync(teacher, cycle.Id, "LearnerResults", new
        {
            learnerResults = new[] { new { className = "7Б", subject = "Биология", indicator = "Үлгермейтін оқушылар саны", before = 6, after = 2, lowerIsBetter = true } },
        });
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var indicators = await director.GetAsync<SchoolIndicatorsDto>($"{Url}?academicYear={year}");

        indicators.Cycles.SelfAssessedTeachers.ShouldBe(1); // the entry diagnostic's competences, no separate form
        indicators.Cycles.CyclesWithLearnerResults.ShouldBe(1);
        indicators.Cycles.CyclesWithPositiveDynamics.ShouldBe(1); // 6 → 2 failing pupils is progress
        var dynamics = indicators.Appendix.Single(i => i.Code == AppendixIndicators.PositiveDynamics);
        (dynamics.Count, dynamics.Of, dynamics.Share).ShouldBe((1, 1, 100m));
        indicators.Appendix.Single(i => i.Code == AppendixIndicators.RegularAnalysis).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_List_The_Twenty_Appendix_Indicators_And_Keep_What_The_School_Records()
    {
        const int year = 2036;
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var empty = await director.GetAsync<SchoolIndicatorsDto>($"{Url}?academicYear={year}");
        empty.Appendix.Count.ShouldBe(20);
        empty.Appendix.Select(i => i.Stage).ShouldBeInOrder();
        empty.Appendix.Count(i => !i.Computed).ShouldBe(7);
        empty.Appendix.ShouldAllBe(i => i.Text != "Indicators:Appendix." + i.Code && i.Record == null);
        empty.Appendix.Where(i => i.Computed).ShouldAllBe(i => i.Basis != null && i.Count != null);

        var url = $"{Url}/records/{AppendixIndicators.SafeInclusiveConditions}";
        var saved = await (await director.PutJsonAsync(
            url,
            new { academicYear = year, achievement = "Partial", note = "Пандус салынды", evidence = "Бұйрық №12" }))
            .ReadAsync<AppendixIndicatorDto>();
        saved.Record!.Achievement.ShouldBe(IndicatorAchievement.Partial);
        saved.Record.UpdatedByName.ShouldNotBeNullOrEmpty();
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var changed = await (await deputy.PutJsonAsync(
            url,
            new { academicYear = year, achievement = "Achieved", concurrencyStamp = saved.Record.ConcurrencyStamp }))
            .ReadAsync<AppendixIndicatorDto>();
        changed.Record!.Achievement.ShouldBe(IndicatorAchievement.Achieved);
        changed.Record.Note.ShouldBeNull();

        await (await director.PutJsonAsync(
            url,
            new { academicYear = year, achievement = "Partial", concurrencyStamp = saved.Record.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        await (await director.PutJsonAsync(url, new { academicYear = year, achievement = "Partial" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict"); // a first save, but one exists
        await (await director.PutJsonAsync($"{Url}/records/Action.NoSuchIndicator", new { academicYear = year }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        await (await director.PutJsonAsync(
            url,
            new { academicYear = year, note = new string('ы', 2001), concurrencyStamp = changed.Record.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        await (await director.PutJsonAsync(
            url,
            new { academicYear = year, achievement = "Brilliant", concurrencyStamp = changed.Record.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:InvalidRequest");
        (await director.GetAsync<SchoolIndicatorsDto>($"{Url}?academicYear={year}")).Appendix
            .Single(i => i.Code == AppendixIndicators.SafeInclusiveConditions).Record!.Achievement.ShouldBe(IndicatorAchievement.Achieved);
        (await director.GetAsync<SchoolIndicatorsDto>($"{Url}?academicYear={year + 1}")).Appendix.ShouldAllBe(i => i.Record == null);
    }

    [Fact]
    public async Task Should_Keep_A_Schools_Record_To_That_School()
    {
        const int year = 2038;
        var url = $"{Url}/records/{AppendixIndicators.DialogueCulture}";
        var first = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var second = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        var own = await (await first.PutJsonAsync(
            url,
            new { academicYear = year, achievement = "Achieved", note = "Бірінші мектептің жазбасы" }))
            .ReadAsync<AppendixIndicatorDto>();

        (await second.GetAsync<SchoolIndicatorsDto>($"{Url}?academicYear={year}")).Appendix.ShouldAllBe(i => i.Record == null);
        // The first school's stamp means nothing to the second: its first save is a first save.
        await (await second.PutJsonAsync(
            url,
            new { academicYear = year, achievement = "NotAchieved", concurrencyStamp = own.Record!.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        (await (await second.PutJsonAsync(url, new { academicYear = year, achievement = "NotAchieved" })).ReadAsync<AppendixIndicatorDto>())
            .Record!.Note.ShouldBeNull();

        var mine = (await first.GetAsync<SchoolIndicatorsDto>($"{Url}?academicYear={year}")).Appendix
            .Single(i => i.Code == AppendixIndicators.DialogueCulture);
        (mine.Record!.Achievement, mine.Record.Note).ShouldBe((IndicatorAchievement.Achieved, "Бірінші мектептің жазбасы"));
    }

    private static Task<GrowthArtefactDto> AddAsync(HttpClient client, Guid cycleId, string kind, object content) =>
        client.PostJsonAsync($"/api/app/growth-cycles/{cycleId}/artefacts", new { kind, content })
            .ContinueWith(r => r.Result.ReadAsync<GrowthArtefactDto>(HttpStatusCode.Created))
            .Unwrap();

    [Fact]
    public async Task Should_Show_An_Empty_Year_As_Zeros_Without_Shares()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var empty = await director.GetAsync<SchoolIndicatorsDto>($"{Url}?academicYear=2035");

        empty.AcademicYearLabel.ShouldBe("2035–2036");
        empty.Observations.ObservedLessons.ShouldBe(0);
        empty.Observations.MatchedShare.ShouldBeNull();
        empty.Plans.WithAgreedPlan.ShouldBe(0);
        empty.Cycles.TeachersWithActiveCycle.ShouldBe(0);
        empty.Cycles.ActiveCycleShare.ShouldBe(0); // staff exist, nobody is in a cycle that year
        empty.Cycles.PositiveDynamicsShare.ShouldBeNull();
        empty.Cycles.TypicalDifficulties.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Refuse_A_Year_Out_Of_Range_And_Teachers()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        await (await director.GetAsync($"{Url}?academicYear=1850")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        await (await teacher.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
    }
}

public sealed class SchoolIndicators_Sqlite_Tests(SqliteHostFixture host) : SchoolIndicators_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class SchoolIndicators_Postgres_Tests(PostgresHostFixture host) :
    SchoolIndicators_Tests(host),
    IClassFixture<PostgresHostFixture>;

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
        indicators.Plans.WithAgreedPlanShare.ShouldBe(Math.Round(100m * indicators.Plans.WithAgreedPlan / indicators.StaffCount, 1));
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
        cycles.ActiveByStage.ShouldBe(active.Items.GroupBy(c => c.CurrentStage).OrderBy(g => g.Key).Select(g => new StageCountDto(g.Key, g.Count())).ToList());
        cycles.AdministratorCycles.ShouldBeGreaterThanOrEqualTo(1); // the deputy's management practice
        cycles.SelfAssessedTeachers.ShouldBeGreaterThanOrEqualTo(1);
        cycles.TypicalDifficulties.ShouldNotBeEmpty();
        cycles.TypicalDifficulties.Select(z => z.Count).ShouldBeInOrder(SortDirection.Descending);
        cycles.PositiveDynamicsShare.ShouldBe(cycles.CyclesWithLearnerResults == 0 ? null
            : Math.Round(100m * cycles.CyclesWithPositiveDynamics / cycles.CyclesWithLearnerResults, 1));
    }

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
        await (await director.GetAsync($"{Url}?academicYear=1850")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        await (await teacher.GetAsync(Url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
    }
}

public sealed class SchoolIndicators_Sqlite_Tests(SqliteHostFixture host) : SchoolIndicators_Tests(host), IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class SchoolIndicators_Postgres_Tests(PostgresHostFixture host) : SchoolIndicators_Tests(host), IClassFixture<PostgresHostFixture>;

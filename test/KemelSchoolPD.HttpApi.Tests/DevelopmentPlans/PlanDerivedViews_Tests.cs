using System.Net;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.DevelopmentPlans;

/// <summary>A view derived from a growth cycle (the plan's growth zones) shows no more than the cycle's own read rule allows.</summary>
public abstract class PlanDerivedViews_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/development-plans";

    [Fact]
    public async Task Should_Not_Show_A_Mentor_Through_The_Plan_What_The_Mentee_Did_Not_Share()
    {
        var year = AcademicYears.Current(TimeProvider.System);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher01");
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Mentor);
        var cycle = (await teacher.GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"/api/app/growth-cycles?academicYear={year}")).Items
            .ShouldHaveSingleItem();
        var planId = (await teacher.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>($"{Url}?academicYear={year}")).Items
            .ShouldHaveSingleItem()
            .Id;
        var plan = await teacher.GetAsync<DevelopmentPlanDto>($"{Url}/{planId}");
        (await teacher.PutJsonAsync($"{Url}/{planId}", new
        {
            content = plan.Content, mentorStaffMemberId = plan.MentorStaffMemberId, growthCycleId = cycle.Id, concurrencyStamp = plan
                .ConcurrencyStamp,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        // A private self-assessment (not shared with the mentor), newer than the shared entry diagnostic.
        var privateOne = await (await teacher.PostJsonAsync($"/api/app/growth-cycles/{cycle.Id}/artefacts", new
        {
            kind = "CompetenceSelfAssessment", sharedWithMentor = false, content = new
            {
                competences = new[] {
                new { code = "02.1", level = 5 } }
            },
        })).ReadAsync<GrowthArtefactDto>(HttpStatusCode.Created);

        var ownView = (await teacher.GetAsync<DevelopmentPlanDto>($"{Url}/{planId}")).GrowthCycle.ShouldNotBeNull();
        var mentorView = (await mentor.GetAsync<DevelopmentPlanDto>($"{Url}/{planId}")).GrowthCycle.ShouldNotBeNull();

        ownView.CompetenceSelfAssessment.ShouldContain(c => c.Competence.StartsWith("02.1") && c.Score == 5);
        mentorView.CompetenceSelfAssessment.ShouldNotContain(c => c.Score == 5);
        (await mentor.GetAsync($"/api/app/growth-cycles/{cycle.Id}/artefacts/{privateOne.Id}")).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class PlanDerivedViews_Sqlite_Tests(SqliteHostFixture host) : PlanDerivedViews_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class PlanDerivedViews_Postgres_Tests(PostgresHostFixture host) :
    PlanDerivedViews_Tests(host),
    IClassFixture<PostgresHostFixture>;

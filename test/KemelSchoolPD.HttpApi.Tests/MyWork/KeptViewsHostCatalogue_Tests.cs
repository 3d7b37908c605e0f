using System.Net;
using KemelSchoolPD.Courses;
using KemelSchoolPD.HttpApi.Tests.Courses;
using KemelSchoolPD.TestBase;
using static KemelSchoolPD.HttpApi.Tests.MyWork.WorkTestKit;

namespace KemelSchoolPD.HttpApi.Tests.MyWork;

/// <summary>
/// A kept view (the to-do list) also reads the host's catalogue: a change the platform operator makes to it renews every school's
/// kept views in the same save (the platform's change token is part of every key), so a school sees it at once.
/// </summary>
public abstract class KeptViewsHostCatalogue_Tests(KemelWebApplicationFactory host)
{
    private const string HostProgrammes = "/api/host/course-programmes";

    [Fact]
    public async Task Should_Show_A_Host_Catalogue_Change_In_A_Kept_View_At_Once()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var programme = await (await admin.PostJsonAsync(HostProgrammes, Courses_Tests.ProgrammeBody("Зерттеу сабағы (1-басылым)", 72)))
            .ReadAsync<CourseProgrammeDto>(HttpStatusCode.Created);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher09");
        var record = await (await teacher.PostJsonAsync("/api/app/courses/records",
                new { programmeId = programme.Id, plannedStart = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20) }))
            .ReadAsync<CourseRecordDto>(HttpStatusCode.Created);
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        (await ItemTextAsync(deputy, record.Id)).ShouldContain("1-басылым");
        (await ItemTextAsync(deputy, record.Id)).ShouldContain("1-басылым"); // kept

        await (await admin.PutJsonAsync($"{HostProgrammes}/{programme.Id}",
            Courses_Tests.ProgrammeBody("Зерттеу сабағы (2-басылым)", 72, programme.ConcurrencyStamp))).ReadAsync<CourseProgrammeDto>();

        (await ItemTextAsync(deputy, record.Id)).ShouldContain("2-басылым");
        (await ItemTextAsync(await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director), record.Id)).ShouldContain("2-басылым");
    }

    private static async Task<string> ItemTextAsync(HttpClient client, Guid recordId) =>
        (await client.MyWorkAsync(CourseWorkKinds.RequestAwaitingApproval)).Where(i => i.RecordId == recordId).ShouldHaveSingleItem().Text;
}

public sealed class KeptViewsHostCatalogue_Sqlite_Tests(SqliteHostFixture host)
    : KeptViewsHostCatalogue_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class KeptViewsHostCatalogue_Postgres_Tests(PostgresHostFixture host)
    : KeptViewsHostCatalogue_Tests(host), IClassFixture<PostgresHostFixture>;

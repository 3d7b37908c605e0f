using System.Net;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Staff;

public abstract class StaffEndpoints_Tests(KemelWebApplicationFactory host)
{
    [Fact]
    public async Task Should_List_The_Demo_School_Staff_With_Paging()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var page = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?maxResultCount=5");

        page.TotalCount.ShouldBeGreaterThanOrEqualTo(TestData.DemoSchoolStaffCount); // other tests of this class may add staff
        page.Items.Count.ShouldBe(5);
        page.Items.Select(i => i.FullName).ShouldBeInOrder(SortDirection.Ascending, StringComparer.CurrentCulture);
    }

    [Fact]
    public async Task Should_Filter_By_Category_And_Young_Specialists()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var masters = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?category=Master");
        var young = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?isYoungSpecialist=true");

        masters.Items.ShouldAllBe(m => m.Category == QualificationCategory.Master);
        masters.TotalCount.ShouldBe(3);
        young.Items.ShouldHaveSingleItem().IsYoungSpecialist.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Create_A_Teacher_And_Compute_The_Category_Expiry()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var response = await director.PostJsonAsync("/api/app/staff", new
        {
            fullName = "Тест Мұғалім " + Guid.NewGuid().ToString("N")[..6], position = "Мұғалім", subjects = new[] { "Математика" },
            hireDate = "2020-09-01", totalExperienceYears = 6, teachingExperienceYears = 5, category = "Moderator", categoryAssignedOn = "2023-05-20",
        });

        var created = await response.ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
        created.CategoryExpiresOn.ShouldBe(new DateOnly(2028, 5, 20));
        (await director.GetAsync<StaffMemberDto>($"/api/app/staff/{created.Id}")).FullName.ShouldBe(created.FullName);
    }

    [Fact]
    public async Task Should_Answer_400_With_Field_Errors_In_The_Users_Language()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "ru");

        var response = await director.PostJsonAsync(
            "/api/app/staff",
            new { fullName = "", position = "Учитель", hireDate = "2020-09-01", category = "Pedagogue" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        problem.GetProperty("errors").GetProperty("fullName")[0].GetString().ShouldBe("Обязательное поле.");
    }
}

public sealed class StaffEndpoints_Sqlite_Tests(SqliteHostFixture host) : StaffEndpoints_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class StaffEndpoints_Postgres_Tests(PostgresHostFixture host) :
    StaffEndpoints_Tests(host),
    IClassFixture<PostgresHostFixture>;

using System.Net;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Staff;

/// <summary>Name searches ignore case in Kazakh and Russian and read ё as е, on both providers.</summary>
public abstract class Search_Tests(KemelWebApplicationFactory host)
{
    [Theory]
    [InlineData("Әбілқасымова Гүлнар", "әбілқасымова")]
    [InlineData("Құрманғазиева Әсем", "ҚҰРМАНҒАЗИЕВА")]
    [InlineData("Ёлкина Анна", "ёлкина")]
    [InlineData("Ёлкина Анна", "елкина")]
    [InlineData("Елкина Мария", "ЁЛКИНА")]
    public async Task Should_Find_Staff_Whatever_The_Case_And_Yo(string fullName, string term)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var unique = Guid.NewGuid().ToString("N")[..6] + " ";
        var created = await (await director.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember(unique + fullName)))
            .ReadAsync<StaffMemberDto>(HttpStatusCode.Created);

        var found = await director.GetAsync<PagedResultDto<StaffMemberDto>>($"/api/app/staff?filter={Uri.EscapeDataString(unique + term)}");

        found.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task Should_Treat_Like_Wildcards_As_Plain_Characters()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var found = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?filter=%25");

        found.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Find_A_School_In_The_Sign_In_Picker_Whatever_The_Case()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var bin = ApiClients.NewBin();
        var body = (Dictionary<string, object?>)ToDictionary(ApiClients.NewSchool(bin));
        body["name"] = "Әл-Фараби атындағы мектеп-гимназия " + bin;
        (await admin.PostJsonAsync("/api/host/schools", body)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var schools = await host.CreateBareClient()
            .GetAsync<List<SchoolLookupDto>>("/api/account/schools?filter=" + Uri.EscapeDataString("әл-фараби"));
        var hosted = await admin.GetAsync<PagedResultDto<SchoolDto>>(
            "/api/host/schools?filter=" + Uri.EscapeDataString("ӘЛ-ФАРАБИ АТЫНДАҒЫ"));

        schools.ShouldContain(s => s.Name.EndsWith(bin));
        hosted.Items.ShouldContain(s => s.Bin == bin);
    }

    private static Dictionary<string, object?> ToDictionary(object value) =>
        value.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(value));
}

public sealed class Search_Sqlite_Tests(SqliteHostFixture host) : Search_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Search_Postgres_Tests(PostgresHostFixture host) : Search_Tests(host), IClassFixture<PostgresHostFixture>;

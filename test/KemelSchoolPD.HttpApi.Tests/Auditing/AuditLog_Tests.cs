using System.Net;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Auditing;

/// <summary>Every change to an audited record is logged with who made it and each property's old and new value.</summary>
public abstract class AuditLog_Tests(KemelWebApplicationFactory host)
{
    [Fact]
    public async Task Should_Log_An_Update_With_Old_And_New_Values_And_The_User()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var member = await CreateMemberAsync(director);
        var update = ApiClients.NewStaffMember(member.FullName + " (өзгертілді)");
        update["position"] = "Аға мұғалім";
        update["concurrencyStamp"] = member.ConcurrencyStamp;

        (await director.PutJsonAsync($"/api/app/staff/{member.Id}", update)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var log = await director.GetAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityType=StaffMember&entityId={member.Id}");
        log.TotalCount.ShouldBe(2);
        log.Items.ShouldAllBe(e => e.EntityType == "StaffMember" && e.EntityId == member.Id.ToString() && e.UserName == TestData.Director);
        var updated = log.Items[0]; // newest first
        updated.ChangeType.ShouldBe(EntityChangeType.Updated);
        updated.UserId.ShouldNotBeNull();
        updated.Time.ShouldBe(DateTime.UtcNow, TimeSpan.FromMinutes(5));
        updated.Changes.Select(c => c.Property).ShouldBe(["FullName", "Position"], ignoreOrder: true); // only what changed
        var fullName = updated.Changes.Single(c => c.Property == "FullName");
        fullName.OldValue.ShouldBe(member.FullName);
        fullName.NewValue.ShouldBe(member.FullName + " (өзгертілді)");
        var position = updated.Changes.Single(c => c.Property == "Position");
        (position.OldValue, position.NewValue).ShouldBe(("Мұғалім", "Аға мұғалім"));
        var created = log.Items[1];
        created.ChangeType.ShouldBe(EntityChangeType.Created);
        created.Changes.Single(c => c.Property == "FullName").ShouldBe(new AuditPropertyChangeDto("FullName", null, member.FullName));
    }

    [Fact]
    public async Task Should_Log_An_Archive_As_An_Update()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var member = await CreateMemberAsync(deputy);

        (await deputy.PostAsync($"/api/app/staff/{member.Id}/archive", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var log = await deputy.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityId={member.Id}&userName={TestData.Deputy}");
        var archived = log.Items.First(e => e.ChangeType == EntityChangeType.Updated);
        archived.Changes.ShouldContain(new AuditPropertyChangeDto("IsArchived", "False", "True"));
        archived.UserName.ShouldBe(TestData.Deputy);
    }

    [Fact]
    public async Task Should_Filter_By_User_And_Time()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var member = await CreateMemberAsync(director);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        var byDirector = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityId={member.Id}&userName={TestData.Director}");
        var byDeputy = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityId={member.Id}&userName={TestData.Deputy}");
        var sinceYesterday = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityId={member.Id}&from={yesterday}&to={tomorrow}");
        var sinceTomorrow = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityId={member.Id}&from={tomorrow}");
        var untilYesterday = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityId={member.Id}&to={yesterday}T00:00:00Z");

        byDirector.TotalCount.ShouldBe(1);
        byDeputy.TotalCount.ShouldBe(0);
        sinceYesterday.TotalCount.ShouldBe(1);
        sinceTomorrow.TotalCount.ShouldBe(0);
        untilYesterday.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Page_The_Log_Newest_First()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        await CreateMemberAsync(director);

        var page = await director.GetAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=5");
        var next = await director.GetAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?skipCount=5&maxResultCount=5");

        page.Items.Count.ShouldBe(5);
        page.TotalCount.ShouldBeGreaterThan(5);
        page.Items.Select(e => e.Time).ShouldBeInOrder(SortDirection.Descending);
        next.Items.Select(e => e.Id).ShouldNotContain(id => page.Items.Select(e => e.Id).Contains(id));
        next.Items.First().Time.ShouldBeLessThanOrEqualTo(page.Items.Last().Time);
    }

    [Fact]
    public async Task Should_Name_Whose_Record_It_Is_The_People_Behind_Ids_And_The_Author_But_No_Other_Record()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var leader = await CreateMemberAsync(director);
        var association = await (await director.PostJsonAsync("/api/app/methodological-associations",
            new
            {
                name = "ӘБ " + Guid.NewGuid().ToString("N")[..8], leaderStaffMemberId = leader
                .Id
            })).ReadAsync<MethodologicalAssociationDto>(HttpStatusCode.Created);
        var current = await director.GetAsync<StaffMemberDto>($"/api/app/staff/{leader.Id}"); // naming the leader may have touched the record
        var update = ApiClients.NewStaffMember(leader.FullName);
        update["methodologicalAssociationId"] = association.Id;
        update["concurrencyStamp"] = current.ConcurrencyStamp;
        (await director.PutJsonAsync($"/api/app/staff/{leader.Id}", update)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var created = (await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityType=MethodologicalAssociation&entityId={association.Id}")).Items.Single();
        var leaderChange = created.Changes.Single(c => c.Property == "LeaderStaffMemberId");
        (leaderChange.NewValue, leaderChange.NewValueName).ShouldBe((leader.Id.ToString(), leader.FullName));
        created.UserFullName.ShouldNotBeNullOrWhiteSpace();
        created.UserFullName.ShouldNotBe(TestData.Director); // the author's name, not the sign-in name

        var memberLog = await director.GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityType=StaffMember&entityId={leader.Id}");
        memberLog.Items.ShouldAllBe(e => e.OwnerName == leader.FullName);
        var moved = memberLog.Items.SelectMany(e => e.Changes)
            .First(c => c.Property == "MethodologicalAssociationId" && c.NewValue == association.Id.ToString());
        moved.NewValueName.ShouldBeNull(); // an id of another record is never resolved, only people
    }

    [Fact]
    public async Task Should_Answer_403_To_A_Teacher()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);

        var response = await teacher.GetAsync("/api/app/audit-logs?entityType=StaffMember");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
    }

    private static async Task<StaffMemberDto> CreateMemberAsync(HttpClient client) =>
        await (await client.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember())).ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
}

public sealed class AuditLog_Sqlite_Tests(SqliteHostFixture host) : AuditLog_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class AuditLog_Postgres_Tests(PostgresHostFixture host) : AuditLog_Tests(host), IClassFixture<PostgresHostFixture>;

using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.MultiTenancy;

/// <summary>
/// School A's director aims every school-owned endpoint at school B's records: each answer is exactly the answer for an id
/// that does not exist, nothing of B changes, and nothing of B shows up in A's lists or audit log.
/// </summary>
public abstract class TenantIsolation_Tests(KemelWebApplicationFactory host)
{
    public static IEnumerable<object[]> CaseKeys => SchoolOwnedEndpoints.All.Select(c => new object[] { c.Key });

    [Fact]
    public void Should_List_Every_School_Endpoint_That_Takes_An_Id()
    {
        var withIds = ApiCatalog.Of(host.Services)
            .Where(e => e.Permission?.Side == MultiTenancySide.Tenant && e.Route.Contains('{'))
            .Select(e => e.Key).ToHashSet();
        var listed = SchoolOwnedEndpoints.All.Select(c => $"{c.Method} {c.Route}").ToHashSet();

        SchoolOwnedEndpoints.All.Select(c => c.Key).ShouldBeUnique();
        withIds.Except(listed).ShouldBeEmpty("school endpoints with ids missing from SchoolOwnedEndpoints.All");
    }

    [Theory]
    [MemberData(nameof(CaseKeys), MemberType = typeof(TenantIsolation_Tests))]
    public async Task Should_Answer_Another_Schools_Ids_Like_Unknown_Ids_And_Change_Nothing(string endpoint)
    {
        var @case = SchoolOwnedEndpoints.All.Single(c => c.Key == endpoint);
        var b = await SecondSchool.OfAsync(host);
        var own = await OwnRecordsAsync();
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var before = await b.SnapshotAsync();

        var unknown = await SendAsync(director, @case, RecordIds.Random(), own);
        var foreign = await SendAsync(director, @case, b.Ids, own);

        var unknownProblem = await unknown.ShouldBeProblemAsync(@case.ExpectedStatus, @case.ExpectedCode);
        var foreignProblem = await foreign.ShouldBeProblemAsync(@case.ExpectedStatus, @case.ExpectedCode);
        Comparable(foreignProblem).ShouldBe(Comparable(unknownProblem));
        (await b.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Never_List_Another_Schools_Rows()
    {
        var b = await SecondSchool.OfAsync(host);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var staff = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/staff?includeArchived=true&maxResultCount=100");
        var byName = await director.GetAsync<PagedResultDto<StaffMemberDto>>($"/api/staff?includeArchived=true&filter={Uri.EscapeDataString(b.StaffMemberName)}");
        var subjects = await director.GetAsync<List<string>>("/api/staff/subjects");
        var associations = await director.GetAsync<PagedResultDto<MethodologicalAssociationListItemDto>>("/api/methodological-associations?maxResultCount=100");
        var roles = await director.GetAsync<List<RoleDto>>("/api/identity/roles");
        var notifications = await director.GetAsync<NotificationListDto>("/api/notifications?maxResultCount=100");

        staff.TotalCount.ShouldBeLessThanOrEqualTo(100);
        staff.Items.ShouldNotContain(s => s.Id == b.Ids[RecordKind.StaffMember]);
        byName.TotalCount.ShouldBe(0);
        subjects.ShouldNotContain(SecondSchool.OnlySubject);
        associations.Items.ShouldNotContain(a => a.Id == b.Ids[RecordKind.Association] || a.Name == b.AssociationName);
        roles.ShouldNotContain(r => r.Id == b.Ids[RecordKind.Role]);
        roles.Count.ShouldBe(KemelRoles.SchoolRoles.Count);
        notifications.Items.ShouldNotContain(n => n.Id == b.Ids[RecordKind.Notification]);
    }

    [Fact]
    public async Task Should_Keep_Another_Schools_Records_Out_Of_The_Audit_Log()
    {
        var b = await SecondSchool.OfAsync(host);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var secondDirector = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);

        foreach (var kind in RecordKind.All)
        {
            var mine = await director.GetAsync<PagedResultDto<AuditLogDto>>($"/api/audit-logs?entityId={b.Ids[kind]}");
            mine.TotalCount.ShouldBe(0, $"{kind} of the other school in this school's audit log");
        }
        var all = await director.GetAsync<PagedResultDto<AuditLogDto>>("/api/audit-logs?maxResultCount=100");
        all.Items.ShouldNotContain(a => RecordKind.All.Select(k => b.Ids[k].ToString()).Contains(a.EntityId));
        all.Items.ShouldNotContain(a => a.Changes.Any(c => c.NewValue == b.StaffMemberName || c.NewValue == b.AssociationName));

        // The other school does see its own history, so the filter above is not simply empty.
        var theirs = await secondDirector.GetAsync<PagedResultDto<AuditLogDto>>($"/api/audit-logs?entityType=StaffMember&entityId={b.Ids[RecordKind.StaffMember]}");
        theirs.Items.ShouldContain(a => a.ChangeType == EntityChangeType.Created);
    }

    [Fact]
    public async Task Should_Not_Add_Another_Schools_Staff_Member_To_An_Association()
    {
        var b = await SecondSchool.OfAsync(host);
        var own = await OwnRecordsAsync();
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var association = own[RecordKind.Association];
        var membersBefore = (await director.GetAsync<MethodologicalAssociationDto>($"/api/methodological-associations/{association}")).Members;

        var response = await director.PostJsonAsync($"/api/methodological-associations/{association}/members",
            new { staffMemberIds = new[] { own[RecordKind.StaffMember], b.Ids[RecordKind.StaffMember] } });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        (await director.GetAsync<MethodologicalAssociationDto>($"/api/methodological-associations/{association}")).Members
            .Select(m => m.Id).ShouldBe(membersBefore.Select(m => m.Id)); // all or nothing: the own member was not added either
        (await b.Director.GetAsync<StaffMemberDto>($"/api/staff/{b.Ids[RecordKind.StaffMember]}")).MethodologicalAssociationId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_A_Tenant_Header_Naming_Another_School()
    {
        var ids = await DemoIds.OfAsync(host);
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var bearer = await host.SignInWithTokenAsync(TestData.DemoSchoolBin, TestData.Director);

        foreach (var client in new[] { director, bearer })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/staff");
            request.Headers.Add("__tenant", ids.SecondSchoolId.ToString());
            await (await client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "MultiTenancy:TenantMismatch");

            var own = new HttpRequestMessage(HttpMethod.Get, "/api/staff?maxResultCount=1");
            own.Headers.Add("__tenant", ids.DemoSchoolId.ToString());
            (await client.SendAsync(own)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Should_Not_Let_A_Bearer_Token_Read_Another_Schools_Record()
    {
        var b = await SecondSchool.OfAsync(host);
        var own = await OwnRecordsAsync();
        var bearer = await host.SignInWithTokenAsync(TestData.DemoSchoolBin, TestData.Director);

        (await bearer.GetAsync<StaffMemberDto>($"/api/staff/{own[RecordKind.StaffMember]}")).Id.ShouldBe(own[RecordKind.StaffMember]);
        await (await bearer.GetAsync($"/api/staff/{b.Ids[RecordKind.StaffMember]}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        await (await bearer.GetAsync($"/api/methodological-associations/{b.Ids[RecordKind.Association]}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    private async Task<RecordIds> OwnRecordsAsync()
    {
        var ids = await DemoIds.OfAsync(host);
        return new RecordIds(new Dictionary<string, Guid>
        {
            [RecordKind.StaffMember] = ids.StaffMemberId,
            [RecordKind.Association] = ids.AssociationId,
            [RecordKind.Role] = ids.TeacherRoleId,
        });
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, SchoolOwnedEndpoint @case, RecordIds target, RecordIds own) =>
        client.SendJsonAsync(@case.Method, @case.Url(target, own), @case.Body?.Invoke(target, own));

    /// <summary>Everything of the answer except what names the request itself (its path and trace id).</summary>
    private static string Comparable(JsonElement problem) => string.Join("|",
        problem.EnumerateObject().Where(p => p.Name is not ("instance" or "traceId")).OrderBy(p => p.Name).Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    /// <summary>School B ("Kemel Second School") with one record of every kind, seeded once per host; read back by B's own director.</summary>
    private sealed class SecondSchool
    {
        public const string OnlySubject = "Бөгде Пән";
        private static readonly ConditionalWeakTable<KemelWebApplicationFactory, Lazy<Task<SecondSchool>>> Cache = new();

        public required RecordIds Ids { get; init; }
        public required HttpClient Director { get; init; }
        public required string StaffMemberName { get; init; }
        public required string AssociationName { get; init; }

        public static Task<SecondSchool> OfAsync(KemelWebApplicationFactory host) =>
            Cache.GetValue(host, h => new Lazy<Task<SecondSchool>>(() => SeedAsync(h))).Value;

        private static async Task<SecondSchool> SeedAsync(KemelWebApplicationFactory host)
        {
            var ids = await DemoIds.OfAsync(host);
            var director = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
            var staffName = "Екінші Мектеп Мұғалімі " + Guid.NewGuid().ToString("N")[..6];
            var staffBody = ApiClients.NewStaffMember(staffName);
            staffBody["subjects"] = new[] { OnlySubject };
            var staff = await (await director.PostJsonAsync("/api/staff", staffBody)).ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
            var associationName = "Екінші мектеп бірлестігі " + Guid.NewGuid().ToString("N")[..6];
            var association = await (await director.PostJsonAsync("/api/methodological-associations", new { name = associationName }))
                .ReadAsync<MethodologicalAssociationDto>(HttpStatusCode.Created);
            var role = (await director.GetAsync<List<RoleDto>>("/api/identity/roles")).Single(r => r.Name == KemelRoles.Teacher);
            var userId = (await director.GetJsonAsync("/api/app/configuration")).GetProperty("currentUser").GetProperty("id").GetGuid();

            Guid notificationId;
            using (var scope = host.Services.CreateScope())
            using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(ids.SecondSchoolId))
            {
                var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
                var notification = new Notification(userId, NotificationCodes.CategoryExpiring, "isolation-test:" + staff.Id,
                    new Dictionary<string, string> { ["StaffName"] = staffName, ["Category"] = "Enum:QualificationCategory.Moderator", ["ExpiresOn"] = "20.05.2028" },
                    DateTime.UtcNow);
                db.Notifications.Add(notification);
                await db.SaveChangesAsync();
                notificationId = notification.Id;
            }

            return new SecondSchool
            {
                Director = director,
                StaffMemberName = staffName,
                AssociationName = associationName,
                Ids = new RecordIds(new Dictionary<string, Guid>
                {
                    [RecordKind.StaffMember] = staff.Id,
                    [RecordKind.Association] = association.Id,
                    [RecordKind.Role] = role.Id,
                    [RecordKind.Notification] = notificationId,
                }),
            };
        }

        /// <summary>Everything B's director can read about the seeded records, as raw JSON.</summary>
        public async Task<string> SnapshotAsync()
        {
            var parts = new[]
            {
                $"/api/staff/{Ids[RecordKind.StaffMember]}",
                $"/api/methodological-associations/{Ids[RecordKind.Association]}",
                $"/api/identity/roles/{Ids[RecordKind.Role]}/permissions",
                "/api/notifications?maxResultCount=100",
                "/api/staff?includeArchived=true&maxResultCount=100",
                "/api/audit-logs?maxResultCount=1",
            };
            var texts = new List<string>();
            foreach (var url in parts)
            {
                var response = await Director.GetAsync(url);
                texts.Add($"{url} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            return string.Join(Environment.NewLine, texts);
        }
    }
}

public sealed class TenantIsolation_Sqlite_Tests(SqliteHostFixture host) : TenantIsolation_Tests(host), IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class TenantIsolation_Postgres_Tests(PostgresHostFixture host) : TenantIsolation_Tests(host), IClassFixture<PostgresHostFixture>;

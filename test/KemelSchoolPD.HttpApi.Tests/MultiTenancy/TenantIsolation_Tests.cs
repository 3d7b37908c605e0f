using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Configuration;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Entities;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.MultiTenancy;

/// <summary>
/// School A's director aims every school-owned endpoint at school B's records: each answer is exactly the answer for an id
/// that does not exist, nothing of B changes, and nothing of B shows up in any of A's lists or in A's audit log.
/// Modules put their records and endpoints under this suite in <see cref="RecordKinds"/> and <see cref="SchoolOwnedEndpoints"/>.
/// </summary>
public abstract class TenantIsolation_Tests(KemelWebApplicationFactory host)
{
    public static IEnumerable<object[]> CaseKeys => SchoolOwnedEndpoints.All.Select(c => new object[] { c.Key });

    [Fact]
    public void Should_List_Every_School_Endpoint_That_Takes_An_Id()
    {
        var withIds = SchoolEndpoints().Where(e => e.Route.Contains('{')).Select(e => e.Key).Except(SchoolOwnedEndpoints.KeyedByName.Keys)
            .ToHashSet();
        var listed = SchoolOwnedEndpoints.All.Select(c => $"{c.Method} {c.Route}").ToHashSet();

        SchoolOwnedEndpoints.All.Select(c => c.Key).ShouldBeUnique();
        withIds.Except(listed).ShouldBeEmpty("school endpoints with ids missing from SchoolOwnedEndpoints.All");
        listed.Except(withIds).Where(k => k.Contains('{')).ShouldBeEmpty("cases for routes the host does not map");
        foreach (var @case in SchoolOwnedEndpoints.All) @case.Url(RecordIds.Random(), RecordIds.Random())
            .ShouldNotContain("{", Case.Sensitive, @case.Key);
    }

    [Theory]
    [MemberData(nameof(CaseKeys), MemberType = typeof(TenantIsolation_Tests))]
    public async Task Should_Answer_Another_Schools_Ids_Like_Unknown_Ids_And_Change_Nothing(string endpoint)
    {
        var @case = SchoolOwnedEndpoints.All.Single(c => c.Key == endpoint);
        var (a, b) = await Schools.OfAsync(host);
        var before = await b.SnapshotAsync();

        var unknown = await SendAsync(a.Director, @case, RecordIds.Random(), a.Ids);
        var foreign = await SendAsync(a.Director, @case, b.Ids, a.Ids);

        var unknownProblem = await unknown.ShouldBeProblemAsync(@case.ExpectedStatus, @case.ExpectedCode);
        var foreignProblem = await foreign.ShouldBeProblemAsync(@case.ExpectedStatus, @case.ExpectedCode);
        Comparable(foreignProblem).ShouldBe(Comparable(unknownProblem));
        (await b.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Never_Mention_Another_Schools_Records_In_Any_List()
    {
        var (a, b) = await Schools.OfAsync(host);
        var lists = ListEndpoints();
        lists.ShouldContain("/api/app/staff");

        var leaks = new List<string>();
        var ownSeen = false;
        foreach (var url in lists)
        {
            var mine = await ReadListAsync(a.Director, url);
            var theirs = await ReadListAsync(b.Director, url);
            ownSeen |= mine.Contains(a.Marker, StringComparison.Ordinal);
            foreach (var text in b.Ids.All.Select(id => id.ToString()).Append(b.Marker))
                if (mine.Contains(text, StringComparison.OrdinalIgnoreCase)) leaks.Add($"{url} shows {text} of the other school");
            foreach (var text in a.Ids.All.Select(id => id.ToString()).Append(a.Marker))
                if (theirs.Contains(text, StringComparison.OrdinalIgnoreCase)) leaks.Add($"{url} shows {text} to the other school");
        }

        leaks.ShouldBeEmpty(string.Join(Environment.NewLine, leaks));
        ownSeen.ShouldBeTrue("the lists do show the school's own records, so the check above is not vacuous");
    }

    [Fact]
    public async Task Should_Never_List_Another_Schools_Rows()
    {
        var (a, b) = await Schools.OfAsync(host);

        var staff = await a.Director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?includeArchived=true&maxResultCount=100");
        var byName = await a.Director.GetAsync<PagedResultDto<StaffMemberDto>>($"/api/app/staff?includeArchived=true&filter={b.Marker}");
        var bySubject = await a.Director
            .GetAsync<PagedResultDto<StaffMemberDto>>($"/api/app/staff?subject={Uri.EscapeDataString("Пән " + b.Marker)}");
        var subjects = await a.Director.GetAsync<List<string>>("/api/app/staff/subjects");
        var associations = await a.Director
            .GetAsync<PagedResultDto<MethodologicalAssociationListItemDto>>($"/api/app/methodological-associations?filter={b.Marker}");
        var roles = await a.Director.GetAsync<List<RoleDto>>("/api/identity/roles");
        var notifications = await a.Director.GetAsync<NotificationListDto>("/api/app/notifications?maxResultCount=100");

        staff.TotalCount.ShouldBeLessThanOrEqualTo(100);
        staff.Items.ShouldNotContain(s => s.Id == b.Ids[RecordKinds.StaffMember]);
        staff.Items.ShouldContain(s => s.Id == a.Ids[RecordKinds.StaffMember]);
        byName.TotalCount.ShouldBe(0);
        bySubject.TotalCount.ShouldBe(0);
        subjects.ShouldNotContain("Пән " + b.Marker);
        subjects.ShouldContain("Пән " + a.Marker);
        associations.TotalCount.ShouldBe(0);
        roles.ShouldNotContain(r => r.Id == b.Ids[RecordKinds.Role]);
        roles.ShouldNotContain(r => r.Id == b.Ids[RecordKinds.CustomRole]);
        roles.Count.ShouldBe(KemelRoles.SchoolRoles.Count + 1); // and the school's own custom role
        notifications.Items.ShouldNotContain(n => n.Id == b.Ids[RecordKinds.Notification]);
        notifications.Items.ShouldContain(n => n.Id == a.Ids[RecordKinds.Notification]);
    }

    [Fact]
    public async Task Should_Keep_Another_Schools_Records_Out_Of_The_Audit_Log()
    {
        var (a, b) = await Schools.OfAsync(host);

        foreach (var kind in RecordKinds.All)
        {
            var mine = await a.Director.GetAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityId={b.Ids[kind]}");
            mine.TotalCount.ShouldBe(0, $"{kind} of the other school in this school's audit log");
        }
        var all = await a.Director.GetAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?maxResultCount=100");
        all.Items.ShouldNotContain(e => b.Ids.All.Select(id => id.ToString()).Contains(e.EntityId));
        all.Items.ShouldNotContain(e => e.Changes.Any(c => c.NewValue != null && c.NewValue.Contains(b.Marker)));
        var byUser = await a.Director.GetAsync<PagedResultDto<AuditLogDto>>("/api/app/audit-logs?userName=director&maxResultCount=100");
        byUser.Items.ShouldNotContain(e => b.Ids.All.Select(id => id.ToString()).Contains(e.EntityId)); // same user name, other school

        // The other school does see its own history, so the filter above is not simply empty.
        var theirs = await b.Director
            .GetAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityType=StaffMember&entityId={b.Ids[RecordKinds.StaffMember]}");
        theirs.Items.ShouldContain(e => e.ChangeType == EntityChangeType.Created);
    }

    [Fact]
    public async Task Should_Not_Add_Another_Schools_Staff_Member_To_An_Association()
    {
        var (a, b) = await Schools.OfAsync(host);
        var association = a.Ids[RecordKinds.Association];
        var membersBefore = (await a.Director.GetAsync<MethodologicalAssociationDto>($"/api/app/methodological-associations/{association}"))
            .Members;

        var response = await a.Director.PostJsonAsync($"/api/app/methodological-associations/{association}/members",
            new { staffMemberIds = new[] { a.Ids[RecordKinds.StaffMember], b.Ids[RecordKinds.StaffMember] } });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        (await a.Director.GetAsync<MethodologicalAssociationDto>($"/api/app/methodological-associations/{association}")).Members
            .Select(m => m.Id).ShouldBe(membersBefore.Select(m => m.Id)); // all or nothing: the own member was not added either
        (await b.Director.GetAsync<StaffMemberDto>($"/api/app/staff/{b.Ids[RecordKinds.StaffMember]}")).MethodologicalAssociationId
            .ShouldBeNull();
    }

    [Fact]
    public async Task Should_Refuse_A_Tenant_Header_Naming_Another_School()
    {
        var (a, b) = await Schools.OfAsync(host);
        var bearer = await host.SignInWithTokenAsync(TestData.DemoSchoolBin, TestData.Director);
        var admin = await host.SignInAsync(null, TestData.HostAdmin);

        foreach (var (client, url) in new[] {
            (a.Director, "/api/app/staff"),
            (bearer, "/api/app/staff"),
            (a.Director, $"/api/app/staff/{b.Ids[RecordKinds.StaffMember]}") })
        {
            await (await client.SendAsync(WithTenant(HttpMethod.Get, url, b.SchoolId))).ShouldBeProblemAsync(
                HttpStatusCode.Forbidden,
                "MultiTenancy:TenantMismatch");
            await (await client.SendAsync(WithTenant(HttpMethod.Get, url, "not-a-school"))).ShouldBeProblemAsync(
                HttpStatusCode.Forbidden,
                "MultiTenancy:TenantMismatch");
        }
        // Naming one's own school is fine.
        (await a.Director.SendAsync(WithTenant(HttpMethod.Get, "/api/app/staff?maxResultCount=1", a.SchoolId))).StatusCode
            .ShouldBe(HttpStatusCode.OK);
        (await bearer.SendAsync(WithTenant(HttpMethod.Get, "/api/app/staff?maxResultCount=1", a.SchoolId))).StatusCode
            .ShouldBe(HttpStatusCode.OK);
        // The platform operator cannot step into a school with the header either.
        await (await admin.SendAsync(WithTenant(HttpMethod.Get, "/api/app/staff", b.SchoolId))).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden,
            "MultiTenancy:TenantMismatch");
        // A write with a foreign header changes nothing.
        var before = await b.SnapshotAsync();
        var archive = WithTenant(HttpMethod.Post, $"/api/app/staff/{b.Ids[RecordKinds.StaffMember]}/archive", b.SchoolId);
        await (await a.Director.SendAsync(archive)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "MultiTenancy:TenantMismatch");
        (await b.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Not_Let_A_Bearer_Token_Read_Another_Schools_Record()
    {
        var (a, b) = await Schools.OfAsync(host);
        var bearer = await host.SignInWithTokenAsync(TestData.DemoSchoolBin, TestData.Director);

        (await bearer.GetAsync<StaffMemberDto>($"/api/app/staff/{a.Ids[RecordKinds.StaffMember]}")).Id
            .ShouldBe(a.Ids[RecordKinds.StaffMember]);
        foreach (var kind in RecordKinds.All.Where(k => k.ReadUrl(Guid.Empty).Contains(Guid.Empty.ToString())))
            await (await bearer.GetAsync(kind.ReadUrl(b.Ids[kind]))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
        (await bearer.GetAsync<PagedResultDto<StaffMemberDto>>($"/api/app/staff?filter={b.Marker}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_Answer_The_Hosts_Own_Role_Like_An_Unknown_Role()
    {
        var (a, _) = await Schools.OfAsync(host);
        Guid hostRoleId;
        using (var scope = host.Services.CreateScope()) // no school: the host's own rows
        {
            var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
            hostRoleId = await db.Roles.Where(r => r.Name == KemelRoles.HostAdmin).Select(r => r.Id).SingleAsync();
        }
        var body = new { grantedPermissions = new[] { KemelSchoolPDPermissions.Staff.Default } };

        foreach (var (method, payload) in new (string, object?)[] { ("GET", null), ("PUT", body) })
        {
            var unknown = await a.Director.SendJsonAsync(method, $"/api/identity/roles/{Guid.NewGuid()}/permissions", payload);
            var hostRole = await a.Director.SendJsonAsync(method, $"/api/identity/roles/{hostRoleId}/permissions", payload);

            var unknownProblem = await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
            Comparable(await hostRole.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound")).ShouldBe(
                Comparable(unknownProblem));
        }
        (await a.Director.GetAsync<List<RoleDto>>("/api/identity/roles")).ShouldNotContain(r => r.Id == hostRoleId);
        (await (await host.SignInAsync(null, TestData.HostAdmin)).GetAsync<ApplicationConfigurationDto>("/api/app/configuration"))
            .GrantedPolicies[KemelSchoolPDPermissions.Staff.Default].ShouldBeFalse(); // the PUT above granted the host nothing
    }

    /// <summary>Endpoints with a school permission, and the files, whose owner records (not a permission) say who may use them.</summary>
    private IEnumerable<ApiEndpoint> SchoolEndpoints() =>
        ApiCatalog.Of(host.Services).Where(e => e.Permission?.Side == MultiTenancySide.Tenant
                                                || e.Route.StartsWith("/api/app/attachments", StringComparison.Ordinal));

    /// <summary>Every school-side GET without ids: the lists (and single documents) a school's users read.</summary>
    private List<string> ListEndpoints()
        => SchoolEndpoints().Where(e => e.Method == "GET" && !e.Route.Contains('{')).Select(e => e.Route).ToList();

    private static async Task<string> ReadListAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url + "?maxResultCount=100&includeArchived=true");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {body}");
        return response.Content.Headers.ContentType?.MediaType switch
        {
            { } type when type.Contains("json") => body,
            Docx.ContentType => Docx.Open(await response.Content.ReadAsByteArrayAsync()).AllText, // printed lists leak too
            _ => "",
        };
    }

    private static HttpRequestMessage WithTenant(HttpMethod method, string url, object tenant)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("__tenant", tenant.ToString());
        return request;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, SchoolOwnedEndpoint @case, RecordIds target, RecordIds own) =>
        client.SendJsonAsync(@case.Method, @case.Url(target, own), @case.Body?.Invoke(target, own));

    /// <summary>Everything of the answer except what names the request itself (its path and trace id).</summary>
    private static string Comparable(JsonElement problem) => string.Join("|",
        problem.EnumerateObject().Where(p => p.Name is not ("instance" or "traceId")).OrderBy(p => p.Name)
            .Select(p => $"{p.Name}={p.Value.GetRawText()}"));

    /// <summary>A school with one record of every <see cref="RecordKind"/>, seeded through its own director.</summary>
    private sealed class SeededSchool
    {
        public required KemelWebApplicationFactory Host { get; init; }
        public required Guid SchoolId { get; init; }
        public required HttpClient Director { get; init; }
        public required string Marker { get; init; }
        public required RecordIds Ids { get; init; }

        public static async Task<SeededSchool> SeedAsync(KemelWebApplicationFactory host, string bin, Guid schoolId, string marker)
        {
            var director = await host.SignInAsync(bin, TestData.Director);
            var userId = (await director.GetJsonAsync("/api/app/configuration")).GetProperty("currentUser").GetProperty("id").GetGuid();
            var school = new SchoolUnderTest(host, director, schoolId, userId, marker);
            var ids = new Dictionary<RecordKind, Guid>();
            foreach (var kind in RecordKinds.All) ids[kind] = await kind.SeedAsync(school);
            return new SeededSchool { Host = host, SchoolId = schoolId, Director = director, Marker = marker, Ids = new RecordIds(ids) };
        }

        /// <summary>
        /// Every row of the school in every table, the audit log and notifications included, read past the app: what "nothing
        /// of B changes" compares. Wider than reading each record back through the API (a raw SQL write shows too) and cheaper.
        /// </summary>
        public async Task<string> SnapshotAsync()
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
            var tables = db.Model.GetEntityTypes()
                .Where(t => t.GetTableName() is not null && t.FindProperty(nameof(IMultiTenant.TenantId)) is not null)
                .Select(t => (Table: t.GetTableName()!, Column: t.FindProperty(nameof(IMultiTenant.TenantId))!.GetColumnName()))
                .Distinct().OrderBy(t => t.Table, StringComparer.Ordinal).ToList();
            tables.Count.ShouldBeGreaterThan(20, "the school's tables, from the model");
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            // EF Core keeps a Guid as upper-case text in SQLite and as uuid in PostgreSQL.
            object school = db.Database.IsSqlite() ? SchoolId.ToString().ToUpperInvariant() : SchoolId;
            var text = new StringBuilder();
            foreach (var (table, column) in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\" WHERE \"{column}\" = @school";
                var parameter = command.CreateParameter();
                (parameter.ParameterName, parameter.Value) = ("@school", school);
                command.Parameters.Add(parameter);
                var rows = new List<string>();
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                    rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅"
                        : reader.GetValue(i) is byte[] bytes
                            ? Convert.ToBase64String(bytes)
                            : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
                rows.Sort(StringComparer.Ordinal);
                text.Append(table).Append(": ").AppendJoin('\n', rows).Append('\n');
            }
            return text.ToString();
        }
    }

    /// <summary>School A (the demo school, the caller) and school B (the second school), seeded once per host.</summary>
    private static class Schools
    {
        private static readonly ConditionalWeakTable<KemelWebApplicationFactory, Lazy<Task<(SeededSchool A, SeededSchool B)>>> Cache
            = new();

        public static Task<(SeededSchool A, SeededSchool B)> OfAsync(KemelWebApplicationFactory host) =>
            Cache.GetValue(host, h => new Lazy<Task<(SeededSchool, SeededSchool)>>(() => SeedAsync(h))).Value;

        private static async Task<(SeededSchool, SeededSchool)> SeedAsync(KemelWebApplicationFactory host)
        {
            var ids = await DemoIds.OfAsync(host);
            var tag = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
            var a = await SeededSchool.SeedAsync(host, TestData.DemoSchoolBin, ids.DemoSchoolId, "SchoolA" + tag);
            var b = await SeededSchool.SeedAsync(host, TestData.SecondSchoolBin, ids.SecondSchoolId, "SchoolB" + tag);
            return (a, b);
        }
    }
}

public sealed class TenantIsolation_Sqlite_Tests(SqliteHostFixture host) : TenantIsolation_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class TenantIsolation_Postgres_Tests(PostgresHostFixture host) :
    TenantIsolation_Tests(host),
    IClassFixture<PostgresHostFixture>;

using System.Net;
using System.Text.Json;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Validation;

/// <summary>
/// Whatever a client sends, the answer is a ProblemDetails with a stable code: 400 for what cannot be read or is invalid,
/// 404 for an unknown id, 409 for a stale edit, never 500.
/// </summary>
public abstract class BadInput_Tests(KemelWebApplicationFactory host)
{
    private const string ValidStaff =
        """{"fullName":"Қате Енгізу","position":"Мұғалім","hireDate":"2020-09-01","totalExperienceYears":6,"teachingExperienceYears":5,"category":"Moderator","categoryAssignedOn":"2023-05-20"}""";

    private static string Staff(string property, string json) =>
        JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(ValidStaff)!
            .Where(p => p.Key != property).Append(new(property, JsonDocument.Parse(json).RootElement)).ToDictionary());

    /// <summary>method, url, raw JSON body (null: none), the field the answer must name (null: the request as a whole).</summary>
    public static TheoryData<string, string, string?, string?> BadRequests => new()
    {
        // Malformed JSON and bodies of the wrong shape
        { "POST", "/api/app/staff", """{"fullName":"Қате","position":""", null },
        { "POST", "/api/app/staff", "not json at all", null },
        { "POST", "/api/app/staff", "[]", null },
        { "POST", "/api/app/staff", "null", null },
        { "POST", "/api/app/staff", "", null },
        { "POST", "/api/app/methodological-associations", """{"name": }""", null },
        // Wrong JSON types
        { "POST", "/api/app/staff", Staff("fullName", "123"), null },
        { "POST", "/api/app/staff", Staff("totalExperienceYears", "\"six\""), null },
        { "POST", "/api/app/staff", Staff("totalExperienceYears", "99999999999"), null },
        { "POST", "/api/app/staff", Staff("hireDate", "\"2020-13-45\""), null },
        { "POST", "/api/app/staff", Staff("hireDate", "true"), null },
        { "POST", "/api/app/staff", Staff("subjects", "\"Математика\""), null },
        { "POST", "/api/app/staff", Staff("isYoungSpecialist", "\"maybe\""), null },
        { "POST", "/api/app/staff", Staff("methodologicalAssociationId", "\"abc\""), null },
        {
            "POST",
            "/api/app/methodological-associations/00000000-0000-0000-0000-000000000001/members",
            """{"staffMemberIds":["abc"]}""",
            null },
        // Over-long and out-of-range values
        { "POST", "/api/app/staff", Staff("fullName", "\"" + new string('Ә', 300) + "\""), "fullName" },
        { "POST", "/api/app/staff", Staff("position", "\"" + new string('x', 129) + "\""), "position" },
        { "POST", "/api/app/staff", Staff("email", "\"not-an-email\""), "email" },
        { "POST", "/api/app/staff", Staff("totalExperienceYears", "-1"), "totalExperienceYears" },
        { "POST", "/api/app/staff", Staff("teachingExperienceYears", "71"), "teachingExperienceYears" },
        {
            "POST",
            "/api/app/staff",
            Staff("subjects", "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]"),
            "subjects" },
        { "POST", "/api/app/staff", Staff("subjects", "[\"" + new string('x', 200) + "\"]"), "subjects" },
        { "POST", "/api/app/staff", Staff("categoryAssignedOn", "\"9999-12-31\""), "categoryAssignedOn" },
        {
            "POST",
            "/api/app/methodological-associations",
            """{"name":"x","description":"__long__"}""".Replace("__long__", new string('x', 2001)),
            "description" },
        // Unknown enum values, as a string and as a number
        { "POST", "/api/app/staff", Staff("category", "\"Bogus\""), null },
        { "POST", "/api/app/staff", Staff("category", "99"), null },
        { "POST", "/api/app/staff", Staff("category", "3"), null },
        { "PUT", "/api/app/school/profile", """{"name":"x","region":"x","district":"x","settlementType":"Bogus","languagesOfInstruction":["Kazakh"],"concurrencyStamp":"x"}""", null },
        { "PUT", "/api/app/school/profile", """{"name":"x","region":"x","district":"x","settlementType":"Urban","languagesOfInstruction":["Klingon"],"concurrencyStamp":"x"}""", null },
        {
            "PUT",
            "/api/app/school/profile",
            """{"name":"x","region":"x","district":"x","settlementType":"Urban","languagesOfInstruction":[99],"concurrencyStamp":"x"}""",
            null },
        // Missing required fields
        { "POST", "/api/app/staff", "{}", "fullName" },
        { "POST", "/api/app/staff", Staff("category", "null"), "category" },
        { "POST", "/api/app/staff", Staff("hireDate", "null"), "hireDate" },
        { "POST", "/api/app/methodological-associations", """{"description":"без имени"}""", "name" },
        {
            "POST",
            "/api/app/methodological-associations/00000000-0000-0000-0000-000000000001/members",
            """{"staffMemberIds":[]}""",
            "staffMemberIds" },
        {
            "PUT",
            "/api/identity/roles/00000000-0000-0000-0000-000000000001/permissions",
            """{"grantedPermissions":null}""",
            "grantedPermissions" },
        {
            "PUT",
            "/api/app/school/profile",
            """{"name":"x","region":"x","district":"x","settlementType":"Urban","languagesOfInstruction":[]}""",
            "languagesOfInstruction" },
        { "PUT", "/api/account/culture", """{"culture":"de"}""", "culture" },
        { "PUT", "/api/account/culture", "{}", "culture" },
        // Query strings: unknown enums, wrong types, paging limits
        { "GET", "/api/app/staff?category=99", null, "category" },
        { "GET", "/api/app/staff?category=Bogus", null, null },
        { "GET", "/api/app/staff?isYoungSpecialist=maybe", null, null },
        { "GET", "/api/app/staff?methodologicalAssociationId=abc", null, null },
        { "GET", "/api/app/staff?maxResultCount=1000", null, "maxResultCount" },
        { "GET", "/api/app/staff?maxResultCount=0", null, "maxResultCount" },
        { "GET", "/api/app/staff?maxResultCount=99999999999", null, null },
        { "GET", "/api/app/staff?skipCount=-1", null, "skipCount" },
        { "GET", "/api/app/staff?filter=" + new string('x', 257), null, "filter" },
        { "GET", "/api/app/methodological-associations?maxResultCount=1000", null, "maxResultCount" },
        { "GET", "/api/app/audit-logs?maxResultCount=1000", null, "maxResultCount" },
        { "GET", "/api/app/audit-logs?from=yesterday", null, null },
        { "GET", "/api/app/notifications?maxResultCount=1000", null, "maxResultCount" },
    };

    [Theory]
    [MemberData(nameof(BadRequests), MemberType = typeof(BadInput_Tests))]
    public async Task Should_Answer_400_With_A_Code_When_The_Input_Is_Bad(string method, string url, string? body, string? field)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var before = await StaffCountAsync(director);

        var response = await director.SendJsonAsync(method, url, body);

        var problem = await ShouldBeBadRequestAsync(response);
        if (field is not null)
        {
            problem.GetProperty("code").GetString().ShouldBe("Common:ValidationFailed");
            problem.GetProperty("errors").TryGetProperty(field, out var messages).ShouldBeTrue(problem.ToString());
            messages[0].GetString().ShouldNotBeNullOrWhiteSpace();
        }
        (await StaffCountAsync(director)).ShouldBe(before);
    }

    [Theory]
    [InlineData("GET", "/api/app/staff/{0}")]
    [InlineData("PUT", "/api/app/staff/{0}")]
    [InlineData("POST", "/api/app/staff/{0}/archive")]
    [InlineData("POST", "/api/app/staff/{0}/restore")]
    [InlineData("GET", "/api/app/methodological-associations/{0}")]
    [InlineData("DELETE", "/api/app/methodological-associations/{0}")]
    [InlineData("GET", "/api/identity/roles/{0}/permissions")]
    [InlineData("POST", "/api/app/notifications/{0}/read")]
    [InlineData("GET", "/api/no-such-endpoint/{0}")]
    // Ids that are not guids match no route ({id:guid}): the same answer as an unknown id.
    [InlineData("GET", "/api/app/staff/abc{0}")]
    [InlineData("PUT", "/api/app/staff/abc{0}")]
    [InlineData("POST", "/api/app/staff/abc{0}/archive")]
    [InlineData("GET", "/api/app/methodological-associations/abc{0}")]
    [InlineData("DELETE", "/api/app/methodological-associations/00000000-0000-0000-0000-000000000001/members/abc{0}")]
    [InlineData("GET", "/api/identity/roles/abc{0}/permissions")]
    [InlineData("POST", "/api/app/notifications/abc{0}/read")]
    [InlineData("GET", "/api/app/development-plans/{0}x")]
    public async Task Should_Answer_404_When_The_Id_Is_Unknown(string method, string url)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var response = await director.SendJsonAsync(
            method,
            string.Format(url, Guid.NewGuid()),
            method == "PUT" ? Staff("concurrencyStamp", "\"x\"") : null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Answer_ProblemDetails_When_The_Method_Or_Content_Type_Is_Wrong()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var before = await StaffCountAsync(director);

        var wrongMethod = await director.DeleteAsync("/api/app/staff");
        var textBody = await director.PostAsync("/api/app/staff", new StringContent(ValidStaff));
        var jsonToImport = await director.PostRawJsonAsync("/api/app/staff/import", "{}");

        await wrongMethod.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed, "Common:InvalidRequest");
        await textBody.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "Common:InvalidRequest");
        await jsonToImport.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "Common:InvalidRequest");
        (await StaffCountAsync(director)).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Accept_Exactly_One_Of_Two_Concurrent_Edits()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var other = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var member = await (await director.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember())).ReadAsync<StaffMemberDto>(
            HttpStatusCode.Created);

        HttpClient[] clients = [director, other];
        var responses = await Task.WhenAll(clients.Select((client, i) =>
        {
            var body = ApiClients.NewStaffMember(member.FullName + " " + i);
            body["concurrencyStamp"] = member.ConcurrencyStamp;
            return client.PutJsonAsync($"/api/app/staff/{member.Id}", body);
        }));

        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        statuses.ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], string.Join(Environment.NewLine, bodies));
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict)
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadAsync<StaffMemberDto>();
        var stored = await director.GetAsync<StaffMemberDto>($"/api/app/staff/{member.Id}");
        stored.FullName.ShouldBe(winner.FullName);
        stored.ConcurrencyStamp.ShouldBe(winner.ConcurrencyStamp);
        stored.ConcurrencyStamp.ShouldNotBe(member.ConcurrencyStamp);
    }

    [Fact]
    public async Task Should_Answer_409_When_The_Concurrency_Stamp_Is_Stale()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var member = await (await director.PostJsonAsync("/api/app/staff", ApiClients.NewStaffMember())).ReadAsync<StaffMemberDto>(
            HttpStatusCode.Created);
        var first = ApiClients.NewStaffMember(member.FullName + " бірінші");
        first["concurrencyStamp"] = member.ConcurrencyStamp;
        (await director.PutJsonAsync($"/api/app/staff/{member.Id}", first)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var second = ApiClients.NewStaffMember(member.FullName + " екінші");
        second["concurrencyStamp"] = member.ConcurrencyStamp;
        await (await director.PutJsonAsync($"/api/app/staff/{member.Id}", second)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Common:ConcurrencyConflict");

        (await director.GetAsync<StaffMemberDto>($"/api/app/staff/{member.Id}")).FullName.ShouldBe(member.FullName + " бірінші");
    }

    [Fact]
    public async Task Should_Import_Nothing_And_Report_Each_Bad_Row()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var before = await StaffCountAsync(director);
        var good = "Импорт Дұрыс " + Guid.NewGuid().ToString("N")[..6];
        var csv = "FullName,Position,HireDate,Category,CategoryAssignedOn\r\n" +
                  $"{good},Мұғалім,2019-09-01,Moderator,2022-05-20\r\n" +
                  "Импорт Қате,Мұғалім,2019-09-01,Bogus,2022-05-20\r\n";

        var response = await director.PostAsync("/api/app/staff/import", ApiClients.CsvFile(csv));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Staff:ImportFailed");
        var row = problem.GetProperty("rows").EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("row").GetInt32().ShouldBe(3);
        row.GetProperty("column").GetString().ShouldBe("Qualification category");
        row.GetProperty("code").GetString().ShouldBe("Staff:ImportInvalidCategory");
        row.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        (await StaffCountAsync(director)).ShouldBe(before);
        (await director.GetAsync<PagedResultDto<StaffMemberDto>>($"/api/app/staff?filter={Uri.EscapeDataString(good)}")).TotalCount
            .ShouldBe(0);
    }

    [Fact]
    public async Task Should_Import_Every_Row_Of_A_Valid_File()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var before = await StaffCountAsync(director);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = "FullName;Position;Subjects;HireDate;TotalExperienceYears;TeachingExperienceYears;Category;CategoryAssignedOn;IsYoungSpecialist\r\n" +
                  $"Импорт Бірінші {tag};Мұғалім;Математика, Физика;2019-09-01;6;5;Moderator;2022-05-20;0\r\n" +
                  $"Импорт Екінші {tag};Учитель;Русский язык;01.09.2024;1;1;Pedagogue;;1\r\n";

        var result = await (await director.PostAsync("/api/app/staff/import", ApiClients.CsvFile(csv))).ReadAsync<StaffImportResultDto>();

        result.ImportedCount.ShouldBe(2);
        (await StaffCountAsync(director)).ShouldBe(before + 2);
        var imported = await director.GetAsync<PagedResultDto<StaffMemberDto>>($"/api/app/staff?filter={tag}");
        imported.Items.Select(s => s.FullName).ShouldBe([$"Импорт Бірінші {tag}", $"Импорт Екінші {tag}"], ignoreOrder: true);
        var first = imported.Items.Single(s => s.FullName.StartsWith("Импорт Бірінші", StringComparison.Ordinal));
        first.Subjects.ShouldBe(["Математика", "Физика"]);
        first.CategoryExpiresOn.ShouldBe(new DateOnly(2027, 5, 20));
        imported.Items.Single(s => s.FullName.StartsWith("Импорт Екінші", StringComparison.Ordinal)).IsYoungSpecialist.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Answer_400_When_The_Import_File_Is_Missing_Or_Unreadable()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var empty = await director.PostAsync("/api/app/staff/import", new MultipartFormDataContent { { new StringContent("x"), "other" } });
        var wrongFormat = await director.PostAsync("/api/app/staff/import", ApiClients.CsvFile("a,b\r\n1,2\r\n", "staff.txt"));
        var noColumns = await director.PostAsync("/api/app/staff/import", ApiClients.CsvFile("a,b\r\n1,2\r\n"));

        (await ShouldBeBadRequestAsync(empty)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
        await wrongFormat.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Staff:ImportUnsupportedFormat");
        await noColumns.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Staff:ImportMissingColumn");
    }

    [Fact]
    public async Task Should_Localize_The_Problem_Title_By_Accept_Language()
    {
        var csv = "FullName,Position,HireDate,Category\r\nЛокализация,Мұғалім,2019-09-01,Bogus\r\n";
        var answers = new List<(string Title, string RowMessage, string Column)>();
        foreach (var culture in new[] { "kk", "ru", "en" })
        {
            var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: culture);
            var problem = await (await director.PostAsync("/api/app/staff/import", ApiClients.CsvFile(csv)))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Staff:ImportFailed");
            var row = problem.GetProperty("rows")[0];
            answers.Add(
                (problem.GetProperty("title").GetString()!, row.GetProperty("message").GetString()!, row.GetProperty("column")
                    .GetString()!));
        }

        answers.Select(a => a.Title).Distinct().Count().ShouldBe(3, string.Join(" | ", answers));
        answers.Select(a => a.RowMessage).Distinct().Count().ShouldBe(3, string.Join(" | ", answers));
        answers[2].Title.ShouldBe("The file has errors. Nothing was imported; fix the rows listed and upload it again.");
        answers[2].Column.ShouldBe("Qualification category");
    }

    [Fact]
    public async Task Should_Never_Answer_500_When_Text_Contains_A_Nul_Character()
    {
        // PostgreSQL text cannot hold "\u0000": such input must be refused as a bad request, on anonymous endpoints too.
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var anonymous = host.CreateAnonymousClient();
        var before = await StaffCountAsync(director);
        var nulName = ApiClients.NewStaffMember("Нөл \u0000 Таңба");
        var nulSubject = ApiClients.NewStaffMember();
        nulSubject["subjects"] = new[] { "Мате\u0000матика" };
        var requests = new (string Name, Func<Task<HttpResponseMessage>> Send)[]
        {
            ("create staff", () => director.PostJsonAsync("/api/app/staff", nulName)),
            ("create staff with a subject", () => director.PostJsonAsync("/api/app/staff", nulSubject)),
            ("filter staff", () => director.GetAsync("/api/app/staff?filter=a%00b")),
            ("filter audit log", () => director.GetAsync("/api/app/audit-logs?userName=a%00b")),
            ("import", () => director.PostAsync(
                "/api/app/staff/import",
                ApiClients.CsvFile("FullName,Position,HireDate,Category\r\nНөл\u0000Таңба,Мұғалім,2019-09-01,Pedagogue\r\n"))),
            ("sign-in picker", () => anonymous.GetAsync("/api/account/schools?filter=%00")),
            ("sign-in user name", () => anonymous.PostJsonAsync(
                "/api/account/login",
                new { school = TestData.DemoSchoolBin, userName = "director\u0000", password = TestData.Password })),
            ("sign-in school", () => anonymous.PostJsonAsync(
                "/api/account/token",
                new { school = "2601400\u000000001", userName = TestData.Director, password = TestData.Password })),
        };

        foreach (var (name, send) in requests)
        {
            var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            ((int)response.StatusCode).ShouldBeLessThan(500, $"{name}: {body}");
            if (host.Provider == DatabaseProvider.PostgreSql) // SQLite stores such text; PostgreSQL refuses it
                await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:InvalidRequest");
        }
        if (host.Provider == DatabaseProvider.PostgreSql) (await StaffCountAsync(director)).ShouldBe(before);
    }

    [Theory]
    [InlineData("/api/app/audit-logs?to=9999-12-31")] // "up to and including" the calendar's last day
    [InlineData("/api/app/audit-logs?from=9999-12-31")]
    [InlineData("/api/app/audit-logs?from=0001-01-01&to=0001-01-01")]
    [InlineData("/api/app/audit-logs?to=9999-12-31T23:59:59Z")]
    [InlineData("/api/app/staff?skipCount=2147483647&maxResultCount=100")]
    [InlineData("/api/app/staff?sorting=nonsense")]
    public async Task Should_Answer_200_For_Extreme_But_Valid_Query_Values(string url)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var response = await director.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Nulls, empty objects and unbounded texts deep inside a body: 400 naming the place, never 500.</summary>
    public static TheoryData<string, string, string, string> NestedBadRequests => new()
    {
        {
            "POST",
            "/api/app/lesson-observations",
            """{"observedStaffMemberId":"__id__","purpose":"Developmental","lessonDate":"2026-10-01","notes":[null]}""",
            "notes[0]" },
        {
            "POST",
            "/api/app/lesson-observations",
            """{"observedStaffMemberId":"__id__","purpose":"Developmental","lessonDate":"2026-10-01","scores":[{}]}""",
            "scores[0]" },
        { "POST", "/api/app/lesson-observations",
            """{"observedStaffMemberId":"__id__","purpose":"Developmental","lessonDate":"2026-10-01","notes":[{"text":"__long__"}]}""", "notes[0].text" },
        { "POST", "/api/app/lesson-observations/forms", """{"nameKk":"x","nameRu":"x","criteria":[{"textKk":null}]}""", "criteria[0]" },
        { "POST", "/api/app/development-plans/templates", """{"name":"x","sections":[null]}""", "sections[0]" },
        { "PUT", "/api/app/route-sheets/templates/__id__", """{"rows":[null]}""", "rows[0]" },
        { "POST", "/api/app/route-sheets/__id__/self-assessment", """{"period":1,"marks":[null],"concurrencyStamp":"x"}""", "marks[0]" },
        { "POST", "/api/app/development-plans/__id__/progress", """{"entries":[null],"concurrencyStamp":"x"}""", "entries[0]" },
    };

    [Theory]
    [MemberData(nameof(NestedBadRequests))]
    public async Task Should_Answer_400_Naming_The_Place_Of_A_Bad_Value_Deep_In_The_Body(
        string method,
        string url,
        string body,
        string field)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var id = Guid.NewGuid().ToString();

        var response = await director.SendJsonAsync(method, url.Replace("__id__", id),
            body.Replace("__id__", id).Replace("__long__", new string('ә', 200_000)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .ShouldContain(n => n.StartsWith(field, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"grantedPermissions":[null]}""", "Common:ValidationFailed")]
    [InlineData("""{"grantedPermissions":["KemelSchoolPD.Staff","KemelSchoolPD.Nope"]}""", "Roles:UnknownPermission")]
    [InlineData("""{"grantedPermissions":["KemelSchoolPD.Staff","KemelSchoolPD.Schools"]}""", "Roles:HostPermissionNotAllowed")]
    public async Task Should_Answer_400_And_Grant_Nothing_When_A_Permission_Is_Not_A_School_Permission(string body, string code)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var ids = await DemoIds.OfAsync(host);
        var url = $"/api/identity/roles/{ids.TeacherRoleId}/permissions";
        var before = await director.GetStringAsync(url);

        var response = await director.SendJsonAsync("PUT", url, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        (await director.GetStringAsync(url)).ShouldBe(before);
    }

    private static async Task<JsonElement> ShouldBeBadRequestAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        var code = problem.GetProperty("code").GetString();
        code.ShouldBeOneOf(["Common:InvalidRequest", "Common:ValidationFailed"], body);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        if (code == "Common:ValidationFailed") problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty(body);
        return problem;
    }

    private static async Task<long> StaffCountAsync(HttpClient client) =>
        (await client.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?includeArchived=true&maxResultCount=1")).TotalCount;
}

public sealed class BadInput_Sqlite_Tests(SqliteHostFixture host) : BadInput_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class BadInput_Postgres_Tests(PostgresHostFixture host) : BadInput_Tests(host), IClassFixture<PostgresHostFixture>;

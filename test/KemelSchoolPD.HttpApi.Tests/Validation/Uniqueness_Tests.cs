using System.Net;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Validation;

/// <summary>Uniqueness rules hold under simultaneous requests, because the database enforces them (409 with the rule's code).</summary>
public abstract class Uniqueness_Tests(KemelWebApplicationFactory host)
{
    [Fact]
    public async Task Should_Open_One_Active_Cycle_When_Four_Requests_Arrive_Together()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12");
        var body = new
        {
            academicYear = 2061, participantKind = "Teacher", competenceCodes = new[] { "01.1" },
            entryDiagnostic = new { competences = new[] { new { code = "01.1", level = 2 } }, growthZones = new[] { "Бағалау" } },
        };

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => teacher.PostJsonAsync("/api/app/growth-cycles", body)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.ActiveCycleExists);
    }

    [Fact]
    public async Task Should_Keep_Association_Names_Unique_Whatever_The_Case_Even_When_Sent_Together()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var name = "Physics " + Guid.NewGuid().ToString("N")[..6];

        var answers = await Task.WhenAll(new[] { name, name.ToUpperInvariant(), name, name.ToLowerInvariant() }
            .Select(n => director.PostJsonAsync("/api/app/methodological-associations", new { name = n })));
        var later = await director.PostJsonAsync("/api/app/methodological-associations", new { name = name.ToUpperInvariant() });

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.Created)
            .ShouldAllBe(a => a.StatusCode == HttpStatusCode.Conflict || a.StatusCode == HttpStatusCode.BadRequest);
        (await later.Content.ReadAsStringAsync()).ShouldContain(KemelSchoolPDErrorCodes.MethodologicalAssociations.DuplicateName);
        // The staff import finds the association whatever case the file writes it in.
        var csv = $"FullName,Position,HireDate,Category,MethodologicalAssociation\r\nИмпорт {name},Мұғалім,2020-09-01,Pedagogue,{name.ToUpperInvariant()}\r\n";
        (await (await director.PostAsync("/api/app/staff/import", ApiClients.CsvFile(csv)))
            .ReadAsync<KemelSchoolPD.Staff.StaffImportResultDto>())
            .ImportedCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_Give_An_Email_To_One_Staff_Member_Even_When_Sent_Together()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var email = $"same.{Guid.NewGuid():N}@example.kz";

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
        {
            var body = ApiClients.NewStaffMember();
            body["email"] = email;
            return director.PostJsonAsync("/api/app/staff", body);
        }));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            (await refused.Content.ReadAsStringAsync()).ShouldContain(KemelSchoolPDErrorCodes.Staff.DuplicateEmail);
    }
}

public sealed class Uniqueness_Sqlite_Tests(SqliteHostFixture host) : Uniqueness_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Uniqueness_Postgres_Tests(PostgresHostFixture host) : Uniqueness_Tests(host), IClassFixture<PostgresHostFixture>;

using System.Diagnostics;
using System.Net.Http.Json;
using KemelSchoolPD;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// The director's to-do list and school indicators under load (issue 13): a school of 150 teachers with a year's records
// (a submitted plan, a route sheet reviewed by the director, an active growth cycle and an evaluation observation to sign
// each) on a real PostgreSQL (the test suites' throwaway cluster), 50 signed-in users (50 sessions of the director) calling
// one endpoint as fast as they can, compared with /health in the same run. The host runs in-process (TestServer): the
// figures are the application's own cost, without sockets. Targets: at least 0.5× the requests per second of /health, p99
// no more than 3× /health's. Figures, not a test: the machine is shared and noisy, so the ratios are what carries over.
var teachers = args.Length > 0 && int.TryParse(args[0], out var t) ? t : 150;
var users = args.Length > 1 && int.TryParse(args[1], out var u) ? u : 50;
var seconds = args.Length > 2 && int.TryParse(args[2], out var d) ? d : 10;
var rounds = args.Length > 3 && int.TryParse(args[3], out var r) ? r : 2;

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "KemelSchoolPD.HttpApi.Host"))) root = root.Parent;
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KEMELSCHOOLPD_HTTPAPI_HOST",
    Path.Combine(
        root?.FullName ?? throw new InvalidOperationException("Run from inside the repository."),
        "src",
        "KemelSchoolPD.HttpApi.Host"));

await using var host = new KemelWebApplicationFactory(DatabaseProvider.PostgreSql, settings: new Dictionary<string, string?>
{
    ["Logging:LogLevel:Default"] = "Warning",
    ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = Environment.GetEnvironmentVariable("BENCH_SQL_LOG") ?? "Warning",
});
const string bin = "990000000150";
var setup = Stopwatch.StartNew();
Guid schoolId;
var teacherIds = new List<Guid>();
using (var scope = host.Services.CreateScope())
{
    var school = await scope.ServiceProvider.GetRequiredService<SchoolAppService>().CreateAsync(new CreateSchoolDto
    {
        Name = "Benchmark School", Bin = bin, Region = "Абай облысы", District = "Семей қаласы", SettlementType = SettlementType.Rural,
        LanguagesOfInstruction = [LanguageOfInstruction.Kazakh], DirectorUserName = "director", DirectorEmail
            = "director@benchmark.kemel.kz",
        DirectorFullName = "Benchmark Director", DirectorPassword = TestData.NewPassword,
    });
    schoolId = school.Id;
}
using (var scope = host.Services.CreateScope())
using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId))
{
    var db = scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>();
    var directorStaff = await db.StaffMembers.Where(s => s.UserId != null).Select(s => s.Id).FirstAsync();
    var now = host.Clock.GetUtcNow().UtcDateTime;
    var year = AcademicYears.Current(host.Clock);
    var categories = Enum.GetValues<QualificationCategory>();
    for (var i = 0; i < teachers; i++)
    {
        var category = categories[i % categories.Length];
        var teacher = new StaffMember(Guid
            .CreateVersion7(), new StaffMemberData($"Мұғалім {i:D3}", "Мұғалім", ["Математика"], new DateOnly(2015, 9, 1),
            10, 9, category, category == QualificationCategory.Pedagogue ? null : new DateOnly(2024, 5, 20), false, null, null, null));
        db.StaffMembers.Add(teacher);
        teacherIds.Add(teacher.Id);
        db.DevelopmentPlans.Add(new DevelopmentPlan(
            Guid.CreateVersion7(),
            teacher.Id,
            year,
            BuiltInPlanTemplates.Table17,
            new PlanContent { Topic = "Тақырып" }));
        db.RouteSheets.Add(new RouteSheet(
            Guid.CreateVersion7(),
            teacher.Id,
            year,
            BuiltInRouteSheetTemplates.Moderator,
            directorStaff,
            RouteSheetPeriodKind.Quarters));
        var observation = new LessonObservation(teacher.Id, directorStaff, ObservationPurpose.Evaluation);
        observation.Record(
            DateOnly.FromDateTime(now),
            new LessonDetails("5 А", "Математика", null, null),
            null,
            [],
            null,
            null,
            ObjectivesMatch.Yes,
            null,
            [],
            null);
        db.LessonObservations.Add(observation);
    }
    await db.SaveChangesAsync();
    // Submitted, waiting for the director's agreement (the content rules of submission are not what this measures).
    await db.DevelopmentPlans.Where(p => p.Status == DevelopmentPlanStatus.Draft)
        .ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, DevelopmentPlanStatus.Submitted).SetProperty(x => x.SubmittedAt, now));
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
}

// Growth cycles are opened as the director would (the aggregate is created only through its manager).
var opener = await host.SignInAsync(bin, "director", TestData.NewPassword);
foreach (var teacherId in teacherIds)
    (await opener.PostAsJsonAsync("/api/app/growth-cycles", new
    {
        academicYear = AcademicYears.Current(host.Clock), participantStaffMemberId = teacherId, growthZone = "Кері байланыс",
        entryDiagnostic = new { observationSummary = "Сабақты бақылау", growthZones = new[] { "Кері байланыс" } },
    }, HttpAssertions.Json)).EnsureSuccessStatusCode();

var clients = new List<HttpClient>();
for (var i = 0; i < users; i++) clients.Add(await host.SignInAsync(bin, "director", TestData.NewPassword));
Console.WriteLine($"Setup: {teachers} teachers with a plan, a route sheet, a cycle and an observation each, {users} sessions, "
                  + $"{setup.Elapsed.TotalSeconds:F1} s (PostgreSQL {host.ConnectionString.Split(';')[0]})");

var endpoints = new (string Name, string Url)[]
{
    ("/health", "/health"),
    ("my work", "/api/app/my-work?maxResultCount=20"),
    ("school indicators", "/api/app/school-indicators"),
};
// A first call each (JIT, compiled queries, the connection pool), then a short unmeasured run.
foreach (var (_, url) in endpoints) (await clients[0].GetAsync(url)).EnsureSuccessStatusCode();
foreach (var (_, url) in endpoints) await RunAsync(url, TimeSpan.FromSeconds(2));

// Rounds interleave the endpoints, so a noisy neighbour weighs on all of them alike.
var results = endpoints.ToDictionary(e => e.Name, _ => new List<Run>());
for (var round = 0; round < rounds; round++)
    foreach (var (name, url) in endpoints)
    {
        var run = await RunAsync(url, TimeSpan.FromSeconds(seconds));
        results[name].Add(run);
        Console.WriteLine($"round {round + 1} {name,-18} {run.Rps,8:F0} req/s   p50 {Percentile(run.Latencies, 50),7:F1} ms   p99 {Percentile(run.Latencies, 99),7:F1} ms"
                          + $"   ({run.Latencies.Count:N0} requests, {run.Failures} failed)");
    }

Console.WriteLine();
Console.WriteLine($"{users} concurrent users, {rounds} × {seconds} s per endpoint, load average {LoadAverage()}");
var health = Summary(results["/health"]);
Console.WriteLine($"{"endpoint",-18} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"× rps",8} {"× p99",8}");
foreach (var (name, _) in endpoints)
{
    var s = Summary(results[name]);
    Console.WriteLine($"{name,-18} {s.Rps,8:F0} {s.P50,8:F1} {s.P99,8:F1} {s.Rps / health.Rps,8:F2} {s.P99 / health.P99,8:F2}");
}
Console.WriteLine("targets: × rps ≥ 0.50, × p99 ≤ 3.00");

async Task<Run> RunAsync(string url, TimeSpan duration)
{
    var latencies = new List<double>[clients.Count];
    var failures = 0;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(clients.Select((client, i) => Task.Run(async () =>
    {
        var mine = latencies[i] = new List<double>(4096);
        while (watch.Elapsed < duration)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(url);
            await response.Content.ReadAsByteArrayAsync();
            mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failures);
        }
    })));
    var elapsed = watch.Elapsed.TotalSeconds;
    var all = latencies.SelectMany(l => l).ToList();
    return new Run(all.Count / elapsed, all, failures);
}

static (double Rps, double P50, double P99) Summary(List<Run> runs)
{
    var all = runs.SelectMany(r => r.Latencies).ToList();
    return (runs.Average(r => r.Rps), Percentile(all, 50), Percentile(all, 99));
}

static double Percentile(List<double> values, double percentile)
{
    if (values.Count == 0) return double.NaN;
    var sorted = values.Order().ToList();
    return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1)];
}

static string LoadAverage()
    => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

internal sealed record Run(double Rps, List<double> Latencies, int Failures);

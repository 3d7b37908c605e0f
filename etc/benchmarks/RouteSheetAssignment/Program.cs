using System.Diagnostics;
using System.Net.Http.Json;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Bulk assignment of route sheets: one school of 10,000 teachers (all five levels) on a real PostgreSQL (the test suites'
// throwaway cluster), one POST /api/app/route-sheets/assignments for everyone, then the same again (must create nothing).
// Target (issue 12): the first run ≤ 200 ms, the repeat that creates nothing ≤ 100 ms, HTTP included. See etc/benchmarks/README.md.
const int Teachers = 10_000;
var teachers = args.Length > 0 && int.TryParse(args[0], out var n) ? n : Teachers;
// Rounds of (first run, repeat) on years 2027, 2028…: the machine is shared, so the minimum and the median are reported.
var rounds = args.Length > 1 && int.TryParse(args[1], out var r) ? r : 5;

// The host's content root (test projects get it from Mvc.Testing's build targets; this console finds it by walking up).
var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "KemelSchoolPD.HttpApi.Host"))) root = root.Parent;
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KEMELSCHOOLPD_HTTPAPI_HOST",
    Path.Combine(
        root?.FullName ?? throw new InvalidOperationException("Run from inside the repository."),
        "src",
        "KemelSchoolPD.HttpApi.Host"));

await using var host = new KemelWebApplicationFactory(DatabaseProvider.PostgreSql);
const string bin = "990000000002";
Guid schoolId;
var setup = Stopwatch.StartNew();
using (var scope = host.Services.CreateScope())
{
    var school = await scope.ServiceProvider.GetRequiredService<SchoolAppService>().CreateAsync(new CreateSchoolDto
    {
        Name = "Benchmark School", Bin = bin, Region = "Абай облысы", District = "Семей қаласы", SettlementType = SettlementType.Urban,
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
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    var categories = Enum.GetValues<QualificationCategory>();
    for (var i = 0; i < teachers; i++)
    {
        var category = categories[i % categories.Length];
        db.StaffMembers.Add(new StaffMember(Guid.CreateVersion7(), new StaffMemberData($"Мұғалім {i:D5}", "Мұғалім", ["Математика"],
            new DateOnly(2015, 9, 1), 10, 9, category, category == QualificationCategory.Pedagogue
                ? null
                : new DateOnly(2024, 5, 20), false, null, null, null)));
    }
    await db.SaveChangesAsync();
}
// A school's staff table has planner statistics long before its first bulk assignment; right after this bulk load it has none yet.
using (var scope = host.Services.CreateScope())
    await scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
Console.WriteLine(
    $"Setup: school with {teachers:N0} teachers in {setup.Elapsed.TotalSeconds:F1} s (PostgreSQL {host.ConnectionString.Split(';')[0]})");

var director = await host.SignInAsync(bin, "director", TestData.NewPassword);
// Warm-up on another year and one level, so JIT and the connection pool are not part of the timed runs.
await AssignAsync(director, 2099, "Category", "Master", print: "warm-up (2099, masters)");
var first = new List<double>();
var repeat = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var year = 2027 + round;
    first.Add(await AssignAsync(director, year, "All", null, print: $"first run ({year}, all)"));
    repeat.Add(await AssignAsync(director, year, "All", null, print: $"second run ({year}, all)"));
}
Console.WriteLine($"first run:  min {first.Min(),6:F0} ms   median {Median(first),6:F0} ms   (load average {LoadAverage()})");
Console.WriteLine($"second run: min {repeat.Min(),6:F0} ms   median {Median(repeat),6:F0} ms");

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static string LoadAverage()
    => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static async Task<double> AssignAsync(HttpClient client, int year, string scope, string? category, string print)
{
    var watch = Stopwatch.StartNew();
    var response = await client.PostAsJsonAsync(
        "/api/app/route-sheets/assignments",
        new { academicYear = year, scope, category },
        HttpAssertions.Json);
    var elapsed = watch.Elapsed;
    response.EnsureSuccessStatusCode();
    var result = await response.Content.ReadFromJsonAsync<RouteSheetAssignmentResultDto>(HttpAssertions.Json);
    Console.WriteLine($"{print,-28} {elapsed.TotalMilliseconds,8:F0} ms   created {result!.Created,6:N0}   skipped {result.Skipped,6:N0}");
    return elapsed.TotalMilliseconds;
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using KemelSchoolPD;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.GrowthCycles.Documents;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Every printed document the app produces, kk and ru, rendered to PDF by LibreOffice (issue 14: "fits the page" checked
// once). The host runs in-process on SQLite with the demo school (its demo data gives a record of every kind); each document
// is fetched over HTTP as a user who may read it, saved as DOCX, and all of them go through one
// `soffice --headless --convert-to pdf`. Per document it prints the pages, the page size, how far the text reaches to the
// right (pdftotext -bbox) against the page's text width and its edge, words LibreOffice split across lines (a word of the
// PDF that is no word of the DOCX) and dates cut in two ("05.09.202" / "9"). Figures, not a test: `dotnet test` never runs it.
var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(Path.GetTempPath(), "kemel-documents");
Directory.CreateDirectory(output);
foreach (var old in Directory.EnumerateFiles(output)) File.Delete(old);

var root = new DirectoryInfo(AppContext.BaseDirectory);
while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "KemelSchoolPD.HttpApi.Host"))) root = root.Parent;
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KEMELSCHOOLPD_HTTPAPI_HOST",
    Path.Combine(
        root?.FullName ?? throw new InvalidOperationException("Run from inside the repository."),
        "src",
        "KemelSchoolPD.HttpApi.Host"));

await using var host = new KemelWebApplicationFactory(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
{
    ["Logging:LogLevel:Default"] = "Warning",
});
string[] users = ["director", "deputy", "mentor1", "mentor2", "young1", "commission1", .. Enumerable.Range(1, 12)
    .Select(i => $"teacher{i:00}")];
var clients = new List<(string User, HttpClient Client)>();
foreach (var user in users) clients.Add((user, await host.SignInAsync(TestData.DemoSchoolBin, user)));

// Tables 4, 5 and 6 are not in the demo data: the teacher at Reflection writes each, every answer a long one (the widest a
// teacher is likely to type), through the API as the page would.
using (var scope = host.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>();
    var atReflection = await db.GrowthCycles.IgnoreQueryFilters().AsNoTracking()
        .Where(c => c.CurrentStage == GrowthCycleStage.Reflection && c.Status == GrowthCycleStatus.Active).Select(c => c.Id).ToListAsync();
    const string answer = "Оқушылардың функционалдық сауаттылығын дамыту үшін сабақта критериалды бағалау мен топтық жұмыс "
                          + "қолданылды; нәтижесінде 24 оқушының 19-ы (79 %) тапсырманы толық орындады, 2025–2026 оқу жылының басымен салыстырғанда 12 пайызға жоғары.";
    foreach (var kind in new[] { "ReflectiveLessonAnalysis", "ExperienceSubstantiation", "GeneralisedExperience" })
    {
        var body = new { kind, content = new { answers = Enumerable.Range(1, 6).Select(n => new { number = n, answer }).ToArray() } };
        var added = false;
        // The cycle's own participant is the one who may add to it: try each demo user on each cycle until one is accepted.
        foreach (var (_, client) in clients)
            foreach (var cycle in atReflection)
                added = added || (await client.PostJsonAsync($"/api/app/growth-cycles/{cycle}/artefacts", body)).IsSuccessStatusCode;
        if (!added) Console.WriteLine($"{kind}: no teacher at Reflection could add it");
    }
}

// One record of every kind from the demo school (the first by id; the growth artefacts one per printed kind).
var documents = new List<(string Name, string Url)>();
using (var scope = host.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>();
    var plans = await db.DevelopmentPlans.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.TemplateId })
        .ToListAsync();
    foreach (var (template, name) in new[] {
        (BuiltInPlanTemplates.Table17Id, "plan-table17"),
        (BuiltInPlanTemplates.Table18Id, "plan-table18") })
        if (plans.FirstOrDefault(p => p.TemplateId == template) is { } plan) documents.Add(
            (name, $"/api/app/development-plans/{plan.Id}/document"));
    var artefacts = await db.GrowthCycleArtefacts.IgnoreQueryFilters().AsNoTracking().OrderBy(a => a.Id)
        .Select(a => new { a.Id, a.CycleId, a.Kind })
        .ToListAsync();
    foreach (var (kind, template) in GrowthArtefactDocumentService.Templates)
        if (artefacts.FirstOrDefault(a => a.Kind == kind) is { } artefact)
            documents.Add((template, $"/api/app/growth-cycles/{artefact.CycleId}/artefacts/{artefact.Id}/document"));
    async Task One<T>(IQueryable<T> set, Func<T, Guid> id, string name, string url) where T : class
    {
        if (await set.IgnoreQueryFilters().AsNoTracking().OrderBy(e => EF.Property<Guid>(e, "Id"))
            .FirstOrDefaultAsync() is { } first) documents.Add((name, string.Format(CultureInfo.InvariantCulture, url, id(first))));
    }
    await One(db.RouteSheets, r => r.Id, "route-sheet", "/api/app/route-sheets/{0}/document");
    await One(db.LessonObservations, o => o.Id, "lesson-observation", "/api/app/lesson-observations/{0}/document");
    await One(db.MentorYearPlans, p => p.Id, "mentor-year-plan", "/api/app/mentoring/year-plans/{0}/document");
    await One(db.LessonStudyGroups, g => g.Id, "lesson-study-report", "/api/app/lesson-study/groups/{0}/report");
    await One(db.ActionResearchProjects, p => p.Id, "action-research-report", "/api/app/action-research/{0}/report");
}
documents.Add(("staff-list", "/api/app/staff/document"));
documents.Add(("post-course-report", "/api/app/courses/report"));

var saved = new List<(string File, string Name, string Culture, string User)>();
foreach (var (name, url) in documents)
    foreach (var culture in new[] { "kk", "ru" })
    {
        var fetched = false;
        foreach (var (user, client) in clients)
        {
            var response = await client.GetAsync($"{url}{(url.Contains('?') ? '&' : '?')}culture={culture}");
            if (response.StatusCode != HttpStatusCode.OK) continue;
            var file = Path.Combine(output, $"{name}.{culture}.docx");
            await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
            saved.Add((file, name, culture, user));
            fetched = true;
            break;
        }
        if (!fetched) Console.WriteLine($"{name} ({culture}): no demo user may read {url}");
    }

var convert = Stopwatch.StartNew();
Run("soffice", ["--headless", "--convert-to", "pdf", "--outdir", output, .. saved.Select(s => s.File)]);
Console.WriteLine($"{saved.Count} documents converted by LibreOffice in {convert.Elapsed.TotalSeconds:0.0} s ({Run("soffice", ["--version"]).Trim()}); files in {output}");
Console.WriteLine();
Console.WriteLine(
    "| document | lang | read as | pages | page (pt) | text width (pt) | rightmost text (pt) | fits | split words | cut dates |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
var problems = 0;
foreach (var (file, name, culture, user) in saved)
{
    var pdf = Path.ChangeExtension(file, ".pdf");
    if (!File.Exists(pdf))
    {
        Console.WriteLine($"| {name} | {culture} | {user} | no PDF | | | | no | | |");
        problems++;
        continue;
    }
    var info = Run("pdfinfo", [pdf]);
    var pages = int.Parse(Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
    var size = Regex.Match(info, @"Page size:\s+([\d.]+) x ([\d.]+)");
    var pageWidth = double.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
    var pageHeight = double.Parse(size.Groups[2].Value, CultureInfo.InvariantCulture);
    // DocxWriter's margins: 1,418 twips left, 850 right (20 twips to the point).
    var (left, right) = (1418 / 20.0, 850 / 20.0);
    var textWidth = pageWidth - left - right;
    var words = XDocument.Parse(Run("pdftotext", ["-bbox", pdf, "-"]).Replace("<!DOCTYPE", "<!--")
        .Replace("\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", "-->"))
        .Descendants().Where(e => e.Name.LocalName == "word")
        .Select(e => (Text: e.Value, XMax: double.Parse((string)e.Attribute("xMax")!, CultureInfo.InvariantCulture)))
        .ToList();
    var rightmost = words.Count == 0 ? 0 : words.Max(w => w.XMax);
    var fits = rightmost <= pageWidth - right + 1;
    // A PDF word that is only the start or the end of a DOCX word (punctuation aside) is a word LibreOffice broke; a break
    // after a hyphen ("көңіл-" / "күйім") is a proper one and not counted.
    var docxWords = Docx.Open(await File.ReadAllBytesAsync(file)).AllText
        .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Bare).Where(w => w
            .Length > 0).ToHashSet(StringComparer.Ordinal);
    var hyphenParts = docxWords.Where(w => w.Contains('-')).SelectMany(w => w.Split('-')).Select(Bare).ToHashSet(StringComparer.Ordinal);
    var split = words.Select(w => Bare(w.Text))
        .Where(w => w.Length > 0 && w.Any(char.IsLetter) && !docxWords.Contains(w) && !hyphenParts.Contains(w)
                    && docxWords.Any(
                        d => d.Length > w.Length && (d.StartsWith(w, StringComparison.Ordinal) || d.EndsWith(w, StringComparison.Ordinal))))
        .Distinct().ToList();
    var cutDates = Regex.Matches(Run("pdftotext", ["-layout", pdf, "-"]), @"(?<![\d.])\d{2}\.\d{2}\.\d{1,3}(?![\d])").Select(m => m.Value)
        .Distinct()
        .ToList();
    if (!fits || split.Count > 0 || cutDates.Count > 0) problems++;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {culture} | {user} | {pages} | {pageWidth:0} × {pageHeight:0}{(pageWidth > pageHeight ? " landscape" : "")} | {textWidth:0} | {rightmost:0.0} | {(fits ? "yes" : "NO")} | {(split.Count == 0 ? "—" : string.Join(" ", split.Take(8)))} | {(cutDates.Count == 0 ? "—" : string.Join(" ", cutDates))} |"));
}
Console.WriteLine();
Console.WriteLine(problems == 0
    ? "Every document fits its page, with no word split and no date cut."
    : $"{problems} of {saved.Count} documents have a problem (see the table).");
return problems == 0 ? 0 : 1;

static string Bare(string word) => word.Trim('(', ')', '«', '»', '"', ',', '.', ':', ';', '!', '?', '-', '–', '—', '/');

static string Run(string program, IEnumerable<string> arguments)
{
    var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var argument in arguments) start.ArgumentList.Add(argument);
    using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
    var stdout = process.StandardOutput.ReadToEndAsync();
    var stderr = process.StandardError.ReadToEndAsync();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {stderr.Result}");
    return stdout.Result;
}

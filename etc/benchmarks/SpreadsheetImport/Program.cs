using System.Diagnostics;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.Imports;
using KemelSchoolPD.Staff;
using Microsoft.Extensions.Localization;

// Reading import files (issue 12): a large valid staff file and the bombs, each in its own process so that its peak memory
// is its own. Without arguments it runs every case; with a case name it runs that one.
string[] learnerHeaders = ["Class", "Indicator", "Before", "After"];
string[] staffHeaders = ["ФИО", "Должность", "Предметы", "Дата приёма на работу", "Квалификационная категория", "Электронная почта"];
var cases = new Dictionary<string, (string Import, string FileName, Func<byte[]> File)>
{
    ["staff-valid-5000"] = ("staff", "staff.xlsx", () => SpreadsheetBombs.Table(staffHeaders, 5000,
        i => [$"Мұғалім {i}", "Мұғалім", "Математика, Физика", "01.09.2018", "педагог-сарапшы", $"t{i}@school.kz"])),
    ["staff-1M-rows"] = ("staff", "staff.xlsx", () => SpreadsheetBombs.ManyRows(staffHeaders, 1_000_000)),
    ["learner-150k-rows"] = ("learner", "results.xlsx", () => SpreadsheetBombs.ManyRows(learnerHeaders, 150_000)),
    ["learner-shared-strings"] = ("learner", "results.xlsx", () => SpreadsheetBombs.HugeSharedStrings(100_001)),
    ["learner-compressible-60MB"] = ("learner", "results.xlsx", () => SpreadsheetBombs.HighlyCompressiblePart(learnerHeaders, 60)),
};

if (args.Length == 0)
{
    foreach (var name in cases.Keys)
    {
        var viaDotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet";
        using var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!,
            viaDotnet ? [typeof(Texts).Assembly.Location, name] : [name])
        { RedirectStandardOutput = true })!;
        Console.Write(await child.StandardOutput.ReadToEndAsync());
        await child.WaitForExitAsync();
    }
    return;
}

var (import, fileName, make) = cases[args[0]];
var bytes = make();
var warm = new MemoryStream(SpreadsheetBombs.Table(learnerHeaders, 3, i => ["7A", "x", "1", "2"]));
try { new LearnerResultImportService(new Texts()).Parse(warm, "warm.xlsx"); } catch { /* warms up the reader */ }
GC.Collect();
var allocated = GC.GetTotalAllocatedBytes(precise: true);
var timer = Stopwatch.StartNew();
string outcome;
try
{
    using var stream = new MemoryStream(bytes);
    outcome = import == "staff"
        ? $"{StaffImportFileReader.Read(stream, fileName).Count} rows"
        : $"{new LearnerResultImportService(new Texts()).Parse(stream, fileName).Rows.Count} rows";
}
catch (Exception e)
{
    outcome = e is KemelSchoolPD.Exceptions.BusinessException b ? b.Code : e.GetType().Name;
}
timer.Stop();
using var self = Process.GetCurrentProcess();
Console.WriteLine($"{args[0],-26} file {bytes.Length / 1024,6:N0} KB  {timer.ElapsedMilliseconds,7:N0} ms  " +
                  $"allocated {(GC.GetTotalAllocatedBytes(true) - allocated) / 1024 / 1024,6:N0} MB  peak working set {self.PeakWorkingSet64 / 1024 / 1024,6:N0} MB  → {outcome}");

/// <summary>Problem texts are not measured: the key stands for the text.</summary>
sealed class Texts : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);
    public LocalizedString this[string name, params object[] arguments] => new(name, name);
    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}

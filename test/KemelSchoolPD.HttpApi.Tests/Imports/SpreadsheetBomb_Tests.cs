using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Imports;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Imports;

/// <summary>
/// Issue 12: small files that unpack to a lot are refused with a 400 through the real endpoints (staff import as the director,
/// learner results as a teacher), without reading them to the end; a normal file still reads (their cost is measured in
/// etc/benchmarks/SpreadsheetImport, not timed here: a timed test fails on a busy machine). The reading does not
/// touch the database, so SQLite alone runs these.
/// </summary>
public sealed class SpreadsheetBomb_Tests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    private const string StaffUrl = "/api/app/staff/import";
    private const string LearnerUrl = "/api/app/growth-cycles/learner-results/parse";
    private static readonly string[] LearnerHeaders = ["Class", "Indicator", "Before", "After"];
    private static readonly string[] StaffHeaders = ["ФИО", "Должность", "Дата приёма на работу", "Квалификационная категория"];

    [Fact]
    public async Task Should_Refuse_A_Million_Row_Sheet_To_The_Staff_Import_At_The_Row_Limit()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "kk");
        var file = SpreadsheetBombs.ManyRows(StaffHeaders, 1_000_000);
        file.Length.ShouldBeLessThan((int)StaffMemberConsts.MaxImportFileBytes);

        var problem = await (await PostAsync(director, StaffUrl, file, "staff.xlsx"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Staff.ImportTooLarge);

        problem.GetProperty("title").GetString()!.ShouldContain("5000");
    }

    [Fact]
    public async Task Should_Refuse_A_Sheet_Of_Many_Rows_To_The_Learner_Results_At_The_Row_Limit()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        var file = SpreadsheetBombs.ManyRows(LearnerHeaders, 150_000);
        file.Length.ShouldBeLessThan(LearnerResultImportConsts.MaxFileBytes);

        await (await PostAsync(teacher, LearnerUrl, file, "results.xlsx"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.GrowthCycles.ImportTooManyRows);

    }

    [Fact]
    public async Task Should_Refuse_A_Huge_Shared_Strings_Table()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "ru");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var file = SpreadsheetBombs.HugeSharedStrings(TabularFileReader.MaxSharedStrings + 1);
        file.Length.ShouldBeLessThan(LearnerResultImportConsts.MaxFileBytes);

        var problem = await (await PostAsync(teacher, LearnerUrl, file, "results.xlsx"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Imports.ContentTooLarge);
        await (await PostAsync(director, StaffUrl, file, "staff.xlsx"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Imports.ContentTooLarge);

        // Two requests, each reading the table up to its limit (100,000 strings) on a machine shared with other builds.
        problem.GetProperty("title").GetString()!.ShouldStartWith("Файл нельзя прочитать");
    }

    [Theory]
    [InlineData(60)] // unpacks beyond 50 MB
    [InlineData(5)] // small, but packed 1000:1
    public async Task Should_Refuse_A_Highly_Compressible_Part_Before_Unpacking_It(int megabytes)
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "en");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var file = SpreadsheetBombs.HighlyCompressiblePart(LearnerHeaders, megabytes);
        file.Length.ShouldBeLessThan(LearnerResultImportConsts.MaxFileBytes);

        var problem = await (await PostAsync(teacher, LearnerUrl, file, "results.xlsx"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Imports.ContentTooLarge);
        await (await PostAsync(director, StaffUrl, file, "staff.xlsx"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Imports.ContentTooLarge);

        problem.GetProperty("title").GetString()!.ShouldContain("50 MB");
    }

    [Fact]
    public async Task Should_Refuse_A_Cell_Or_A_Csv_Line_Beyond_Its_Length()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "kk");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var longCell = SpreadsheetBombs.Table(
            LearnerHeaders,
            1,
            _ => ["7A", new string('x', TabularFileReader.MaxCellLength + 1), "1", "2"]);

        await (await PostAsync(teacher, LearnerUrl, longCell, "results.xlsx"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Imports.CellTooLong);
        await (await PostAsync(teacher, LearnerUrl, SpreadsheetBombs.LongCsvLine("Class,Before,After", 900_000), "results.csv"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Imports.LineTooLong);
        await (await PostAsync(director, StaffUrl, SpreadsheetBombs.LongCsvLine(string.Join(",", StaffHeaders), 900_000), "staff.csv"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Imports.LineTooLong);
    }

    [Fact]
    public async Task Should_Refuse_A_Csv_Of_Many_Lines_At_The_Row_Limit()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var csv = new StringBuilder(string.Join(",", StaffHeaders)).Append('\n');
        for (var i = 0; i < 400_000; i++) csv.Append("1\n");

        await (await PostAsync(director, StaffUrl, Encoding.UTF8.GetBytes(csv.ToString()), "staff.csv"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Staff.ImportTooLarge);
    }

    [Fact]
    public async Task Should_Still_Read_A_Normal_Workbook_At_The_Row_Limit()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        var file = SpreadsheetBombs.Table(
            LearnerHeaders,
            LearnerResultImportConsts.MaxRows,
            i => [$"{i % 11 + 1}А", $"Көрсеткіш {i}", "58,5", $"{i % 100}"]);

        var response = await PostAsync(teacher, LearnerUrl, file, "results.xlsx");

        var import = await response.ReadAsync<LearnerResultImportDto>();
        import.Problems.ShouldBeEmpty();
        import.Rows.Count.ShouldBe(LearnerResultImportConsts.MaxRows);
        (import.Rows[0].ClassName, import.Rows[0].Indicator, import.Rows[0].Before, import.Rows[0].After).ShouldBe(
            ("2А", "Көрсеткіш 1", 58.5m, 1m));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync(url, new MultipartFormDataContent { { file, "file", fileName } });
    }
}

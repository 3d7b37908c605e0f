using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.TestBase;
using MiniExcelLibs;

namespace KemelSchoolPD.HttpApi.Tests.GrowthCycles;

/// <summary>
/// Learner results from a spreadsheet: the localized XLSX template, reading XLSX and CSV (kk/ru/en headers, decimal comma,
/// percents, semicolons, empty rows, a title line), per-row problems and whole-file refusals. Nothing is saved.
/// </summary>
public abstract class LearnerResultImport_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/growth-cycles/learner-results";

    [Theory]
    [InlineData("kk", "Сынып", "Білім алушылардың нәтижелері.xlsx", "БЖБ орташа пайызы")]
    [InlineData("ru", "Класс", "Результаты обучающихся.xlsx", "Средний процент СОР")]
    [InlineData("en", "Class", "Learner results.xlsx", "Average summative assessment score, %")]
    public async Task Should_Download_A_Localized_Template_That_Reads_Back_As_Its_Example_Row(
        string culture,
        string classHeader,
        string fileName,
        string indicator)
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);

        var response = await teacher.GetAsync($"{Url}/template?culture={culture}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe(fileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var sheet = new MemoryStream(bytes).Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        sheet.Count.ShouldBe(2, "headers and one example row");
        sheet[0].Values.First().ShouldBe(classHeader);

        var import = await ParseAsync(teacher, bytes, "results.xlsx");

        import.Problems.ShouldBeEmpty();
        var row = import.Rows.ShouldHaveSingleItem();
        (row.ClassName, row.Indicator, row.Before, row.After, row.LowerIsBetter).ShouldBe(("7А", indicator, 58.5m, 67m, false));
        row.Subject.ShouldNotBeNullOrWhiteSpace();
        sheet[0].Values.Last().ShouldBe(KemelSchoolPD.Documents.DocumentTexts.Of("GrowthCycles:LearnerResults.LowerIsBetter", culture));
    }

    [Fact]
    public async Task Should_Read_Lower_Is_Better_As_Yes_Or_No_In_Any_Language()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "kk");
        var csv = "Сынып,Көрсеткіш,Дейін,Кейін,Төмендеуі — оң нәтиже\n7А,«2» алғандар үлесі %,12,8,иә\n7Ә,БЖБ %,58,67,жоқ\n8А,Кешігу саны,9,4,Да\n"
                  + "8Б,Сапа %,50,55,\n9А,Қалу %,3,1,yes\n9Б,Қатысу %,90,95,мүмкін\n";

        var import = await ParseAsync(teacher, Encoding.UTF8.GetBytes(csv), "нәтижелер.csv");

        import.Rows.Select(r => (r.ClassName, r.LowerIsBetter))
            .ShouldBe([("7А", true), ("7Ә", false), ("8А", true), ("8Б", false), ("9А", true), ("9Б", false)]);
        import.Rows[0].Improvement().ShouldBe(4m); // the share of fails fell by 4 points: a gain
        var problem = import.Problems.ShouldHaveSingleItem();
        (problem.Row, problem.Column, problem.Code).ShouldBe(
            (7, "Төмендеуі — оң нәтиже", KemelSchoolPDErrorCodes.GrowthCycles.ImportInvalidYesNo));
        problem.Message.ShouldBe("«мүмкін» — «иә» немесе «жоқ» деп жазыңыз.");
    }

    [Fact]
    public async Task Should_Read_Kazakh_Headers_In_Any_Case_And_Spacing_And_Skip_Empty_Rows()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        var csv = "\uFEFF СЫНЫП ,Пән,көрсеткіш,Дейін,КЕЙІН\r\n7А,Математика,БЖБ %,58,67\r\n,,,,\r\n\r\n7Ә,Математика,ТЖБ %,61.5,70\r\n";

        var import = await ParseAsync(teacher, Encoding.UTF8.GetBytes(csv), "нәтижелер.csv");

        import.Problems.ShouldBeEmpty();
        import.Rows.Select(r => (r.ClassName, r.Subject, r.Indicator, r.Before, r.After))
            .ShouldBe([("7А", "Математика", "БЖБ %", 58m, 67m), ("7Ә", "Математика", "ТЖБ %", 61.5m, 70m)]);
    }

    [Fact]
    public async Task Should_Read_A_Russian_Csv_With_Semicolons_Decimal_Commas_Percents_And_A_Title_Line()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "ru");
        var csv = "Результаты 8 классов;;;;\nКласс;Предмет;Показатель;До;После\n8А;Физика;\"Качество знаний; %\";45,5;52,25\n8Б;Физика;Успеваемость;85%;92 %\n";

        var import = await ParseAsync(teacher, Encoding.UTF8.GetBytes(csv), "results.CSV");

        import.Problems.ShouldBeEmpty();
        import.Rows.Select(r => (r.ClassName, r.Indicator, r.Before, r.After))
            .ShouldBe([("8А", "Качество знаний; %", 45.5m, 52.25m), ("8Б", "Успеваемость", 85m, 92m)]);
    }

    [Fact]
    public async Task Should_Return_A_Row_With_A_Bad_Number_Empty_And_Name_The_Problem_In_The_Users_Language()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "ru");
        var csv = "Class,Subject,Indicator,Before,After\n9A,Chemistry,Rubric,47,жоқ\n,Chemistry,,50,60\n9B,Chemistry,Rubric,52,58\n";

        var import = await ParseAsync(teacher, Encoding.UTF8.GetBytes(csv), "results.csv");

        import.Rows.Count.ShouldBe(3);
        (import.Rows[0].Before, import.Rows[0].After).ShouldBe((47m, (decimal?)null));
        import.Problems.Select(p => (p.Row, p.Column, p.Code)).ShouldBe([
            (2, "После", KemelSchoolPDErrorCodes.GrowthCycles.ImportInvalidNumber),
            (3, "Класс", KemelSchoolPDErrorCodes.GrowthCycles.ImportClassOrIndicatorRequired),
        ]);
        import.Problems[0].Message.ShouldBe("«жоқ» — не число.");
    }

    [Fact]
    public async Task Should_Refuse_A_Request_Without_A_File()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "kk");

        var response = await teacher.PostAsync($"{Url}/parse", new MultipartFormDataContent { { new StringContent("x"), "note" } });

        var problem = await response.ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            KemelSchoolPDErrorCodes.GrowthCycles.ImportFileMissing);
        problem.GetProperty("title").GetString().ShouldBe("Файл таңдалмаған.");
    }

    [Theory]
    [InlineData("results.txt", "Class,Before,After\n7A,1,2\n")]
    [InlineData("results.xlsx", "this is not a workbook")]
    public async Task Should_Refuse_A_File_It_Cannot_Read(string fileName, string content)
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);

        var response = await PostFileAsync(teacher, Encoding.UTF8.GetBytes(content), fileName);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.GrowthCycles.ImportFormatUnsupported);
    }

    [Fact]
    public async Task Should_Refuse_A_File_Over_One_Megabyte()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "ru");
        var csv = "Class,Before,After\n" + new string(' ', LearnerResultImportConsts.MaxFileBytes);

        var response = await PostFileAsync(teacher, Encoding.UTF8.GetBytes(csv), "big.csv");

        var problem = await response.ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            KemelSchoolPDErrorCodes.GrowthCycles.ImportFileTooLarge);
        problem.GetProperty("title").GetString().ShouldBe("Файл слишком большой: не более 1 МБ.");
    }

    [Fact]
    public async Task Should_Refuse_A_File_Without_Recognisable_Headers_Naming_The_Expected_Ones()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "kk");

        var response = await PostFileAsync(teacher, Encoding.UTF8.GetBytes("A,B,C\n7A,1,2\n"), "results.csv");

        var problem = await response.ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            KemelSchoolPDErrorCodes.GrowthCycles.ImportHeadersNotFound);
        problem.GetProperty("title").GetString()!.ShouldContain("Сынып, Пән, Көрсеткіш, Дейін, Кейін");
    }

    [Fact]
    public async Task Should_Refuse_A_File_With_No_Rows_Or_Too_Many_Rows()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        var header = "Class,Indicator,Before,After\n";
        var tooMany = header + string.Concat(Enumerable.Range(1, LearnerResultImportConsts.MaxRows + 1).Select(i => $"7A,Test {i},1,2\n"));

        await (await PostFileAsync(teacher, Encoding.UTF8.GetBytes(header + ",,,\n"), "results.csv"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.GrowthCycles.ImportNoRows);
        var problem = await (await PostFileAsync(teacher, Encoding.UTF8.GetBytes(tooMany), "results.csv"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.GrowthCycles.ImportTooManyRows);
        problem.GetProperty("title").GetString()!.ShouldContain("500");
        // Exactly the limit is fine.
        var atLimit = header + string.Concat(Enumerable.Range(1, LearnerResultImportConsts.MaxRows).Select(i => $"7A,Test {i},1,2\n"));
        (await ParseAsync(teacher, Encoding.UTF8.GetBytes(atLimit), "results.csv")).Rows.Count.ShouldBe(LearnerResultImportConsts.MaxRows);
    }

    [Fact]
    public async Task Should_Refuse_An_Unknown_Template_Language()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);

        await (await teacher.GetAsync($"{Url}/template?culture=de")).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");
    }

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, byte[] content, string fileName)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return client.PostAsync($"{Url}/parse", new MultipartFormDataContent { { file, "file", fileName } });
    }

    private static async Task<LearnerResultImportDto> ParseAsync(HttpClient client, byte[] content, string fileName) =>
        await (await PostFileAsync(client, content, fileName)).ReadAsync<LearnerResultImportDto>();
}

public sealed class LearnerResultImport_Sqlite_Tests(SqliteHostFixture host) :
    LearnerResultImport_Tests(host),
    IClassFixture<SqliteHostFixture>;

public sealed class LearnerResultImport_Postgres_Tests(PostgresHostFixture host) :
    LearnerResultImport_Tests(host),
    IClassFixture<PostgresHostFixture>;

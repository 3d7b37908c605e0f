using System.Globalization;
using System.Text;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace KemelSchoolPD.Application.Tests.Staff;

/// <summary>Bulk import writes every row or none, and names each bad row and why.</summary>
public abstract class StaffImportAppService_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    private const string KazakhHeader = "Аты-жөні;Лауазымы;Пәндері;Жұмысқа қабылданған күні;Жалпы еңбек өтілі, жыл;Педагогикалық өтілі, жыл;Біліктілік санаты;Санат берілген күні;Жас маман;Электрондық пошта";
    private const string RussianHeader = "ФИО,Должность,Предметы,Дата приёма на работу,\"Общий стаж, лет\",\"Педагогический стаж, лет\",Квалификационная категория,Дата присвоения категории,Молодой специалист,Электронная почта";
    private const string EnglishHeader = "Full name,Position,Hire date,Qualification category,Category assigned on,E-mail";

    [Fact]
    public async Task Should_Import_Every_Row_Of_A_Semicolon_Csv_With_Kazakh_Headers()
    {
        var tag = Tag();
        var csv = $"{KazakhHeader}\n" +
                  $"Айжан {tag};Мұғалім;Математика, Физика;01.09.2018;8;7;педагог-сарапшы;15.04.2022;жоқ;a{tag}@m.kz\n" +
                  $"Бекзат {tag};Мұғалім;Тарих;01.09.2025;1;1;педагог;;иә;\n";

        var (result, added) = await ImportAsync(Encoding.UTF8.GetBytes(csv), "staff.csv", tag);

        result.ImportedCount.ShouldBe(2);
        added.Count.ShouldBe(2);
        var expert = added.Single(s => s.FullName.StartsWith("Айжан"));
        (expert.Position, expert.HireDate, expert.TotalExperienceYears, expert.TeachingExperienceYears).ShouldBe(
            ("Мұғалім", new DateOnly(2018, 9, 1), 8, 7));
        (expert.Category, expert.CategoryAssignedOn, expert.CategoryExpiresOn).ShouldBe(
            (QualificationCategory.Expert, new DateOnly(2022, 4, 15), new DateOnly(2027, 4, 15)));
        expert.Subjects.ShouldBe(["Математика", "Физика"]);
        (expert.Email, expert.IsYoungSpecialist).ShouldBe(($"a{tag}@m.kz", false));
        var young = added.Single(s => s.FullName.StartsWith("Бекзат"));
        (young.Category, young.IsYoungSpecialist, young.Email).ShouldBe((QualificationCategory.Pedagogue, true, null));
    }

    [Fact]
    public async Task Should_Import_Every_Row_Of_A_Comma_Csv_With_Russian_Headers_And_A_Byte_Order_Mark()
    {
        var tag = Tag();
        var csv = $"{RussianHeader}\r\n" +
                  $"Ольга {tag},Учитель,\"Русский язык, Литература\",25.08.2015,12,11,педагог-исследователь,10.01.2023,нет,o{tag}@m.kz\r\n" +
                  $"Пётр {tag},Учитель,История,01.09.2024,1,1,педагог-модератор,05.06.2025,да,\r\n";

        var (result, added) = await ImportAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "Сотрудники.CSV", tag);

        result.ImportedCount.ShouldBe(2);
        var olga = added.Single(s => s.FullName.StartsWith("Ольга"));
        (olga.HireDate, olga.Category, olga.CategoryExpiresOn).ShouldBe(
            (new DateOnly(2015, 8, 25), QualificationCategory.Researcher, new DateOnly(2028, 1, 10)));
        olga.Subjects.ShouldBe(["Русский язык", "Литература"]);
        var petr = added.Single(s => s.FullName.StartsWith("Пётр"));
        (petr.Category, petr.CategoryAssignedOn, petr.IsYoungSpecialist).ShouldBe(
            (QualificationCategory.Moderator, new DateOnly(2025, 6, 5), true));
    }

    [Fact]
    public async Task Should_Import_Every_Row_Of_An_Xlsx_With_Russian_Headers()
    {
        var tag = Tag();
        var rows = new[]
        {
            XlsxRow($"Ольга {tag}", new DateTime(2015, 8, 25), "педагог-исследователь", new DateTime(2023, 1, 10)),
            XlsxRow($"Айгерім {tag}", new DateTime(2024, 9, 2), "Pedagogue", null),
        };

        var (result, added) = await ImportAsync(Xlsx(rows), "staff.xlsx", tag);

        result.ImportedCount.ShouldBe(2);
        var olga = added.Single(s => s.FullName.StartsWith("Ольга"));
        (olga.HireDate, olga.Category, olga.CategoryAssignedOn, olga.TotalExperienceYears).ShouldBe(
            (new DateOnly(2015, 8, 25), QualificationCategory.Researcher, new DateOnly(2023, 1, 10), 12));
        added.Single(s => s.FullName.StartsWith("Айгерім")).Category.ShouldBe(QualificationCategory.Pedagogue);
    }

    [Fact]
    public async Task Should_Give_A_Template_Whose_Example_Sheet_Imports_And_Is_Not_Imported_With_The_Template()
    {
        var localizer = Host.Services.GetRequiredService<IStringLocalizer>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("kk");
        (byte[] Content, string ContentType, string FileName) template;
        try { template = StaffImportAppService.CreateTemplate("xlsx", localizer); }
        finally { CultureInfo.CurrentUICulture = previous; }

        var kk = CultureInfo.GetCultureInfo("kk");
        var (fullName, email) = (StaffImportColumns.Header(StaffImportColumns.FullName, kk), StaffImportColumns.Header(
            StaffImportColumns.Email,
            kk));
        using var stream = new MemoryStream(template.Content);
        stream.GetSheetNames().ShouldBe(["Қызметкерлер", "Үлгі"]);
        var example = stream.Query(useHeaderRow: true, sheetName: "Үлгі").Cast<IDictionary<string, object?>>().Single();
        example[fullName].ShouldBe("Әлиева Айгүл Серікқызы");

        // The template as downloaded holds no teacher: the example is on its own sheet.
        (await Should.ThrowAsync<BusinessException>(() => ImportAsync(template.Content, "staff-import.xlsx", Tag())))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.ImportEmpty);
        // The example row is valid as it stands: copied to the first sheet, it imports.
        var tag = Tag();
        var row = example.ToDictionary(p => p.Key, p => p.Key == fullName ? $"Әлиева Айгүл {tag}" : p.Key == email ? null : p.Value);
        var (result, added) = await ImportAsync(Xlsx([row]), "staff.xlsx", tag);
        result.ImportedCount.ShouldBe(1);
        added.Single().Category.ShouldBe(QualificationCategory.Moderator);
    }

    [Fact]
    public async Task Should_Report_Every_Bad_Row_And_Write_Nothing()
    {
        var tag = Tag();
        var csv = $"{EnglishHeader}\n" +
                  $"Good {tag},Teacher,2020-09-01,Pedagogue,,g{tag}@m.kz\n" +
                  $"Bad date {tag},Teacher,31.02.2020,Pedagogue,,\n" +
                  $"Bad category {tag},Teacher,2020-09-01,Wizard,,\n" +
                  $"Also good {tag},Teacher,2019-09-01,Expert,01.03.2024,\n" +
                  $"No date for the category {tag},Teacher,2020-09-01,Master,,\n";
        var staffBefore = await CountStaffAsync();

        var error = await Should.ThrowAsync<StaffImportFailedException>(() => ImportAsync(Encoding.UTF8.GetBytes(csv), "staff.csv", tag));

        error.Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.ImportFailed);
        error.Rows.Select(r => (r.Row, r.Code)).ShouldBe(
        [
            (3, KemelSchoolPDErrorCodes.Staff.ImportInvalidDate),
            (4, KemelSchoolPDErrorCodes.Staff.ImportInvalidCategory),
            (6, KemelSchoolPDErrorCodes.Staff.CategoryDateRequired),
        ], ignoreOrder: true);
        error.Rows.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.Message) && r.Message != r.Code); // a sentence for the user, not a key
        (await CountStaffAsync()).ShouldBe(staffBefore);
    }

    [Fact]
    public async Task Should_Report_The_Bad_Row_Of_An_Xlsx_By_Its_Spreadsheet_Row_Number()
    {
        var tag = Tag();
        var rows = new[]
        {
            XlsxRow($"Ольга {tag}", new DateTime(2015, 8, 25), "педагог-исследователь", new DateTime(2023, 1, 10)),
            XlsxRow($"Иван {tag}", new DateTime(2015, 8, 25), "профессор", null),
        };
        var staffBefore = await CountStaffAsync();

        var error = await Should.ThrowAsync<StaffImportFailedException>(() => ImportAsync(Xlsx(rows), "staff.xlsx", tag));

        error.Rows.Select(r => (r.Row, r.Code)).ShouldBe([(3, KemelSchoolPDErrorCodes.Staff.ImportInvalidCategory)]);
        (await CountStaffAsync()).ShouldBe(staffBefore);
    }

    [Fact]
    public async Task Should_Refuse_An_Email_Given_Twice_In_The_File_And_Write_Nothing()
    {
        var tag = Tag();
        var csv = $"{EnglishHeader}\n" +
                  $"First {tag},Teacher,2020-09-01,Pedagogue,,twin{tag}@m.kz\n" +
                  $"Other {tag},Teacher,2020-09-01,Pedagogue,,other{tag}@m.kz\n" +
                  $"Second {tag},Teacher,2020-09-01,Pedagogue,,TWIN{tag}@m.kz\n";
        var staffBefore = await CountStaffAsync();

        var error = await Should.ThrowAsync<StaffImportFailedException>(() => ImportAsync(Encoding.UTF8.GetBytes(csv), "staff.csv", tag));

        var row = error.Rows.ShouldHaveSingleItem();
        (row.Row, row.Code).ShouldBe((4, KemelSchoolPDErrorCodes.Staff.ImportDuplicateInFile));
        (await CountStaffAsync()).ShouldBe(staffBefore);
    }

    [Fact]
    public async Task Should_Refuse_An_Email_The_School_Already_Has()
    {
        var tag = Tag();
        var csv = $"{EnglishHeader}\nNew {tag},Teacher,2020-09-01,Pedagogue,,{TestData.Teacher.ToUpperInvariant()}@{TestData.DemoSchoolBin}.kemel.kz\n";

        var error = await Should.ThrowAsync<StaffImportFailedException>(() => ImportAsync(Encoding.UTF8.GetBytes(csv), "staff.csv", tag));

        error.Rows.Select(r => (r.Row, r.Code)).ShouldBe([(2, KemelSchoolPDErrorCodes.Staff.DuplicateEmail)]);
    }

    [Fact]
    public async Task Should_Name_The_Missing_Required_Columns()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            var error = await Should.ThrowAsync<BusinessException>(() =>
                ImportAsync(Encoding.UTF8.GetBytes("Full name,Position,Hire date\nA,B,2020-09-01\n"), "staff.csv", Tag()));

            error.Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.ImportMissingColumn);
            error.Values["Column"].ShouldBe("Qualification category");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData("staff.txt", KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat)]
    [InlineData("staff.xls", KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat)]
    [InlineData("staff", KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat)]
    [InlineData("staff.xlsx", KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat)] // CSV text is no spreadsheet
    public async Task Should_Refuse_A_File_Format_It_Cannot_Read(string fileName, string code) =>
        (await Should.ThrowAsync<BusinessException>(() =>
            ImportAsync(
                Encoding.UTF8.GetBytes($"{EnglishHeader}\nA {Tag()},Teacher,2020-09-01,Pedagogue,,\n"),
                fileName,
                Tag()))).Code.ShouldBe(code);

    [Theory]
    [InlineData("")]
    [InlineData("Full name,Position,Hire date,Qualification category\n")]
    [InlineData("Full name,Position,Hire date,Qualification category\r\n,,,\r\n\r\n , ,,\r\n")]
    public async Task Should_Refuse_A_File_Without_Rows(string content) =>
        (await Should.ThrowAsync<BusinessException>(() => ImportAsync(Encoding.UTF8.GetBytes(content), "staff.csv", Tag())))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.Staff.ImportEmpty);

    private static Dictionary<string, object?> XlsxRow(string fullName, DateTime hired, string category, DateTime? assignedOn) => new()
    {
        ["ФИО"] = fullName, ["Должность"] = "Учитель", ["Дата приёма на работу"] = hired, ["Квалификационная категория"] = category,
        ["Дата присвоения категории"] = assignedOn, ["Общий стаж, лет"] = 12, ["Педагогический стаж, лет"] = 11,
    };

    private static byte[] Xlsx(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    private async Task<(StaffImportResultDto Result, List<StaffMember> Added)> ImportAsync(byte[] content, string fileName, string tag) =>
        await InSchoolAsync(TestData.DemoSchoolBin, async sp =>
        {
            var result = await sp.GetRequiredService<StaffImportAppService>().ImportAsync(new MemoryStream(content), fileName);
            var added = await sp.GetRequiredService<IKemelSchoolPDDbContext>().StaffMembers.AsNoTracking()
                .Where(s => s.FullName.EndsWith(tag))
                .ToListAsync();
            return (result, added);
        });

    private Task<int> CountStaffAsync() => InSchoolAsync(TestData.DemoSchoolBin, sp =>
        sp.GetRequiredService<IKemelSchoolPDDbContext>().StaffMembers.CountAsync());
}

public sealed class StaffImportAppService_Sqlite_Tests(SqliteHostFixture host) :
    StaffImportAppService_Tests(host),
    IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class StaffImportAppService_Postgres_Tests(PostgresHostFixture host) :
    StaffImportAppService_Tests(host),
    IClassFixture<PostgresHostFixture>;

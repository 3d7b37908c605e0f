using System.Text;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace KemelSchoolPD.Application.Tests.Staff;

/// <summary>Bulk import writes every row or none, and names each bad row and why.</summary>
public abstract class StaffImportAppService_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    private const string KazakhHeader = "Аты-жөні;Лауазымы;Пәндері;Жұмысқа қабылданған күні;Жалпы еңбек өтілі, жыл;Педагогикалық өтілі, жыл;Біліктілік санаты;Санат берілген күні;Жас маман;Электрондық пошта";

    [Fact]
    public async Task Should_Import_A_Semicolon_Csv_With_Kazakh_Headers()
    {
        var tag = Tag();
        var csv = $"{KazakhHeader}\n" +
                  $"Айжан {tag};Мұғалім;Математика, Физика;01.09.2018;8;7;педагог-сарапшы;15.04.2022;жоқ;a{tag}@m.kz\n" +
                  $"Бекзат {tag};Мұғалім;Тарих;01.09.2025;1;1;педагог;;иә;\n";

        var (result, added) = await ImportAsync(Encoding.UTF8.GetBytes(csv), "staff.csv", tag);

        result.ImportedCount.ShouldBe(2);
        added.Count.ShouldBe(2);
        var expert = added.Single(s => s.FullName.StartsWith("Айжан"));
        expert.Category.ShouldBe(QualificationCategory.Expert);
        expert.Subjects.ShouldBe(["Математика", "Физика"]);
        expert.CategoryExpiresOn.ShouldBe(new DateOnly(2027, 4, 15));
        added.Single(s => s.FullName.StartsWith("Бекзат")).IsYoungSpecialist.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Import_An_Xlsx_With_Russian_Headers()
    {
        var tag = Tag();
        var rows = new[]
        {
            new Dictionary<string, object?> { ["ФИО"] = $"Ольга {tag}", ["Должность"] = "Учитель", ["Дата приёма на работу"] = new DateTime(2015, 8, 25),
                ["Квалификационная категория"] = "педагог-исследователь", ["Дата присвоения категории"] = new DateTime(2023, 1, 10), ["Общий стаж, лет"] = 12, ["Педагогический стаж, лет"] = 11 },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows);

        var (result, added) = await ImportAsync(stream.ToArray(), "staff.xlsx", tag);

        result.ImportedCount.ShouldBe(1);
        added.Single().Category.ShouldBe(QualificationCategory.Researcher);
        added.Single().HireDate.ShouldBe(new DateOnly(2015, 8, 25));
    }

    [Fact]
    public async Task Should_Report_Every_Bad_Row_And_Write_Nothing()
    {
        var tag = Tag();
        var csv = "Full name,Position,Hire date,Qualification category,Category assigned on,E-mail\n" +
                  $"Good {tag},Teacher,2020-09-01,Pedagogue,,g{tag}@m.kz\n" +
                  $"Bad date {tag},Teacher,31.02.2020,Pedagogue,,\n" +
                  $"Bad category {tag},Teacher,2020-09-01,Wizard,,\n" +
                  $"Twin {tag},Teacher,2020-09-01,Moderator,,g{tag}@m.kz\n";

        var error = await Should.ThrowAsync<StaffImportFailedException>(() => ImportAsync(Encoding.UTF8.GetBytes(csv), "staff.csv", tag));

        error.Rows.Select(r => (r.Row, r.Code)).ShouldBe(
        [
            (3, KemelSchoolPDErrorCodes.Staff.ImportInvalidDate),
            (4, KemelSchoolPDErrorCodes.Staff.ImportInvalidCategory),
            (5, KemelSchoolPDErrorCodes.Staff.ImportDuplicateInFile),
        ], ignoreOrder: true);
        (await CountTaggedAsync(tag)).ShouldBe(0);
    }

    [Theory]
    [InlineData("staff.txt", "Full name,Position\nA,B\n", KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat)]
    [InlineData("staff.csv", "Full name,Position\nA,B\n", KemelSchoolPDErrorCodes.Staff.ImportMissingColumn)]
    [InlineData("staff.csv", "Full name,Position,Hire date,Qualification category\n", KemelSchoolPDErrorCodes.Staff.ImportEmpty)]
    public async Task Should_Refuse_Files_It_Cannot_Read(string fileName, string content, string code) =>
        (await Should.ThrowAsync<BusinessException>(() => ImportAsync(Encoding.UTF8.GetBytes(content), fileName, Tag()))).Code.ShouldBe(code);

    private async Task<(StaffImportResultDto Result, List<StaffMember> Added)> ImportAsync(byte[] content, string fileName, string tag) =>
        await InSchoolAsync(TestData.DemoSchoolBin, async sp =>
        {
            var result = await sp.GetRequiredService<StaffImportAppService>().ImportAsync(new MemoryStream(content), fileName);
            var added = await sp.GetRequiredService<IKemelSchoolPDDbContext>().StaffMembers.Where(s => s.FullName.EndsWith(tag)).ToListAsync();
            return (result, added);
        });

    private Task<int> CountTaggedAsync(string tag) => InSchoolAsync(TestData.DemoSchoolBin, sp =>
        sp.GetRequiredService<IKemelSchoolPDDbContext>().StaffMembers.CountAsync(s => s.FullName.EndsWith(tag)));

    private static string Tag() => Guid.NewGuid().ToString("N")[..8];
}

public sealed class StaffImportAppService_Sqlite_Tests(SqliteHostFixture host) : StaffImportAppService_Tests(host), IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class StaffImportAppService_Postgres_Tests(PostgresHostFixture host) : StaffImportAppService_Tests(host), IClassFixture<PostgresHostFixture>;

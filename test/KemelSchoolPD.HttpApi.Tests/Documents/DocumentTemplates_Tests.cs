using System.Net;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Documents;

/// <summary>The one document service, through the staff list it prints and the school's own template copies.</summary>
public abstract class DocumentTemplates_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/document-templates/StaffRegistry";

    [Theory]
    [InlineData("kk", "Педагог қызметкерлердің тізімі", "Аты-жөні", "Мектеп директоры")]
    [InlineData("ru", "Список педагогических работников", "Ф. И. О.", "Директор школы")]
    public async Task Should_Print_The_Active_Staff_As_A_Word_Table(string culture, string title, string nameColumn, string signature)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var staff = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?maxResultCount=100&sorting=fullName");
        var profile = await director.GetJsonAsync("/api/app/school/profile");

        var response = await director.GetAsync($"/api/app/staff/document?culture={culture}");
        var docx = await Docx.ReadAsync(response);

        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldEndWith(".docx");
        docx.Landscape.ShouldBeTrue();
        docx.Paragraphs.ShouldContain(profile.GetProperty("name").GetString()!);
        docx.Paragraphs.ShouldContain(title);
        docx.Paragraphs.ShouldContain(p => p.StartsWith(signature + ":"));
        var table = docx.Tables.ShouldHaveSingleItem();
        table[0].Count.ShouldBe(7);
        table[0][1].ShouldBe(nameColumn);
        table.Count.ShouldBe(1 + (int)staff.TotalCount);
        var first = staff.Items.OrderBy(s => s.FullName, StringComparer.Ordinal).First();
        var row = table.Single(r => r[1] == first.FullName);
        row[2].ShouldBe(first.Position);
        row[4].ShouldBe(KemelSchoolPD.Documents.DocumentTexts.Of($"Enum:QualificationCategory.{first.Category}", culture));

        // The date column holds "dd.MM.yyyy" on one line, even where LibreOffice falls back to a wider serif (DejaVu Serif, digits
        // about 0.64 em): 8 digits and 2 points at 11 pt, plus the cell's 2 × 108 twips of padding, need about 1,520 twips.
        var widths = docx.ColumnWidths.ShouldHaveSingleItem();
        widths.Count.ShouldBe(7);
        widths[5].ShouldBeGreaterThanOrEqualTo(1600);
        widths.Sum().ShouldBeInRange(16838 - 1418 - 850 - widths.Count, 16838 - 1418 - 850); // the landscape page's text width
        // No header breaks mid-word ("Педагогический" / "стаж" in ru, "Санат мерзімі" in kk).
        docx.HeaderWordsTooWide.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Print_With_The_Schools_Own_Copy_Until_It_Is_Reset()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var original = await director.GetAsync<DocumentTemplateContentDto>($"{Url}/kk");
        original.IsCustomized.ShouldBeFalse();
        original.Content.ShouldBe(original.DefaultContent);
        var ownCopy = original.Content.Replace("Педагог қызметкерлердің тізімі", "Біздің мектептің ұстаздары");

        var saved = await (await director.PutJsonAsync($"{Url}/kk", new { content = ownCopy })).ReadAsync<DocumentTemplateContentDto>();
        saved.IsCustomized.ShouldBeTrue();
        (await Docx.ReadAsync(await director.GetAsync("/api/app/staff/document?culture=kk"))).Paragraphs
            .ShouldContain("Біздің мектептің ұстаздары");
        (await Docx.ReadAsync(await director.GetAsync("/api/app/staff/document?culture=ru"))).Paragraphs
            .ShouldContain("Список педагогических работников");
        (await director.GetAsync<List<DocumentTemplateDto>>("/api/app/document-templates"))
            .Single(t => t.Name == "StaffRegistry" && t.Culture == "kk").IsCustomized.ShouldBeTrue();

        // Someone else saved in between: the stale stamp is refused, nothing is overwritten.
        var changed = await (await director.PutJsonAsync(
            $"{Url}/kk",
            new { content = ownCopy.Replace("ұстаздары", "ұстаздары мен тәлімгерлері"), concurrencyStamp = saved.ConcurrencyStamp }))
            .ReadAsync<DocumentTemplateContentDto>();
        await (await director.PutJsonAsync($"{Url}/kk", new { content = original.Content, concurrencyStamp = saved.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        await (await director.PutJsonAsync($"{Url}/kk", new { content = original.Content }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        changed.ConcurrencyStamp.ShouldNotBe(saved.ConcurrencyStamp);

        (await director.DeleteAsync($"{Url}/kk")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Docx.ReadAsync(await director.GetAsync("/api/app/staff/document?culture=kk"))).Paragraphs
            .ShouldContain("Педагог қызметкерлердің тізімі");
        await (await director.DeleteAsync($"{Url}/kk")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "Documents:NotCustomized");
    }

    [Theory]
    [InlineData("<document>{% for row in Rows %}<p>x</p></document>")] // Liquid: an unclosed for
    [InlineData("<document><p>{{ Header.SchoolName }}</document>")] // markup: an unclosed element
    [InlineData("<html><p>x</p></html>")] // not a document
    public async Task Should_Refuse_A_Template_That_Cannot_Print_In_The_Users_Language(string content)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "ru");

        var problem = await (await director.PutJsonAsync($"{Url}/ru", new { content })).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");

        problem.GetProperty("fieldCodes").GetProperty("content").EnumerateArray().Select(c => c.GetString())
            .ShouldContain("Documents:InvalidTemplate");
        problem.GetProperty("errors").GetProperty("content")[0].GetString()!.ShouldStartWith("Шаблон нельзя использовать");
        (await director.GetAsync<DocumentTemplateContentDto>($"{Url}/ru")).IsCustomized.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Refuse_A_Looping_Template_On_Saving_Fast_And_Name_Its_Line()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "ru");
        const string looping = "<document>\n  <h1>x</h1>\n  {% for i in (1..100000000) %}<p>{{ i }}</p>{% endfor %}\n</document>";

        var problem = await (await director.PutJsonAsync($"{Url}/ru", new { content = looping }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");

        problem.GetProperty("fieldCodes").GetProperty("content").EnumerateArray().Select(c => c.GetString())
            .ShouldBe(["Documents:InvalidTemplate", "Documents:InvalidTemplateLine"]);
        problem.GetProperty("errors").GetProperty("content")[1].GetString().ShouldBe("Ошибка в строке 3 шаблона.");
        (await director.GetAsync<DocumentTemplateContentDto>($"{Url}/ru")).IsCustomized.ShouldBeFalse();
    }

    [Theory]
    [InlineData("<document><table><tr><td colspan=\"3000000\">x</td></tr></table></document>")]
    [InlineData("<document><table widths=\"10,abc\"><tr><td>x</td></tr></table></document>")]
    [InlineData("<document><table widths=\"1e400,1\"><tr><td>x</td></tr></table></document>")]
    [InlineData("<document><table><tr><td colspan=\"-5\">x</td></tr></table></document>")]
    public async Task Should_Refuse_Huge_Or_Non_Numeric_Table_Attributes_On_Saving(string content)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "kk");

        var problem = await (await director.PutJsonAsync($"{Url}/kk", new { content })).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed");

        problem.GetProperty("fieldCodes").GetProperty("content")[0].GetString().ShouldBe("Documents:InvalidTemplate");
    }

    [Fact]
    public async Task Should_Answer_400_With_The_Line_When_A_Saved_Template_Loops_Over_Real_Data_At_Printing()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "kk");
        const string looping = "<document>\n  <h1>x</h1>\n{%- for row in Rows %}\n{%- for i in (1..100000000) %}<p>{{ row.FullName }}</p>{%- endfor %}\n{%- endfor %}\n</document>";
        var saved = await director.PutJsonAsync($"{Url}/kk", new { content = looping });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, "without data the loop does not run: the copy is saved");
        try
        {

            var problem = await (await director.GetAsync("/api/app/staff/document?culture=kk"))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Documents.TemplateFailedAtLine);

            problem.GetProperty("line").GetInt32().ShouldBe(3);
            problem.GetProperty("title").GetString()!.ShouldContain("3-жолында");
        }
        finally
        {
            await director.DeleteAsync($"{Url}/kk");
        }
    }

    [Theory]
    [InlineData("kk", "Педагог қызметкерлердің тізімі", "Мектеп директоры")]
    [InlineData("ru", "Список педагогических работников", "Директор школы")]
    public async Task Should_Preview_A_Draft_As_It_Prints_With_Each_Field_Showing_Its_Name(string culture, string title, string signature)
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: culture);
        var template = await director.GetAsync<DocumentTemplateContentDto>($"{Url}/{culture}");
        template.Fields.ShouldContain("Header.SchoolName");
        template.Fields.ShouldContain("Rows[].FullName");
        var draft = template.Content.Replace(title, "Біздің ұстаздар");

        var preview = await (await director.PostJsonAsync($"{Url}/{culture}/preview", new { content = draft }))
            .ReadAsync<DocumentPreviewDto>();

        preview.Landscape.ShouldBeTrue();
        preview.Blocks[0].ShouldBe(new DocumentPreviewBlockDto("p", "«SchoolName»", false, false, "right", null, null, null));
        preview.Blocks.ShouldContain(b => b.Kind == "h1" && b.Text == "Біздің ұстаздар");
        var table = preview.Blocks.Single(b => b.Kind == "table");
        table.Widths!.Count.ShouldBe(7);
        table.Rows!.Count.ShouldBe(1 + TemplateFields.SampleRows);
        table.Rows[0].Header.ShouldBeTrue();
        table.Rows[1].Cells[1].Text.ShouldBe("«FullName»");
        table.Rows.Skip(1).Select(r => r.Cells[0].Text).ShouldBe(["1", "2"], "a row's number is a number, as its narrow column expects");
        preview.Blocks.Last().ShouldBe(new DocumentPreviewBlockDto("signature", signature, false, false, null, null, null, null));
        (await director.GetAsync<DocumentTemplateContentDto>($"{Url}/{culture}")).IsCustomized.ShouldBeFalse("a preview saves nothing");
    }

    [Fact]
    public async Task Should_Show_In_The_Preview_A_Mistake_Inside_A_Loop_That_Saving_Cannot_Reach()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "ru");
        const string draft = "<document><h1>x</h1>\n{%- for row in Rows %}<blink>{{ row.FullName }}</blink>{%- endfor %}</document>";

        var problem = await (await director.PostJsonAsync($"{Url}/ru/preview", new { content = draft }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        problem.GetProperty("fieldCodes").GetProperty("content")[0].GetString().ShouldBe("Documents:InvalidTemplate");
        problem.GetProperty("errors").GetProperty("content")[0].GetString()!.ShouldContain("<blink>");

        // The same checks as saving come first: a Liquid mistake names its line.
        var broken = await (await director.PostJsonAsync(
            $"{Url}/ru/preview",
            new { content = "<document>\n{% for row in Rows %}</document>" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        broken.GetProperty("fieldCodes").GetProperty("content")[0].GetString().ShouldBe("Documents:InvalidTemplate");
        (await (await director.PostJsonAsync($"{Url}/ru/preview", new { content = "" })).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Common:ValidationFailed"))
            .GetProperty("errors").GetProperty("content").GetArrayLength().ShouldBe(1);
        await (await director.PostJsonAsync("/api/app/document-templates/NoSuchTemplate/ru/preview", new { content = "<document/>" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Answer_Unknown_Templates_And_Languages()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        await (await director.GetAsync("/api/app/document-templates/NoSuchTemplate/kk")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        await (await director.GetAsync($"{Url}/en")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        (await Docx.ReadAsync(await director.GetAsync("/api/app/staff/document?culture=en"))).Paragraphs
            .ShouldContain("Список педагогических работников"); // English readers get the Russian document
    }

    [Fact]
    public async Task Should_Keep_A_Schools_Copy_To_That_School()
    {
        var demo = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var second = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        var marker = "Тек демо мектепте " + Guid.NewGuid().ToString("N")[..6];
        var content = (await demo.GetAsync<DocumentTemplateContentDto>($"{Url}/ru")).DefaultContent
            .Replace("Список педагогических работников", marker);
        (await demo.PutJsonAsync($"{Url}/ru", new { content })).StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            var seen = await second.GetAsync<DocumentTemplateContentDto>($"{Url}/ru");
            seen.IsCustomized.ShouldBeFalse();
            seen.Content.ShouldNotContain(marker);
            (await Docx.ReadAsync(await second.GetAsync("/api/app/staff/document?culture=ru"))).AllText.ShouldNotContain(marker);
            await (await second.DeleteAsync($"{Url}/ru")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "Documents:NotCustomized");
            (await demo.GetAsync<DocumentTemplateContentDto>($"{Url}/ru")).IsCustomized.ShouldBeTrue();
        }
        finally
        {
            await demo.DeleteAsync($"{Url}/ru");
        }
    }

    [Fact]
    public async Task Should_Let_Teachers_Read_But_Not_Change_Templates()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);

        (await teacher.GetAsync("/api/app/document-templates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await teacher.PutJsonAsync($"{Url}/kk", new { content = "<document/>" })).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden,
            "Common:Forbidden");
    }
}

public sealed class DocumentTemplates_Sqlite_Tests(SqliteHostFixture host) :
    DocumentTemplates_Tests(host),
    IClassFixture<SqliteHostFixture>;

public sealed class DocumentTemplates_Postgres_Tests(PostgresHostFixture host) :
    DocumentTemplates_Tests(host),
    IClassFixture<PostgresHostFixture>;

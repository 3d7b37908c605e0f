using KemelSchoolPD.Documents;

namespace KemelSchoolPD.Application.Tests.Documents;

/// <summary>The fields a template reads, and the sample model a preview prints them with.</summary>
public sealed class TemplateFields_Tests
{
    private const string Liquid = """
        <h1>{{ school.name | upcase }}</h1>{% if plan.topic %}<p>{{ plan.topic }}</p>{% endif %}
        <table>{% for m in members %}<tr><td>{{ forloop.index }}</td><td>{{ m.full_name }}</td>
        {% for s in m.subjects %}{{ s.title }}{% endfor %}{% for t in m.tags %}{{ t }}{% endfor %}</tr>{% endfor %}</table>
        """;

    [Fact]
    public void Should_List_Values_Conditions_And_The_Fields_Of_Loops_As_List_Brackets_Field()
    {
        TemplateFields.Of(Liquid).ShouldBe(
            ["members[].full_name", "members[].subjects[].title", "members[].tags[]", "plan.topic", "school.name"]);
    }

    [Fact]
    public void Should_Fill_Each_Field_With_Its_Name_And_Each_List_With_Sample_Rows()
    {
        var model = TemplateFields.SampleModel(Liquid);

        ((Dictionary<string, object?>)model["school"]!)["name"].ShouldBe("«name»");
        var members = ((List<object?>)model["members"]!).Cast<Dictionary<string, object?>>().ToList();
        members.Count.ShouldBe(TemplateFields.SampleRows);
        members[1]["full_name"].ShouldBe("«full_name»");
        ((List<object?>)members[0]["subjects"]!).Cast<Dictionary<string, object?>>().Select(r => r["title"])
            .ShouldBe(["«title»", "«title»"]);
        ((List<object?>)members[0]["tags"]!).ShouldBe(["«tags»", "«tags»"]);
    }

    [Fact]
    public void Should_Print_A_Sample_Through_Every_Loop_And_Branch_That_Reads_A_Field()
    {
        var renderer = new LiquidDocumentRenderer();
        const string template = "<document>{% if Header.Note %}<p>{{ Header.Note }}</p>{% endif %}"
                                + "<table>{% for row in Rows %}<tr><td>{{ row.FullName }}</td></tr>{% endfor %}</table></document>";

        renderer.TryRenderSample(template, "kk", out var markup).ShouldBeNull();
        var preview = DocumentPreview.From(markup!);

        preview.Blocks.Select(b => b.Kind).ShouldBe(["p", "table"]);
        preview.Blocks[0].Text.ShouldBe("«Note»");
        preview.Blocks[1].Rows!.Select(r => r.Cells.Single().Text).ShouldBe(["«FullName»", "«FullName»"]);
    }
}

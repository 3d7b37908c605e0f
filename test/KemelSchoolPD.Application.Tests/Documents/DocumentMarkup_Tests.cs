using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using KemelSchoolPD.Documents;

namespace KemelSchoolPD.Application.Tests.Documents;

/// <summary>The Word file and the page's preview read one markup by one set of rules: the same root, limits and alignments.</summary>
public sealed class DocumentMarkup_Tests
{
    public static TheoryData<string, string> Refused => new()
    {
        { "<page><p>x</p></page>", "root element" },
        { $"<document>{string.Concat(Enumerable.Repeat("<p/>", DocxWriter.MaxElements + 1))}</document>", "more than" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Should_Refuse_The_Same_Markup_In_The_Word_File_And_The_Preview(string markup, string message)
    {
        var document = XDocument.Parse(markup);

        Should.Throw<DocumentMarkupException>(() => DocxWriter.Write(document)).Message.ShouldContain(message);
        Should.Throw<DocumentMarkupException>(() => DocumentPreview.From(document)).Message.ShouldContain(message);
    }

    [Fact]
    public void Should_Align_Paragraphs_And_Cells_In_The_Preview_As_The_Word_File_Does()
    {
        var document = XDocument.Parse("""
            <document orientation="landscape">
              <p align="right">a</p><p align="center">b</p><p align="left">c</p><p align="justify">d</p><p>e</p>
              <table><tr><td align="center">f</td><td align="middle">g</td></tr></table>
            </document>
            """);

        var preview = DocumentPreview.From(document);
        using var word = WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(document)), false);
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => p.InnerText.Length > 0).ToList();

        preview.Landscape.ShouldBeTrue();
        var previewAlignments = preview.Blocks.Where(b => b.Kind == "p").Select(b => b.Align)
            .Concat(preview.Blocks.Single(b => b.Kind == "table").Rows!.SelectMany(r => r.Cells).Select(c => c.Align)).ToList();
        previewAlignments.ShouldBe(["right", "center", "left", null, null, "center", null]);
        paragraphs.Select(p => p.ParagraphProperties?.Justification?.Val?.InnerText).ShouldBe(previewAlignments);
    }
}

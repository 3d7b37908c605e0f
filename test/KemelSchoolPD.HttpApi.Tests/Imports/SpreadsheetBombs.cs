using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KemelSchoolPD.HttpApi.Tests.Imports;

/// <summary>
/// Small files that unpack to a lot (issue 12), written as a stream with OpenXmlWriter so the test itself stays cheap.
/// Also linked into etc/benchmarks/SpreadsheetImport.
/// </summary>
public static class SpreadsheetBombs
{
    /// <summary>A header row then <paramref name="rows"/> rows of one tiny cell each, without cell references.</summary>
    public static byte[] ManyRows(IReadOnlyList<string> headers, int rows) => Workbook(writer =>
    {
        WriteRow(writer, headers);
        for (var i = 1; i <= rows; i++)
        {
            writer.WriteStartElement(new Row());
            writer.WriteElement(new Cell { CellValue = new CellValue(i % 1000) });
            writer.WriteEndElement();
        }
    });

    /// <summary>A valid file: headers and <paramref name="rows"/> rows produced by <paramref name="row"/>, as inline strings.</summary>
    public static byte[] Table(IReadOnlyList<string> headers, int rows, Func<int, IReadOnlyList<string>> row) => Workbook(writer =>
    {
        WriteRow(writer, headers);
        for (var i = 1; i <= rows; i++) WriteRow(writer, row(i));
    });

    /// <summary>A workbook whose shared-strings table holds <paramref name="count"/> distinct strings and a one-row sheet.</summary>
    public static byte[] HugeSharedStrings(int count)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            using (var writer = OpenXmlWriter.Create(strings))
            {
                writer.WriteStartElement(new SharedStringTable());
                for (var i = 0; i < count; i++) writer.WriteElement(new SharedStringItem(new Text("s" + i)));
                writer.WriteEndElement();
            }
            AddSheet(workbook, writer => WriteRow(writer, ["x"]));
        }
        return stream.ToArray();
    }

    /// <summary>A valid workbook plus one extra entry of <paramref name="megabytes"/> MB of zeros (a 1000:1 "zip bomb").</summary>
    public static byte[] HighlyCompressiblePart(IReadOnlyList<string> headers, int megabytes)
    {
        using var stream = new MemoryStream();
        stream.Write(Table(headers, 1, _ => headers.Select(_ => "1").ToList()));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) entry.Write(zeros);
        }
        return stream.ToArray();
    }

    /// <summary>A CSV whose second line is <paramref name="length"/> characters long.</summary>
    public static byte[] LongCsvLine(string header, int length) =>
        Encoding.UTF8.GetBytes(header + "\n" + new string('7', length) + "\n");

    private static byte[] Workbook(Action<OpenXmlWriter> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
            AddSheet(document.AddWorkbookPart(), rows);
        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Action<OpenXmlWriter> rows)
    {
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            rows(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells)
    {
        writer.WriteStartElement(new Row());
        foreach (var text in cells)
            writer.WriteElement(new Cell(new InlineString(new Text(text))) { DataType = CellValues.InlineString });
        writer.WriteEndElement();
    }
}

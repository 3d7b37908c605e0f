using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Imports;

/// <summary>
/// What one import accepts: its data rows (a few header or title rows come on top) and the refusal it answers when a file
/// holds more. The reader stops at the first row over the limit and reads nothing further.
/// </summary>
public sealed record TabularReadLimits(int MaxDataRows, Func<BusinessException> TooManyRows)
{
    /// <summary>Non-empty rows above the data (headers, a title line) that do not count as data.</summary>
    public int HeaderRows { get; init; } = 10;
}

/// <summary>
/// Reads the first sheet of an XLSX file or a CSV file (UTF-8, comma or semicolon) into rows of cell texts, one list per
/// spreadsheet row (index 0 = row 1). Both formats are read as a stream with every size bounded (issue 12): a small file
/// that unpacks to gigabytes, a million rows or one huge cell is refused with a 400 before it costs memory or CPU.
/// Throws <see cref="InvalidDataException"/> when the bytes are not a readable workbook.
/// </summary>
public static class TabularFileReader
{
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;
    public const int MaxCompressionRatio = 100;
    public const int MaxColumns = 64;
    public const int MaxCellLength = 4000;
    public const int MaxSharedStrings = 100_000;
    public const int MaxCsvLineLength = 64 * 1024;
    /// <summary>Entries smaller than this are not judged by their compression ratio (a tiny XML part compresses well).</summary>
    private const long RatioCheckFromBytes = 1024 * 1024;

    public static bool IsSupported(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" or ".csv";

    public static List<List<string?>> Read(Stream content, string fileName, TabularReadLimits limits) =>
        Path.GetExtension(fileName).ToLowerInvariant() == ".csv" ? ReadCsv(content, limits) : ReadXlsx(content, limits);

    public static List<List<string?>> ReadXlsx(Stream content, TabularReadLimits limits)
    {
        var seekable = content.CanSeek ? content : Buffer(content);
        CheckZipEntries(seekable);
        seekable.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(seekable, false, new OpenSettings { MaxCharactersInPart = MaxUncompressedBytes });
            var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook part is missing.");
            var sheetId = FirstSheetRelationshipId(workbook) ?? throw new InvalidDataException("The workbook has no sheet.");
            var sheet = (WorksheetPart)workbook.GetPartById(sheetId);
            var dates = workbook.WorkbookStylesPart is { } styles ? DateStyles(styles) : [];
            var strings = workbook.SharedStringTablePart is { } sst ? SharedStrings(sst) : [];
            return ReadSheet(sheet, strings, dates, limits);
        }
        catch (Exception e) when (e is not BusinessException and not InvalidDataException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>Spreadsheet dates arrive as DateTime (kept in ISO form) and numbers as double (kept in invariant form).</summary>
    public static string? CellText(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The central directory states each entry's unpacked size before anything is unpacked (and .NET stops inflating at
    /// that size): refuse a workbook whose entries unpack beyond the limit or compress suspiciously well.
    /// </summary>
    private static void CheckZipEntries(Stream content)
    {
        ZipArchive zip;
        try { zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true); }
        catch (InvalidDataException) { throw; }
        catch (Exception e) { throw new InvalidDataException(e.Message, e); }
        using (zip)
        {
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? entry.Length : entry.Length / (double)entry.CompressedLength;
                if (total > MaxUncompressedBytes || (entry.Length > RatioCheckFromBytes && ratio > MaxCompressionRatio))
                    throw ContentTooLarge();
            }
        }
    }

    private static BusinessException ContentTooLarge() =>
        new BusinessException(KemelSchoolPDErrorCodes.Imports.ContentTooLarge).WithData("Max", MaxUncompressedBytes / 1024 / 1024);

    private static BusinessException CellTooLong() =>
        new BusinessException(KemelSchoolPDErrorCodes.Imports.CellTooLong).WithData("Max", MaxCellLength);

    private static MemoryStream Buffer(Stream content)
    {
        var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    private static OpenXmlReader Reader(OpenXmlPart part) =>
        new OpenXmlPartReader(new BoundedStream(part.GetStream(FileMode.Open, FileAccess.Read), MaxUncompressedBytes),
            part.Features, new OpenXmlPartReaderOptions { MaxCharactersInPart = MaxUncompressedBytes, CloseStream = true });

    private static string? FirstSheetRelationshipId(WorkbookPart workbook)
    {
        using var reader = Reader(workbook);
        while (reader.Read())
            if (reader.IsStartElement && reader.ElementType == typeof(Sheet))
                return reader.Attributes.FirstOrDefault(a => a.LocalName == "id").Value;
        return null;
    }

    /// <summary>Cell formats whose number format shows a date: the built-in ones and custom codes with date letters.</summary>
    private static HashSet<int> DateStyles(WorkbookStylesPart styles)
    {
        var customDates = new HashSet<int>();
        var dateStyles = new HashSet<int>();
        var inCellFormats = false;
        var index = 0;
        using var reader = Reader(styles);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(CellFormats)) inCellFormats = reader.IsStartElement;
            else if (reader.IsStartElement && reader.ElementType == typeof(NumberingFormat))
            {
                var id = Attribute(reader, "numFmtId");
                var code = reader.Attributes.FirstOrDefault(a => a.LocalName == "formatCode").Value ?? "";
                if (int.TryParse(id, out var n) && IsDateFormat(code)) customDates.Add(n);
            }
            else if (inCellFormats && reader.IsStartElement && reader.ElementType == typeof(CellFormat))
            {
                if (int.TryParse(Attribute(reader, "numFmtId"), out var n)
                    && (n is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(n)))
                    dateStyles.Add(index);
                if (++index > 65_536) break;
            }
        }
        return dateStyles;
    }

    /// <summary>A date format has d, m, y, h or s outside quotes and brackets ("[Red]", "\"кг\"").</summary>
    private static bool IsDateFormat(string code)
    {
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '[') bracket = true;
            else if (!quoted && c == ']') bracket = false;
            else if (!quoted && !bracket && "dmyhsDMYHS".Contains(c)) return true;
        }
        return false;
    }

    private static List<string> SharedStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        var item = new StringBuilder();
        using var reader = Reader(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            item.Clear();
            var depth = reader.Depth;
            var phonetic = false; // <rPh> holds a reading aid (furigana), not the text
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.ElementType == typeof(PhoneticRun)) phonetic = reader.IsStartElement;
                else if (!phonetic && reader.IsStartElement && reader.ElementType == typeof(Text))
                {
                    item.Append(reader.GetText());
                    if (item.Length > MaxCellLength) throw CellTooLong();
                }
            }
            strings.Add(item.ToString());
            if (strings.Count > MaxSharedStrings) throw ContentTooLarge();
        }
        return strings;
    }

    private static List<List<string?>> ReadSheet(WorksheetPart sheet, List<string> strings, HashSet<int> dates, TabularReadLimits limits)
    {
        var table = new Table(limits);
        using var reader = Reader(sheet);
        List<string?>? row = null;
        var rowIndex = -1;
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    rowIndex = int.TryParse(Attribute(reader, "r"), out var r) && r > 0 ? r - 1 : rowIndex + 1;
                    row = [];
                }
                else if (row is not null)
                {
                    table.Add(rowIndex, row);
                    row = null;
                }
            }
            else if (row is not null && reader.IsStartElement && reader.ElementType == typeof(Cell))
            {
                var reference = Attribute(reader, "r");
                var column = reference is null ? row.Count : ColumnIndex(reference);
                var text = ReadCell(reader, strings, dates);
                if (string.IsNullOrEmpty(text)) continue;
                if (column >= MaxColumns)
                    throw new BusinessException(KemelSchoolPDErrorCodes.Imports.TooManyColumns).WithData("Max", MaxColumns);
                while (row.Count < column) row.Add(null);
                if (row.Count == column) row.Add(text);
                else row[column] = text;
            }
        }
        return table.Rows;
    }

    /// <summary>Reads the cell from its start element to its end: the value as the sheet shows it, null when empty.</summary>
    private static string? ReadCell(OpenXmlReader reader, List<string> strings, HashSet<int> dates)
    {
        var type = Attribute(reader, "t");
        var style = int.TryParse(Attribute(reader, "s"), out var s) ? s : 0;
        if (reader.IsEndElement) return null; // <c r="A1"/>: reading it as a start element already ends it
        string? value = null;
        var inline = new StringBuilder();
        var depth = reader.Depth;
        var phonetic = false;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.ElementType == typeof(PhoneticRun)) phonetic = reader.IsStartElement;
            if (!reader.IsStartElement || phonetic) continue;
            if (reader.ElementType == typeof(CellValue)) value = reader.GetText();
            else if (reader.ElementType == typeof(Text)) inline.Append(reader.GetText());
            if ((value?.Length ?? 0) > MaxCellLength || inline.Length > MaxCellLength) throw CellTooLong();
        }
        switch (type)
        {
            case "inlineStr": return inline.ToString();
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count
                    ? strings[i]
                    : throw new InvalidDataException($"Shared string {value} is missing.");
            case "b": return value == "1" ? "1" : value is null ? null : "0";
            case "str" or "e": return value;
        }
        if (value is null || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return value;
        if (dates.Contains(style) && number is > -657435 and < 2958466)
            return CellText(DateTime.FromOADate(number));
        return CellText(number);
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (var a in reader.Attributes)
            if (a.LocalName == name && string.IsNullOrEmpty(a.NamespaceUri)) return a.Value;
        return null;
    }

    /// <summary>"A1" → 0, "AB7" → 27; capped so that a silly reference cannot overflow.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            index = Math.Min(index * 26 + (c - 'A' + 1), 1_000_000);
        }
        return Math.Max(index - 1, 0);
    }

    public static List<List<string?>> ReadCsv(Stream content, TabularReadLimits limits)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var table = new Table(limits);
        var csv = new CsvParser(reader);
        for (var index = 0; csv.ReadRow() is { } row; index++) table.Add(index, row);
        return table.Rows;
    }

    /// <summary>Rows in sheet order; stops the reading at the first non-empty row beyond what the import accepts.</summary>
    private sealed class Table(TabularReadLimits limits)
    {
        private int _nonEmpty;

        public List<List<string?>> Rows { get; } = [];

        public void Add(int index, List<string?> row)
        {
            if (index < Rows.Count) return; // a row repeated out of order: the first one counts
            var blank = row.All(string.IsNullOrWhiteSpace);
            if (blank) return; // empty rows are filled in below when a later row needs its number
            // Empty rows between data are allowed, but not so many that the gap itself is the bomb.
            if (++_nonEmpty > limits.MaxDataRows + limits.HeaderRows || index > 2 * (limits.MaxDataRows + limits.HeaderRows))
                throw limits.TooManyRows();
            while (Rows.Count < index) Rows.Add([]);
            Rows.Add(row);
        }
    }

    /// <summary>
    /// RFC 4180 read line by line: quoted fields may hold separators, line breaks and doubled quotes. The separator (comma or
    /// semicolon) is the one the first line uses more. A row longer than <see cref="MaxCsvLineLength"/> is refused.
    /// </summary>
    private sealed class CsvParser(TextReader reader)
    {
        private char? _separator;

        public List<string?>? ReadRow()
        {
            var line = ReadLine();
            if (line is null) return null;
            _separator ??= line.Count(c => c == ';') > line.Count(c => c == ',') ? ';' : ',';
            var row = new List<string?>();
            var field = new StringBuilder();
            var quoted = false;
            var length = line.Length;
            while (true)
            {
                for (var i = 0; i < line.Length; i++)
                {
                    var ch = line[i];
                    if (quoted)
                    {
                        if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                        else if (ch == '"') quoted = false;
                        else field.Append(ch);
                    }
                    else if (ch == '"') quoted = true;
                    else if (ch == _separator) { AddField(row, field); }
                    else field.Append(ch);
                }
                if (!quoted) break;
                // A quoted field goes on over the line break.
                var next = ReadLine();
                if (next is null) break;
                field.Append('\n');
                length += next.Length + 1;
                if (length > MaxCsvLineLength) throw LineTooLong();
                line = next;
            }
            AddField(row, field);
            return row;
        }

        private void AddField(List<string?> row, StringBuilder field)
        {
            if (field.Length > MaxCellLength) throw CellTooLong();
            if (row.Count >= MaxColumns && field.Length > 0)
                throw new BusinessException(KemelSchoolPDErrorCodes.Imports.TooManyColumns).WithData("Max", MaxColumns);
            row.Add(field.ToString());
            field.Clear();
        }

        /// <summary>One line without its "\n" (a "\r" before it is dropped), never longer than the limit.</summary>
        private string? ReadLine()
        {
            var line = new StringBuilder();
            int c;
            while ((c = reader.Read()) != -1 && c != '\n')
            {
                line.Append((char)c);
                if (line.Length > MaxCsvLineLength) throw LineTooLong();
            }
            if (c == -1 && line.Length == 0) return null;
            if (line.Length > 0 && line[^1] == '\r') line.Length--;
            return line.ToString();
        }

        private static BusinessException LineTooLong() =>
            new BusinessException(KemelSchoolPDErrorCodes.Imports.LineTooLong).WithData("Max", MaxCsvLineLength);
    }

    /// <summary>Fails a read past the limit: the last guard should an unpacked part be longer than its entry said.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            if ((_read += n) > limit) throw ContentTooLarge();
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}

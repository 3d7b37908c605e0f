using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace KemelSchoolPD.Imports;

/// <summary>
/// Reads the first sheet of an XLSX file or a CSV file (UTF-8, comma or semicolon) into rows of cell texts, one list per
/// spreadsheet row (index 0 = row 1). Throws <see cref="InvalidDataException"/> when the bytes are not a readable workbook.
/// </summary>
public static class TabularFileReader
{
    public static bool IsSupported(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() is ".xlsx" or ".csv";

    public static List<List<string?>> Read(Stream content, string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() == ".csv" ? ReadCsv(content) : ReadXlsx(content);

    public static List<List<string?>> ReadXlsx(Stream content)
    {
        try
        {
            return content.Query(useHeaderRow: false)
                .Cast<IDictionary<string, object?>>()
                .Select(row => row.Values.Select(CellText).ToList())
                .ToList();
        }
        catch (Exception e)
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

    public static List<List<string?>> ReadCsv(Stream content)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        var firstLine = text.Split('\n', 2)[0];
        var separator = firstLine.Count(c => c == ';') > firstLine.Count(c => c == ',') ? ';' : ',';
        return ParseCsv(text, separator);
    }

    /// <summary>RFC 4180: quoted fields may hold separators, line breaks and doubled quotes.</summary>
    private static List<List<string?>> ParseCsv(string text, char separator)
    {
        var rows = new List<List<string?>>();
        var row = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == separator) { row.Add(field.ToString()); field.Clear(); }
            else if (ch == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(ch);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString().TrimEnd('\r')); rows.Add(row); }
        return rows;
    }
}

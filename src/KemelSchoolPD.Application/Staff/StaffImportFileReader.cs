using System.Globalization;
using System.Text;
using KemelSchoolPD.Exceptions;
using MiniExcelLibs;

namespace KemelSchoolPD.Staff;

/// <summary>A data row of an import file: its number as a spreadsheet shows it and its cells by column.</summary>
public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string?> Cells)
{
    public string? this[string column] => Cells.TryGetValue(column, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>Reads the first sheet of an XLSX file or a CSV file (comma or semicolon, UTF-8) into rows keyed by column.</summary>
public static class StaffImportFileReader
{
    public static IReadOnlyList<ImportRow> Read(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var table = extension switch
        {
            ".xlsx" => ReadXlsx(content),
            ".csv" => ReadCsv(content),
            _ => throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat),
        };
        if (table.Count == 0) throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportEmpty);

        var columns = table[0].Select(h => h is null ? null : StaffImportColumns.Match(h)).ToList();
        var missing = StaffImportColumns.Required.Where(c => !columns.Contains(c)).ToList();
        if (missing.Count > 0)
            throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportMissingColumn)
                .WithData("Column", string.Join(", ", missing.Select(c => StaffImportColumns.Header(c, CultureInfo.CurrentUICulture))));

        var rows = new List<ImportRow>();
        for (var i = 1; i < table.Count; i++)
        {
            if (table[i].All(string.IsNullOrWhiteSpace)) continue;
            var cells = new Dictionary<string, string?>();
            for (var c = 0; c < columns.Count && c < table[i].Count; c++)
                if (columns[c] is { } column) cells[column] = table[i][c];
            rows.Add(new ImportRow(i + 1, cells));
        }
        if (rows.Count == 0) throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportEmpty);
        if (rows.Count > StaffMemberConsts.MaxImportRows)
            throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportTooLarge).WithData("Max", StaffMemberConsts.MaxImportRows);
        return rows;
    }

    private static List<List<string?>> ReadXlsx(Stream content)
    {
        try
        {
            return content.Query(useHeaderRow: false)
                .Cast<IDictionary<string, object?>>()
                .Select(row => row.Values.Select(CellText).ToList())
                .ToList();
        }
        catch (Exception e) when (e is not BusinessException)
        {
            throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat, e.Message);
        }
    }

    /// <summary>Spreadsheet dates arrive as DateTime; keep them in ISO form so the validator reads one format.</summary>
    private static string? CellText(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "1" : "0",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static List<List<string?>> ReadCsv(Stream content)
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

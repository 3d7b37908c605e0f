using System.Globalization;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Imports;

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
        if (extension is not (".xlsx" or ".csv")) throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat);
        var table = ReadTable(content, fileName);
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
        if (rows.Count > StaffMemberConsts.MaxImportRows) throw TooLarge();
        return rows;
    }

    /// <summary>The reader stops at the first row beyond the limit (one header row on top).</summary>
    private static readonly TabularReadLimits Limits = new(StaffMemberConsts.MaxImportRows, TooLarge) { HeaderRows = 1 };

    private static List<List<string?>> ReadTable(Stream content, string fileName)
    {
        try
        {
            return TabularFileReader.Read(content, fileName, Limits);
        }
        catch (InvalidDataException e)
        {
            throw new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportUnsupportedFormat, e.Message);
        }
    }

    private static BusinessException TooLarge() =>
        new BusinessException(KemelSchoolPDErrorCodes.Staff.ImportTooLarge).WithData("Max", StaffMemberConsts.MaxImportRows);
}

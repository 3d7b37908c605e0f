using System.Globalization;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Imports;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// Learner results (before and after, per class) from a spreadsheet: a template to fill in, and a reader that turns a filled
/// XLSX or CSV into rows for a learner-results or diagnostic artefact's form. Nothing is saved here: the user checks the rows
/// in the form and saves the artefact as usual. Headers are recognised in kk, ru and en whatever the user's language.
/// </summary>
public sealed class LearnerResultImportService(IStringLocalizer localizer)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Cultures = ["kk", "ru", "en"];

    /// <summary>The columns in template order; each is a localization key "GrowthCycles:LearnerResults.{name}".</summary>
    public static readonly IReadOnlyList<string> Columns =
        [nameof(LearnerResultRow.ClassName), nameof(LearnerResultRow.Subject), nameof(LearnerResultRow.Indicator), nameof(LearnerResultRow
            .Before), nameof(LearnerResultRow.After),
            nameof(LearnerResultRow.LowerIsBetter)];

    /// <summary>
    /// "Lower is better" as a user writes it in any language (иә/жоқ, да/нет, yes/no, 1/0, +/−); an empty cell is "no" (a share
    /// of fails or absences falls when things improve; a score rises).
    /// </summary>
    private static readonly Lazy<IReadOnlyDictionary<string, bool>> YesNo = new(() =>
        Cultures.SelectMany(c => new[] { (Header("Yes", c), true), (Header("No", c), false) })
            .Concat([("ия", true), ("y", true), ("true", true), ("1", true), ("+", true),
                ("n", false), ("false", false), ("0", false), ("-", false), ("−", false)])
            .DistinctBy(x => x.Item1.ToLowerInvariant())
            .ToDictionary(x => x.Item1.ToLowerInvariant(), x => x.Item2));

    /// <summary>Every header text (normalized) a column is known by, in any of the product's languages.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> KnownHeaders = new(() =>
        Columns.SelectMany(column => Cultures.Select(c => Header(column, c)).Append(column).Select(text => (Key: Normalize(text), column)))
            .DistinctBy(x => x.Key)
            .ToDictionary(x => x.Key, x => x.column));

    public static string Header(string column, string culture) => DocumentTexts.Of($"GrowthCycles:LearnerResults.{column}", culture);

    /// <summary>One sheet with the headers in <paramref name="culture"/> (kk, ru or en) and one example row.</summary>
    public static (byte[] Content, string FileName) CreateTemplate(string culture)
    {
        string Text(string key) => DocumentTexts.Of($"GrowthCycles:LearnerResults.{key}", culture);
        var example = new Dictionary<string, object?>
        {
            [Text(nameof(LearnerResultRow.ClassName))] = "7А",
            [Text(nameof(LearnerResultRow.Subject))] = Text("ExampleSubject"),
            [Text(nameof(LearnerResultRow.Indicator))] = Text("ExampleIndicator"),
            [Text(nameof(LearnerResultRow.Before))] = 58.5m,
            [Text(nameof(LearnerResultRow.After))] = 67m,
            [Text(nameof(LearnerResultRow.LowerIsBetter))] = Text("No"),
        };
        var name = Text("TemplateName");
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { example }, printHeader: true, sheetName: name);
        return (stream.ToArray(), $"{name}.xlsx");
    }

    /// <summary>The reader stops at the first row beyond the limit (the header may be a few rows down).</summary>
    private static readonly TabularReadLimits Limits =
        new(LearnerResultImportConsts.MaxRows, TooManyRows) { HeaderRows = LearnerResultImportConsts.HeaderSearchRows };

    private static BusinessException TooManyRows() =>
        new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportTooManyRows).WithData("Max", LearnerResultImportConsts.MaxRows);

    public LearnerResultImportDto Parse(Stream content, string fileName)
    {
        if (!TabularFileReader
            .IsSupported(fileName)) throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportFormatUnsupported);
        List<List<string?>> table;
        try { table = TabularFileReader.Read(content, fileName, Limits); }
        catch (InvalidDataException e)
        {
            throw new BusinessException(
            KemelSchoolPDErrorCodes.GrowthCycles.ImportFormatUnsupported,
            e.Message);
        }

        var (headerIndex, columns) = FindHeaderRow(table)
            ?? throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportHeadersNotFound)
                .WithData("Columns", string.Join(", ", Columns.Select(CurrentHeader)));

        var data = new List<(int Number, Dictionary<string, string?> Cells)>();
        for (var i = headerIndex + 1; i < table.Count; i++)
        {
            var cells = new Dictionary<string, string?>();
            for (var c = 0; c < columns.Count && c < table[i].Count; c++)
                if (columns[c] is { } column && !string.IsNullOrWhiteSpace(table[i][c])) cells[column] = table[i][c]!.Trim();
            if (cells.Count == 0) continue;
            data.Add((i + 1, cells));
        }
        if (data.Count == 0) throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.ImportNoRows);
        if (data.Count > LearnerResultImportConsts.MaxRows) throw TooManyRows();

        var rows = new List<LearnerResultRow>();
        var problems = new List<LearnerResultImportProblemDto>();
        foreach (var (number, cells) in data)
        {
            string? Text(string column)
            {
                var value = cells.GetValueOrDefault(column);
                if (value is { Length: > GrowthCycleConsts.MaxShortTextLength })
                    problems.Add(Problem(number, column, ValidationCodes.MaxLength, GrowthCycleConsts.MaxShortTextLength));
                return value;
            }
            decimal? Number(string column)
            {
                if (cells.GetValueOrDefault(column) is not { } value) return null;
                if (TryParseNumber(value, out var parsed)) return parsed;
                problems.Add(Problem(number, column, KemelSchoolPDErrorCodes.GrowthCycles.ImportInvalidNumber, value));
                return null;
            }
            bool Flag(string column)
            {
                if (cells.GetValueOrDefault(column) is not { } value) return false;
                if (YesNo.Value.TryGetValue(value.Trim().ToLowerInvariant(), out var flag)) return flag;
                problems.Add(Problem(number, column, KemelSchoolPDErrorCodes.GrowthCycles.ImportInvalidYesNo, value));
                return false;
            }
            var row = new LearnerResultRow
            {
                ClassName = Text(nameof(LearnerResultRow.ClassName)),
                Subject = Text(nameof(LearnerResultRow.Subject)),
                Indicator = Text(nameof(LearnerResultRow.Indicator)),
                Before = Number(nameof(LearnerResultRow.Before)),
                After = Number(nameof(LearnerResultRow.After)),
                LowerIsBetter = Flag(nameof(LearnerResultRow.LowerIsBetter)),
            };
            // The artefact form needs a class or an indicator per row (GrowthArtefactRules): say so now, not at saving.
            if (row.ClassName is null && row.Indicator is null)
                problems.Add(
                    Problem(
                        number,
                        nameof(LearnerResultRow.ClassName),
                        KemelSchoolPDErrorCodes.GrowthCycles.ImportClassOrIndicatorRequired));
            rows.Add(row);
        }
        return new LearnerResultImportDto(rows, problems);
    }

    /// <summary>
    /// "58", "58.5", "58,5", "85%", "1 234,5". A percentage keeps its number (85% → 85): results are entered as percents,
    /// not as fractions.
    /// </summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (compact.EndsWith('%')) compact = compact[..^1];
        return decimal.TryParse(
            compact.Replace(',', '.'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture,
            out value);
    }

    /// <summary>The first row near the top that names both result columns; a title line above the table is allowed.</summary>
    private static (int Index, List<string?> Columns)? FindHeaderRow(List<List<string?>> table)
    {
        for (var i = 0; i < Math.Min(table.Count, LearnerResultImportConsts.HeaderSearchRows); i++)
        {
            var columns = table[i].Select(h => h is null ? null : KnownHeaders.Value.GetValueOrDefault(Normalize(h))).ToList();
            if (columns.Contains(nameof(LearnerResultRow.Before)) && columns.Contains(nameof(LearnerResultRow.After)))
                // A column named twice: the first one counts.
                return (i, columns.Select((c, index) => c is not null && columns.IndexOf(c) == index ? c : null).ToList());
        }
        return null;
    }

    /// <summary>Case, spaces and punctuation do not matter: "Сынып", " СЫНЫП ", "Сынып:" are one header.</summary>
    private static string Normalize(string header) =>
        new string(header.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    private static string CurrentHeader(string column) => Header(column, CultureInfo.CurrentUICulture.Name);

    private LearnerResultImportProblemDto Problem(int row, string column, string code, params object[] args) =>
        new(row, CurrentHeader(column), code, localizer[code, args]);
}

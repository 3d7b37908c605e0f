using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace KemelSchoolPD.Staff;

/// <summary>
/// Bulk import of the staff registry from XLSX or CSV. Every row is checked; if any row is bad, the answer lists each bad
/// row with its number and reason and nothing is written.
/// </summary>
public sealed class StaffImportAppService(IKemelSchoolPDDbContext db, IStringLocalizer localizer)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss"];

    public async Task<StaffImportResultDto> ImportAsync(Stream content, string fileName, CancellationToken ct = default)
    {
        var rows = StaffImportFileReader.Read(content, fileName);
        var associations = await db.MethodologicalAssociations.AsNoTracking().ToDictionaryAsync(a => a.SearchText, a => a.Id, ct);
        var existingEmails = (await db.StaffMembers.AsNoTracking().Where(s => s.Email != null).Select(s => s.Email!).ToListAsync(ct))
            .ToHashSet();
        var emailsInFile = new Dictionary<string, int>();

        var errors = new List<StaffImportRowError>();
        var members = new List<StaffMember>();
        foreach (var row in rows)
        {
            var rowErrors = new List<StaffImportRowError>();
            var data = Parse(row, associations, rowErrors);
            if (data?.Email?.Trim().ToLowerInvariant() is { } email)
            {
                if (existingEmails.Contains(email)) rowErrors.Add(
                    Error(row, StaffImportColumns.Email, KemelSchoolPDErrorCodes.Staff.DuplicateEmail));
                else if (emailsInFile.TryGetValue(email, out var firstRow))
                    rowErrors.Add(Error(row, StaffImportColumns.Email, KemelSchoolPDErrorCodes.Staff.ImportDuplicateInFile, firstRow));
                else emailsInFile[email] = row.Number;
            }
            if (data is not null && rowErrors.Count == 0)
            {
                try { members.Add(new StaffMember(Guid.CreateVersion7(), data)); }
                catch (InputValidationException e)
                {
                    rowErrors.AddRange(
                    e.Errors.Select(f => Error(row, ColumnOf(f.Field), f.Code, f.Args)));
                }
            }
            errors.AddRange(rowErrors);
        }

        if (errors.Count > 0) throw new StaffImportFailedException(errors);
        db.StaffMembers.AddRange(members);
        await db.SaveChangesAsync(ct);
        return new StaffImportResultDto(members.Count);
    }

    /// <summary>An empty file with the import's headers in the user's language, as XLSX or CSV.</summary>
    /// <summary>
    /// The file to fill in, with the headers in the reader's language. The XLSX has a second sheet with one example row in
    /// the reader's language (the page's examples): only the first sheet is imported, so the example is never taken for a
    /// teacher. A CSV has one table only, so it holds the headers alone.
    /// </summary>
    public static (byte[] Content, string ContentType, string FileName) CreateTemplate(string format, IStringLocalizer localizer)
    {
        var culture = CultureInfo.CurrentUICulture;
        var headers = StaffImportColumns.All.Select(c => StaffImportColumns.Header(c, culture)).ToList();
        if (format.Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = string.Join(",", headers.Select(h => '"' + h.Replace("\"", "\"\"") + '"')) + "\r\n";
            return (Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv", "staff-import.csv");
        }
        var empty = new Dictionary<string, object?>();
        var example = new Dictionary<string, object?>();
        foreach (var column in StaffImportColumns.All)
        {
            var header = StaffImportColumns.Header(column, culture);
            empty[header] = null;
            example[header] = column == StaffImportColumns.Category
                ? localizer[$"Enum:{nameof(QualificationCategory)}.{QualificationCategory.Moderator}"].Value
                : localizer[$"UI:Import.Example.{column}"] is { ResourceNotFound: false } text ? text.Value : null;
        }
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object>
        {
            [localizer["StaffImport:StaffSheet"].Value] = new[] { empty },
            [localizer["StaffImport:ExampleSheet"].Value] = new[] { example },
        }, printHeader: true);
        return (stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "staff-import.xlsx");
    }

    private StaffMemberData? Parse(ImportRow row, IReadOnlyDictionary<string, Guid> associations, List<StaffImportRowError> errors)
    {
        foreach (var column in StaffImportColumns.Required.Where(c => row[c] is null))
            errors.Add(Error(row, column, ValidationCodes.Required));

        var hireDate = ParseDate(row, StaffImportColumns.HireDate, errors);
        var assignedOn = ParseDate(row, StaffImportColumns.CategoryAssignedOn, errors);
        var total = ParseInt(row, StaffImportColumns.TotalExperienceYears, errors);
        var teaching = ParseInt(row, StaffImportColumns.TeachingExperienceYears, errors);
        var category = ParseCategory(row, errors);
        var young = ParseBool(row, StaffImportColumns.IsYoungSpecialist, errors);
        var administration = ParseBool(row, StaffImportColumns.IsAdministration, errors);
        var email = row[StaffImportColumns.Email];
        if (email is not null && !new EmailAddressAttribute().IsValid(email)) errors.Add(
            Error(row, StaffImportColumns.Email, ValidationCodes.Email));

        Guid? associationId = null;
        if (row[StaffImportColumns.MethodologicalAssociation] is { } associationName)
        {
            if (associations.TryGetValue(SearchText.Normalize(associationName), out var id)) associationId = id;
            else errors.Add(Error(row, StaffImportColumns.MethodologicalAssociation, KemelSchoolPDErrorCodes.Staff.UnknownAssociation));
        }

        if (errors.Count > 0 || hireDate is null || category is null) return null;
        var subjects = row[StaffImportColumns.Subjects]?.Split(
            [';', ','],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return new StaffMemberData(row[StaffImportColumns.FullName]!, row[StaffImportColumns.Position]!, subjects, hireDate.Value,
            total ?? 0, teaching ?? 0, category.Value, assignedOn, young ?? false, associationId, email, row[StaffImportColumns.Phone],
            administration ?? false);
    }

    private DateOnly? ParseDate(ImportRow row, string column, List<StaffImportRowError> errors)
    {
        if (row[column] is not { } text) return null;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return DateOnly
            .FromDateTime(date);
        errors.Add(Error(row, column, KemelSchoolPDErrorCodes.Staff.ImportInvalidDate));
        return null;
    }

    private int? ParseInt(ImportRow row, string column, List<StaffImportRowError> errors)
    {
        if (row[column] is not { } text) return null;
        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= 0 and <= StaffMemberConsts.MaxExperienceYears)
            return (int)number;
        errors.Add(Error(row, column, KemelSchoolPDErrorCodes.Staff.ImportInvalidNumber, 0, StaffMemberConsts.MaxExperienceYears));
        return null;
    }

    private QualificationCategory? ParseCategory(ImportRow row, List<StaffImportRowError> errors)
    {
        if (row[StaffImportColumns.Category] is not { } text) return null;
        if (QualificationCategoryNames.TryParse(text, out var category)) return category;
        errors.Add(Error(row, StaffImportColumns.Category, KemelSchoolPDErrorCodes.Staff.ImportInvalidCategory));
        return null;
    }

    private bool? ParseBool(ImportRow row, string column, List<StaffImportRowError> errors)
    {
        if (row[column] is not { } text) return null;
        switch (text.ToLowerInvariant())
        {
            case "1" or "true" or "yes" or "да" or "иә" or "ия" or "+": return true;
            case "0" or "false" or "no" or "нет" or "жоқ" or "-": return false;
            default:
                errors.Add(Error(row, column, KemelSchoolPDErrorCodes.Staff.ImportInvalidBoolean));
                return null;
        }
    }

    private StaffImportRowError Error(ImportRow row, string? column, string code, params object?[] args) =>
        new(row.Number, column is null ? null : StaffImportColumns.Header(column, CultureInfo.CurrentUICulture), code,
            localizer[code, args.Select(a => a ?? "").ToArray()]);

    private static string? ColumnOf(string field) => StaffImportColumns.All.Contains(field) ? field : null;
}

/// <summary>400 "Staff:ImportFailed" with the per-row report in the answer's "rows".</summary>
public sealed class StaffImportFailedException(IReadOnlyList<StaffImportRowError> rows)
    : BusinessException(KemelSchoolPDErrorCodes.Staff.ImportFailed), IHasProblemExtensions
{
    public IReadOnlyList<StaffImportRowError> Rows { get; } = rows;

    public IReadOnlyDictionary<string, object?> ProblemExtensions => new Dictionary<string, object?> { ["rows"] = Rows };
}

using System.Globalization;
using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Staff;

/// <summary>
/// The columns of a staff import file. A header may be written in Kazakh, Russian or English (the template uses the
/// user's language); matching ignores case, spaces and punctuation.
/// </summary>
public static class StaffImportColumns
{
    public const string FullName = nameof(FullName);
    public const string Position = nameof(Position);
    public const string Subjects = nameof(Subjects);
    public const string HireDate = nameof(HireDate);
    public const string TotalExperienceYears = nameof(TotalExperienceYears);
    public const string TeachingExperienceYears = nameof(TeachingExperienceYears);
    public const string Category = nameof(Category);
    public const string CategoryAssignedOn = nameof(CategoryAssignedOn);
    public const string IsYoungSpecialist = nameof(IsYoungSpecialist);
    public const string MethodologicalAssociation = nameof(MethodologicalAssociation);
    public const string Email = nameof(Email);
    public const string Phone = nameof(Phone);
    public const string IsAdministration = nameof(IsAdministration);

    public static readonly IReadOnlyList<string> All =
    [
        FullName, Position, Subjects, HireDate, TotalExperienceYears, TeachingExperienceYears, Category, CategoryAssignedOn,
        IsYoungSpecialist, MethodologicalAssociation, Email, Phone, IsAdministration,
    ];

    public static readonly IReadOnlyList<string> Required = [FullName, Position, HireDate, Category];

    /// <summary>Header text of a column in a culture: the "ImportColumn:{Column}" text.</summary>
    public static string Header(string column, CultureInfo culture) =>
        KemelSchoolPDLocalization.Store.Find("ImportColumn:" + column, culture) ?? column;

    /// <summary>Which column a header names, in any of our languages (or by its code name).</summary>
    public static string? Match(string header)
    {
        var key = Normalize(header);
        return HeaderLookup.Value.GetValueOrDefault(key);
    }

    private static readonly Lazy<Dictionary<string, string>> HeaderLookup = new(() =>
    {
        var lookup = new Dictionary<string, string>();
        foreach (var column in All)
        {
            lookup[Normalize(column)] = column;
            foreach (var culture in KemelSchoolPDLocalization.Store.Cultures)
                lookup[Normalize(Header(column, CultureInfo.GetCultureInfo(culture)))] = column;
        }
        return lookup;
    });

    private static string Normalize(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}

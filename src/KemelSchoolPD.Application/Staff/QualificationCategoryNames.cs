using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Staff;

/// <summary>Reads a category the way schools write it: "педагог-сарапшы", "Педагог-эксперт", "Expert", "3"...</summary>
public static class QualificationCategoryNames
{
    private static readonly Lazy<Dictionary<string, QualificationCategory>> Names = new(() =>
    {
        var names = new Dictionary<string, QualificationCategory>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in Enum.GetValues<QualificationCategory>())
        {
            names[category.ToString()] = category;
            names[((int)category).ToString()] = category;
            foreach (var culture in KemelSchoolPDLocalization.Store.Cultures)
                if (KemelSchoolPDLocalization.Store.Texts(culture).TryGetValue($"Enum:QualificationCategory.{category}", out var text))
                {
                    names[text] = category;
                    names[text.Replace("педагог-", "", StringComparison.OrdinalIgnoreCase)] = category;
                }
        }
        return names;
    });

    public static bool TryParse(string text, out QualificationCategory category) => Names.Value.TryGetValue(text.Trim(), out category);
}

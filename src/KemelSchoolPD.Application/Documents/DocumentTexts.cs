using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Localization;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Documents;

/// <summary>What every school document needs besides its own data: the school's name, the date, texts in the document's language.</summary>
public sealed class DocumentHeaderProvider(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, TimeProvider clock)
{
    public async Task<DocumentHeader> GetAsync(string culture, CancellationToken ct = default)
    {
        var documentCulture = DocumentTemplateRegistry.DocumentCulture(culture);
        var schoolName = await db.Schools.AsNoTracking().Where(s => s.Id == currentTenant.Id).Select(s => s.Name).FirstAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new DocumentHeader(documentCulture, schoolName, today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            AcademicYears.Label(AcademicYears.Of(today)));
    }
}

public sealed record DocumentHeader(string Culture, string SchoolName, string Date, string AcademicYear)
{
    /// <summary>A product text (an enum value, a column name) in the document's language.</summary>
    public string Text(string key) => DocumentTexts.Of(key, Culture);

    /// <summary>A product text with its placeholders filled, plural blocks (<c>{0, plural, one {# год} …}</c>) by the document's
    /// language.</summary>
    public string Format(string key, params object?[] arguments)
    {
        var culture = CultureInfo.GetCultureInfo(Culture);
        return string.Format(culture, PluralForms.Apply(Text(key), culture, arguments), arguments);
    }

    public string Enum<TEnum>(TEnum value) where TEnum : struct, System.Enum => Text($"Enum:{typeof(TEnum).Name}.{value}");
}

public static class DocumentTexts
{
    public static string Of(string key, string culture) =>
        KemelSchoolPDLocalization.Store.Find(key, CultureInfo.GetCultureInfo(culture)) ?? key;

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";
}

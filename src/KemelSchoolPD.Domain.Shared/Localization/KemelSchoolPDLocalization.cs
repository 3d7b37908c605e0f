namespace KemelSchoolPD.Localization;

/// <summary>The product's texts (Localization/KemelSchoolPD/{kk,ru,en}.json embedded in this assembly).</summary>
public static class KemelSchoolPDLocalization
{
    private static readonly Lazy<JsonLocalizationStore> Lazy = new(
        () => new JsonLocalizationStore(typeof(KemelSchoolPDLocalization).Assembly));

    public static JsonLocalizationStore Store => Lazy.Value;
}

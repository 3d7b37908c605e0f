namespace KemelSchoolPD.Localization;

public static class NamedPlaceholders
{
    /// <summary>Fills ABP-style "{Name}" placeholders from a dictionary; unknown placeholders stay as they are.</summary>
    public static string Fill(string template, IEnumerable<KeyValuePair<string, object?>> values)
    {
        foreach (var (name, value) in values) template = template.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.CurrentCulture));
        return template;
    }
}

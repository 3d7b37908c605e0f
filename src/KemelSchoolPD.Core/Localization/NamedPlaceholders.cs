namespace KemelSchoolPD.Localization;

public static class NamedPlaceholders
{
    /// <summary>Fills ABP-style "{Name}" placeholders (and ICU plural blocks, <see cref="PluralForms"/>) from a dictionary; unknown
    /// placeholders stay as they are.</summary>
    public static string Fill(string template, IEnumerable<KeyValuePair<string, object?>> values)
    {
        var byName = values.ToDictionary(v => v.Key, v => v.Value);
        template = PluralForms.Apply(template, System.Globalization.CultureInfo.CurrentUICulture, name => byName.GetValueOrDefault(name));
        foreach (var (name, value) in byName) template = template.Replace(
            "{" + name + "}",
            Convert.ToString(value, System.Globalization.CultureInfo.CurrentCulture));
        return template;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace KemelSchoolPD.Localization;

/// <summary>
/// ICU-style plural placeholders in texts: <c>{0, plural, one {# год} few {# года} many {# лет} other {# года}}</c> or with a
/// name, <c>{Minutes, plural, one {# минуту} other {# минут}}</c>. <c>#</c> is the number; <c>=N</c> matches a number exactly.
/// The categories follow CLDR for our cultures: Russian one/few/many/other, Kazakh and English one/other. The web app does the
/// same with <c>Intl.PluralRules</c> (angular/src/app/core/i18n/plural.ts).
/// </summary>
public static partial class PluralForms
{
    /// <summary>Replaces every plural block whose value is found by <paramref name="valueOf"/> (by index or name).</summary>
    public static string Apply(string text, CultureInfo culture, Func<string, object?> valueOf)
    {
        if (!text.Contains(", plural,", StringComparison.Ordinal)) return text;
        return PluralBlock().Replace(text, match =>
        {
            var value = valueOf(match.Groups["arg"].Value);
            if (value is null || !decimal.TryParse(
                Convert.ToString(value, CultureInfo.InvariantCulture),
                NumberStyles.Number,
                CultureInfo.InvariantCulture,
                out var number))
                return match.Value;
            var options = PluralOption().Matches(match.Groups["options"].Value)
                .ToDictionary(o => o.Groups["key"].Value, o => o.Groups["text"].Value);
            var chosen = options.GetValueOrDefault("=" + number.ToString(CultureInfo.InvariantCulture))
                ?? options.GetValueOrDefault(Category(number, culture))
                ?? options.GetValueOrDefault("other")
                ?? match.Value;
            return chosen.Replace("#", number.ToString(culture), StringComparison.Ordinal);
        });
    }

    /// <summary>Positional arguments, as <see cref="string.Format(IFormatProvider, string, object[])"/> receives them.</summary>
    public static string Apply(string text, CultureInfo culture, object?[] arguments) =>
        Apply(text, culture, name => int.TryParse(name, out var i) && i >= 0 && i < arguments.Length ? arguments[i] : null);

    /// <summary>The CLDR plural category of a number in the culture's language.</summary>
    public static string Category(decimal number, CultureInfo culture)
    {
        var isInteger = number == decimal.Truncate(number);
        var n = (long)decimal.Truncate(Math.Abs(number));
        return culture.TwoLetterISOLanguageName switch
        {
            "ru" when !isInteger => "other",
            "ru" when n % 10 == 1 && n % 100 != 11 => "one",
            "ru" when n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 => "few",
            "ru" => "many",
            _ => isInteger && n == 1 ? "one" : "other",
        };
    }

    [GeneratedRegex(@"\{\s*(?<arg>\w+)\s*,\s*plural\s*,(?<options>(?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}")]
    private static partial Regex PluralBlock();

    [GeneratedRegex(@"(?<key>=\d+|zero|one|two|few|many|other)\s*\{(?<text>[^{}]*)\}")]
    private static partial Regex PluralOption();
}

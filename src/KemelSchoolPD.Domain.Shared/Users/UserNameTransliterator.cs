using System.Text;

namespace KemelSchoolPD.Users;

/// <summary>
/// Kazakh and Russian Cyrillic to ASCII Latin as Kazakh passports write names (ә→a, қ→k, ж→zh, ю→yu...), and the user name
/// proposed from a full name: "Әбілқасымова Гүлнар Серікқызы" → "abilkasymova.g".
/// </summary>
public static class UserNameTransliterator
{
    private static readonly Dictionary<char, string> Map = new()
    {
        ['а'] = "a", ['ә'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ғ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['қ'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n",
        ['ң'] = "n", ['о'] = "o", ['ө'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ұ'] = "u",
        ['ү'] = "u", ['ф'] = "f", ['х'] = "kh", ['һ'] = "h", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "",
        ['ы'] = "y", ['і'] = "i", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>Lower-case ASCII: Cyrillic letters transliterated, Latin letters and digits kept, everything else dropped.</summary>
    public static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length + 4);
        foreach (var c in text.ToLowerInvariant())
        {
            if (Map.TryGetValue(c, out var latin)) result.Append(latin);
            else if (c is >= 'a' and <= 'z' or >= '0' and <= '9') result.Append(c);
        }
        return result.ToString();
    }

    private static readonly string[] PatronymicEndings
        = ["ұлы", "улы", "қызы", "кызы", "ович", "евич", "ич", "овна", "евна", "ична", "инична"];

    /// <summary>
    /// "surname.initial" from a full name. The surname comes first ("Әбілқасымова Гүлнар Серікқызы"), unless the second word
    /// is a patronymic ("Гүлнар Серікқызы Әбілқасымова"). A single word gives just that word; no usable letters give "user".
    /// </summary>
    public static string Propose(string fullName)
    {
        var raw = fullName.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (raw.Count == 3 && IsPatronymic(raw[1]) && !IsPatronymic(raw[2])) raw = [raw[2], raw[0], raw[1]];
        var words = raw.Select(Transliterate).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return "user";
        var proposal = words.Count == 1 ? words[0] : $"{words[0]}.{words[1][0]}";
        return proposal.Length > 48 ? proposal[..48] : proposal;
    }

    private static bool IsPatronymic(string word) =>
        PatronymicEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase) && word.Length > e.Length + 1);
}

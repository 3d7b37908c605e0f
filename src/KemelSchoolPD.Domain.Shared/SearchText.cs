using System.Text;

namespace KemelSchoolPD;

/// <summary>
/// The form in which names are stored for search and in which a search term is compared: lower case in every alphabet
/// (Kazakh ә, ғ, қ, ң, ө, ұ, ү, һ, і included), ё read as е, runs of spaces as one. Databases lower-case only ASCII letters
/// (SQLite's lower() and LIKE) or depend on the collation, so the comparison is done on a column written by the application.
/// </summary>
public static class SearchText
{
    public const int MaxLength = 1024;

    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower == 'ё' ? 'е' : lower);
        }
        return builder.ToString();
    }

    /// <summary>The stored search column of a record: its searchable fields, normalized, one per line.</summary>
    public static string Of(params string?[] fields)
    {
        var text = string.Join('\n', fields.Select(Normalize).Where(f => f.Length > 0));
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    /// <summary>A LIKE pattern finding <paramref name="term"/> anywhere in a search column (escape character '\\'); null for no
    /// term.</summary>
    public static string? ContainsPattern(string? term)
    {
        var normalized = Normalize(term);
        if (normalized.Length == 0) return null;
        var escaped = normalized.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
        return "%" + escaped + "%";
    }
}

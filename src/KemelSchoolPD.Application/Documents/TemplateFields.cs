using System.Text.RegularExpressions;

namespace KemelSchoolPD.Documents;

/// <summary>
/// The fields a template reads: its <c>{{ … }}</c> values, <c>{% if … %}</c> conditions and <c>{% for x in list %}</c> loops,
/// a loop's fields written <c>list[].field</c>. Read from the product's template, they are the list the editor offers;
/// read from a school's copy, they shape the sample a preview prints.
/// </summary>
public static partial class TemplateFields
{
    /// <summary>Rows of each list in a sample model.</summary>
    public const int SampleRows = 2;

    public static IReadOnlyList<string> Of(string liquid)
    {
        var loops = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = new HashSet<string>(StringComparer.Ordinal);
        string Resolve(string path)
        {
            var dot = path.IndexOf('.');
            var head = dot < 0 ? path : path[..dot];
            return loops.TryGetValue(head, out var list) ? list + (dot < 0 ? "" : path[dot..]) : path;
        }

        foreach (Match m in Tag().Matches(liquid))
        {
            if (m.Groups["var"].Success)
            {
                var list = Resolve(m.Groups["list"].Value);
                loops[m.Groups["var"].Value] = list + "[]";
                fields.Add(list);
                continue;
            }
            var path = m.Groups["cond"].Success ? m.Groups["cond"].Value : m.Groups["out"].Value;
            if (!NotAField().IsMatch(path)) fields.Add(Resolve(path));
        }
        // A list shown by its rows is not listed again on its own.
        return fields.Where(f => !fields.Any(o => o.StartsWith(f + "[]", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A model with every field of the template: a value is its own name («FullName»), a list has <see cref="SampleRows"/>
    /// rows. What the preview shows is the layout the school's copy gives, not anyone's data.
    /// </summary>
    public static Dictionary<string, object?> SampleModel(string liquid)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in Of(liquid)) Put(model, field.Split('.'), 0);
        return model;
    }

    /// <param name="row">The number of the list row this node is (1 outside lists).</param>
    private static void Put(Dictionary<string, object?> node, string[] path, int at, int row = 1)
    {
        var segment = path[at];
        var isList = segment.EndsWith("[]", StringComparison.Ordinal);
        var name = isList ? segment[..^2] : segment;
        if (at == path.Length - 1)
        {
            node.TryAdd(name, isList ? Enumerable.Range(1, SampleRows).Select(n => Sample(name, n)).ToList() : Sample(name, row));
            return;
        }
        if (isList)
        {
            if (node.GetValueOrDefault(name) is not List<object?> rows)
                node[name] = rows = Enumerable.Range(1, SampleRows)
                    .Select(_ => (object?)new Dictionary<string, object?>(StringComparer.Ordinal))
                    .ToList();
            for (var n = 0; n < rows.Count; n++)
                if (rows[n] is Dictionary<string, object?> item) Put(item, path, at + 1, n + 1);
            return;
        }
        if (node.GetValueOrDefault(name) is not Dictionary<string, object?> child)
            node[name] = child = new Dictionary<string, object?>(StringComparer.Ordinal);
        Put(child, path, at + 1, row);
    }

    /// <summary>A "Number" prints the row's number (its column is sized for "1", not for a name); any other field its name.</summary>
    private static object? Sample(string name, int row) => name.EndsWith("Number", StringComparison.Ordinal) ? row : $"«{name}»";

    [GeneratedRegex(@"\{%-?\s*for\s+(?<var>\w+)\s+in\s+(?<list>[\w.]+)[^%]*%\}|\{%-?\s*(?:if|elsif|unless)\s+(?<cond>[\w.]+)[^%]*%\}|\{\{-?\s*(?<out>[\w.]+)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^(forloop|true|false|nil|empty|blank)\b|^\d")]
    private static partial Regex NotAField();
}

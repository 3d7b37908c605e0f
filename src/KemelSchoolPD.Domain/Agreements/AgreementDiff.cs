using System.Text.Json;
using System.Text.Json.Nodes;
using KemelSchoolPD.DevelopmentPlans;

namespace KemelSchoolPD.Agreements;

/// <summary>
/// How two states of a record of the <see cref="AgreementWorkflow"/> differ ("what changed since the last review", "what this
/// version changed"): single fields by value, and lists of entries with ids entry by entry and field by field. Each module
/// names its areas and fields; the changes read the same everywhere.
/// </summary>
public sealed class AgreementDiff(JsonSerializerOptions options)
{
    private readonly List<PlanContentChange> _changes = [];

    public IReadOnlyList<PlanContentChange> Changes => _changes;

    /// <summary>Single fields of one area: each differing value is a change.</summary>
    public AgreementDiff Fields(string area, params (string Field, string? Old, string? New)[] fields)
    {
        foreach (var (field, old, @new) in fields.Where(f => f.Old != f.New))
            _changes.Add(new PlanContentChange(area, null, field, PlanChangeKind.Changed, old, @new));
        return this;
    }

    /// <summary>Entries with ids: removed and added entries (labelled), and each changed field of an entry in both states.</summary>
    public AgreementDiff Entries<T>(string area, IEnumerable<T> before, IEnumerable<T> after, Func<T, Guid> id, Func<T, string?> label)
    {
        var old = before.ToDictionary(id);
        var now = after.ToDictionary(id);
        foreach (var (key, entry) in old.Where(b => !now.ContainsKey(b.Key)))
            _changes.Add(new PlanContentChange(area, key, null, PlanChangeKind.Removed, label(entry), null));
        foreach (var (key, entry) in now)
        {
            if (!old.TryGetValue(key, out var previous))
            {
                _changes.Add(new PlanContentChange(area, key, null, PlanChangeKind.Added, null, label(entry)));
                continue;
            }
            var was = ToJson(previous);
            foreach (var (name, value) in ToJson(entry))
                if (was[name]?.ToJsonString(options) != value?.ToJsonString(options))
                    _changes.Add(new PlanContentChange(area, key, Pascal(name), PlanChangeKind.Changed, Plain(was[name]), Plain(value)));
        }
        return this;
    }

    /// <summary>
    /// A set of ids (a plan's mentees): each id removed or added is a change of that entry, labelled by <paramref name="label"/>
    /// (null where the snapshot keeps only the id and the application names it for the reader).
    /// </summary>
    public AgreementDiff Members(string area, IEnumerable<Guid> before, IEnumerable<Guid> after, Func<Guid, string?> label)
    {
        var old = before.ToHashSet();
        var now = after.ToHashSet();
        foreach (var id in old.Where(id => !now.Contains(id)))
            _changes.Add(new PlanContentChange(area, id, null, PlanChangeKind.Removed, label(id), null));
        foreach (var id in now.Where(id => !old.Contains(id)))
            _changes.Add(new PlanContentChange(area, id, null, PlanChangeKind.Added, null, label(id)));
        return this;
    }

    private JsonObject ToJson<T>(T value) => JsonSerializer.SerializeToNode(value, options)!.AsObject();

    private string? Plain(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(options),
    };

    private static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];
}

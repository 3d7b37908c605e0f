using System.Reflection;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Documents;

/// <summary>A template the product ships: embedded files ending in "{Name}.{culture}.liquid" in <see cref="Assembly"/>.</summary>
public sealed record DocumentTemplateDefinition(string Name, string DisplayNameKey, Assembly Assembly)
{
    public string? ReadDefault(string culture)
    {
        var suffix = $".{Name}.{culture}.liquid";
        var resource = Assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal));
        if (resource is null) return null;
        using var reader = new StreamReader(Assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }
}

public sealed class DocumentTemplateRegistry(IEnumerable<DocumentTemplateDefinition> definitions)
{
    private readonly Dictionary<string, DocumentTemplateDefinition> _byName = definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<DocumentTemplateDefinition> All => _byName.Values;

    public DocumentTemplateDefinition Get(string name) =>
        _byName.GetValueOrDefault(name)
            ?? throw new BusinessException(KemelSchoolPDErrorCodes.Documents.UnknownTemplate).WithData("name", name);

    /// <summary>"kk" stays "kk"; everything else reads the Russian template.</summary>
    public static string DocumentCulture(string? culture) =>
        DocumentTemplateConsts.Cultures.Contains(culture) ? culture! : "ru";
}

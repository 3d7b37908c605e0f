using System.Globalization;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.Localization;

/// <summary>IStringLocalizer over the JSON store, in the current UI culture. One resource for the whole product.</summary>
public sealed class JsonStringLocalizer(JsonLocalizationStore store) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = store.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            var text = PluralForms.Apply(template.Value, CultureInfo.CurrentUICulture, arguments);
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text, arguments), template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        store.GetAll(CultureInfo.CurrentUICulture).Select(p => new LocalizedString(p.Key, p.Value));
}

public sealed class JsonStringLocalizerFactory(JsonLocalizationStore store) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(store);

    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(store);
}

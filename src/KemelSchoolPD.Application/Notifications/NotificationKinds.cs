using System.Globalization;
using KemelSchoolPD.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// A kind of notification a module sends: an event ("DevelopmentPlans.Submitted") or a reminder of a "my work" item
/// ("DevelopmentPlans.AwaitingAgreement"), with the channels a person gets until they (or their school) choose otherwise.
/// Each module registers its own kinds (<see cref="NotificationKindRegistration.AddNotificationKinds"/>): no central list.
/// Texts: "NotificationKind:{Kind}" (title), "Notification:{Kind}" (an event's text) or "MyWork:{Kind}" (a reminder's item).
/// </summary>
public sealed record NotificationKindDefinition(
    string Kind,
    string Module,
    bool IsReminder,
    bool DefaultInApp,
    NotificationEmailMode DefaultEmail)
{
    public static NotificationKindDefinition Event(string kind, string module, NotificationEmailMode email = NotificationEmailMode.Digest)
        =>
        new(kind, module, false, true, email);

    public static NotificationKindDefinition Reminder(
        string kind,
        string module,
        NotificationEmailMode email = NotificationEmailMode.Digest) =>
        new(kind, module, true, true, email);
}

public static class NotificationKindRegistration
{
    public static IServiceCollection AddNotificationKinds(this IServiceCollection services, params NotificationKindDefinition[] kinds)
    {
        foreach (var kind in kinds) services.AddSingleton(kind);
        return services;
    }

    /// <summary>A module's kinds, listed by what they are: <c>k =&gt; k.Immediate(Submitted).Events(Agreed).Reminders(Due)</c>.</summary>
    public static IServiceCollection AddNotificationKinds(this IServiceCollection services, string module,
        Func<NotificationKindList, NotificationKindList> kinds) =>
        services.AddNotificationKinds([.. kinds(new NotificationKindList(module)).Kinds]);
}

/// <summary>The kinds of one module: events mailed at once, events and reminders (both mailed in the daily digest by default).</summary>
public sealed class NotificationKindList(string module)
{
    private readonly List<NotificationKindDefinition> _kinds = [];

    public IReadOnlyList<NotificationKindDefinition> Kinds => _kinds;

    /// <summary>Events e-mailed as they happen unless the person chooses otherwise.</summary>
    public NotificationKindList Immediate(params string[] kinds) =>
        Add(kinds, k => NotificationKindDefinition.Event(k, module, NotificationEmailMode.Immediate));

    public NotificationKindList Events(params string[] kinds) => Add(kinds, k => NotificationKindDefinition.Event(k, module));

    public NotificationKindList Reminders(params string[] kinds) => Add(kinds, k => NotificationKindDefinition.Reminder(k, module));

    private NotificationKindList Add(string[] kinds, Func<string, NotificationKindDefinition> define)
    {
        _kinds.AddRange(kinds.Select(define));
        return this;
    }
}

/// <summary>Every kind the modules registered, by code.</summary>
public sealed class NotificationKindCatalog(IEnumerable<NotificationKindDefinition> kinds)
{
    private readonly Dictionary<string, NotificationKindDefinition> _byKind = kinds.GroupBy(k => k.Kind)
        .ToDictionary(g => g.Key, g => g.First());

    public IReadOnlyCollection<NotificationKindDefinition> All => _byKind.Values;

    public NotificationKindDefinition? Find(string kind) => _byKind.GetValueOrDefault(kind);
}

/// <summary>
/// The texts of notifications and "my work" items in a given language (the reader's for the app, the recipient's for e-mail).
/// Values that are themselves localization keys ("Enum:QualificationCategory.Expert", "Text:RouteSheets:Period.Quarters.2") are
/// shown in that language too.
/// </summary>
public static class NotificationTexts
{
    public const string DateFormat = "dd.MM.yyyy";

    /// <summary>A value "Text:{key}" is the text of that key in the reader's language (like "Enum:…" values).</summary>
    public const string TextPrefix = "Text:";

    private static JsonLocalizationStore Store => KemelSchoolPDLocalization.Store;

    public static string Text(string key, CultureInfo culture) => Store.Find(key, culture) ?? key;

    public static string KindTitle(string kind, CultureInfo culture) => Text(Notifications.Notification.TitleKeyOf(kind), culture);

    /// <summary>The sentence of a "my work" item: "MyWork:{Kind}" filled with its values.</summary>
    public static string Item(string kind, IReadOnlyDictionary<string, string> values, DateOnly? due, CultureInfo culture) =>
        Fill(Text("MyWork:" + kind, culture), values, due, culture);

    /// <summary>
    /// A notification's text: an event's own text, or for a reminder the stage's frame ("Reminder:Overdue": "Overdue since
    /// {Due}: {Item}") around the item's sentence.
    /// </summary>
    public static string Notification(
        string kind,
        string? stage,
        IReadOnlyDictionary<string, string> values,
        DateOnly? due,
        CultureInfo culture)
    {
        if (stage is null) return Fill(Text(Notifications.Notification.TextKeyOf(kind), culture), values, due, culture);
        var item = Item(kind, values, due, culture);
        return Fill(Text("Reminder:" + stage, culture), new Dictionary<string, string> { ["Item"] = item }, due, culture);
    }

    public static CultureInfo Culture(string? name) =>
        CultureInfo.GetCultureInfo(name is "kk" or "ru" or "en" ? name : "kk");

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, DateOnly? due, CultureInfo culture)
    {
        var all = values.Select(v => new KeyValuePair<string, object?>(v.Key,
            v.Value.StartsWith("Enum:", StringComparison.Ordinal) ? Text(v.Value, culture)
            : v.Value.StartsWith(TextPrefix, StringComparison.Ordinal) ? Text(v.Value[TextPrefix.Length..], culture)
            : v.Value)).ToList();
        if (due is { } d && !values.ContainsKey("Due")) all.Add(new("Due", d.ToString(DateFormat, CultureInfo.InvariantCulture)));
        return NamedPlaceholders.Fill(template, all);
    }
}

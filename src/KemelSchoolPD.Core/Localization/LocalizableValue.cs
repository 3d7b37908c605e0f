namespace KemelSchoolPD.Localization;

/// <summary>
/// A value for a message's "{Name}" placeholder that is itself one or more localization keys ("Enum:GrowthCycleStage.Design"):
/// the domain names what it means, and the place that writes the message (the API's ProblemDetails) puts it in the reader's
/// language, several keys joined with ", ". So a rule is checked once, in the domain, and still reads well.
/// </summary>
public sealed record LocalizableValue(IReadOnlyList<string> Keys)
{
    public static LocalizableValue Of(string key) => new([key]);

    public static LocalizableValue Of(IEnumerable<string> keys) => new(keys.ToList());

    /// <summary>The key of an enum value, "Enum:{Type}.{Value}", as the localization files name it.</summary>
    public static LocalizableValue Enum<T>(T value) where T : struct, System.Enum => Of($"Enum:{typeof(T).Name}.{value}");

    public static LocalizableValue Enums<T>(IEnumerable<T> values) where T : struct, System.Enum
        => Of(values.Select(v => $"Enum:{typeof(T).Name}.{v}"));

    public string Localize(Func<string, string> localize) => string.Join(", ", Keys.Select(localize));

    public override string ToString() => string.Join(", ", Keys);
}

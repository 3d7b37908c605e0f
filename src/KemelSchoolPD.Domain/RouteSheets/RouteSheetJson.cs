using System.Text.Json;
using System.Text.Json.Serialization;

namespace KemelSchoolPD.RouteSheets;

/// <summary>How rows (with their marks) are stored: one JSON document per sheet or template.</summary>
public static class RouteSheetJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) where T : new() => JsonSerializer.Deserialize<T>(json, Options) ?? new T();

    public static List<T> Clone<T>(IEnumerable<T> value) => Deserialize<List<T>>(Serialize(value));
}

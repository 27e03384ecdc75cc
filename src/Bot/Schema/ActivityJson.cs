using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace AfterSalesBot.Bot.Schema;

/// <summary>
/// The wire format: camelCase, nulls omitted, case-insensitive reading (PROTOCOL.md §1).
/// Source-generated so the hot path does not reflect.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ResourceResponse))]
public sealed partial class ActivityJson : JsonSerializerContext
{
    public static ActivityJson Context { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Chinese text stays readable (and a third of the size) in the history and the transcript;
        // HTML-significant characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Context.Activity);

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Activity);
}

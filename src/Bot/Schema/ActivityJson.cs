using System.Text.Json;
using System.Text.Json.Serialization;

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
    });

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Context.Activity);

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Activity);
}

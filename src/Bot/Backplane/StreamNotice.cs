using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Backplane;

/// <summary>
/// What crosses Redis for the Direct Line stream: "conversation C has stored activities up to watermark W", never the
/// activities themselves (each instance reads them from the database from its socket's own watermark, so order and gaps
/// are the store's, not the channel's); or a typing indicator, which is never stored and so travels whole.
/// </summary>
internal sealed record StreamNotice(
    [property: JsonPropertyName("o")] string Origin,
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("w")] long UpTo,
    [property: JsonPropertyName("t")] string? Typing = null)
{
    public string ToJson() => JsonSerializer.Serialize(this, StreamNoticeJson.Default.StreamNotice);

    public static StreamNotice? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, StreamNoticeJson.Default.StreamNotice);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(StreamNotice))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class StreamNoticeJson : JsonSerializerContext;

using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>The few request bodies the bench sends, written without reflection to keep the client cheap.</summary>
public static class DirectLineJson
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static HttpContent TokenRequest(string userId) => Write(w =>
    {
        w.WriteStartObject("user");
        w.WriteString("id", userId);
        w.WriteEndObject();
    });

    public static HttpContent Message(string userId, string text) => Write(w =>
    {
        w.WriteString("type", "message");
        w.WriteStartObject("from");
        w.WriteString("id", userId);
        w.WriteString("role", "user");
        w.WriteEndObject();
        w.WriteString("text", text);
        w.WriteString("locale", "en-US");
        w.WriteStartObject("channelData");
        w.WriteString("clientActivityID", Guid.NewGuid().ToString("N"));
        w.WriteEndObject();
    });

    public static string? ReadString(byte[] json, string property)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }

    private static ByteArrayContent Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = Json;
        return content;
    }
}

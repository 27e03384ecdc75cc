using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace AfterSalesBot.ConversationBench.Channel;

/// <summary>
/// The activities the customer page sends (src/Bot/wwwroot/js/chat.js through Web Chat): the <c>webchat/join</c> event
/// with the page's locale, then messages. Every activity carries the locale and, when the page has one, its time zone.
/// </summary>
public sealed class CustomerActivity(string userId, string locale, string? timeZone)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public HttpContent Join() => Write(w =>
    {
        w.WriteString("type", "event");
        w.WriteString("name", "webchat/join");
        w.WriteStartObject("value");
        w.WriteString("locale", locale);
        w.WriteEndObject();
    });

    public HttpContent Message(string text) => Write(w =>
    {
        w.WriteString("type", "message");
        w.WriteString("text", text);
        w.WriteString("textFormat", "plain");
    });

    private ByteArrayContent Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteStartObject("from");
            writer.WriteString("id", userId);
            writer.WriteString("role", "user");
            writer.WriteEndObject();
            writer.WriteString("locale", locale);
            if (timeZone is not null)
                writer.WriteString("localTimezone", timeZone);
            writer.WriteStartObject("channelData");
            writer.WriteString("clientActivityID", Guid.NewGuid().ToString("N"));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = Json;
        return content;
    }
}

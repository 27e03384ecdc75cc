using System.Buffers;
using System.Text.Json;

namespace AfterSalesBot.Bench.Ceiling;

/// <summary>The JSON the ceiling sends: the same shapes as Direct Line, as small as they can be.</summary>
public static class CeilingFrames
{
    public static byte[] Conversation(string id, string token, string? streamUrl) => Write(w =>
    {
        w.WriteString("conversationId", id);
        w.WriteString("token", token);
        w.WriteNumber("expires_in", 1800);
        if (streamUrl is not null)
            w.WriteString("streamUrl", streamUrl);
    });

    public static byte[] ResourceResponse(string id) => Write(w => w.WriteString("id", id));

    /// <summary>An ActivitySet holding one message.</summary>
    public static byte[] ActivitySet(CeilingActivity activity, long watermark) => ActivitySet([activity], watermark);

    public static byte[] ActivitySet(IEnumerable<CeilingActivity> activities, long watermark) => Write(w =>
    {
        w.WriteStartArray("activities");
        foreach (var a in activities)
        {
            w.WriteStartObject();
            w.WriteString("type", "message");
            w.WriteString("id", a.Id);
            w.WriteStartObject("from");
            w.WriteString("id", a.FromId);
            w.WriteString("role", a.Role);
            w.WriteEndObject();
            if (a.ReplyToId is not null)
                w.WriteString("replyToId", a.ReplyToId);
            if (a.ClientActivityId is not null)
            {
                w.WriteStartObject("channelData");
                w.WriteString("clientActivityID", a.ClientActivityId);
                w.WriteEndObject();
            }

            w.WriteString("text", a.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("watermark", watermark.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

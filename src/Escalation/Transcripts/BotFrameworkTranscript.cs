using System.Text.Encodings.Web;
using System.Text.Json;

namespace AfterSalesBot.Escalation.Transcripts;

/// <summary>
/// The Bot Framework Emulator's <c>.transcript</c> file: a JSON array of the activities exactly as exchanged, both
/// directions, in order. Internal notes are never in it: the file may leave the company.
/// </summary>
public static class BotFrameworkTranscript
{
    public const string ContentType = "application/json";
    public const string Extension = ".transcript";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable; the file is JSON, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, TranscriptDocument document)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartArray();
        foreach (var line in document.Lines)
        {
            using var activity = JsonDocument.Parse(line.ActivityJson);
            activity.RootElement.WriteTo(writer);
        }
        writer.WriteEndArray();
    }

    public static byte[] ToBytes(TranscriptDocument document)
    {
        using var output = new MemoryStream();
        Write(output, document);
        return output.ToArray();
    }
}

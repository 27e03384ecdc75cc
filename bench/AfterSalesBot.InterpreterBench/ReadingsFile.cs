using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// <c>--record-readings</c> / <c>--compare-readings</c>: the interpreter's whole reading of every message, one JSON line
/// each (set, locale, text, interpretation), so that a change meant to be faster can be shown to read every message
/// byte for byte as before.
/// </summary>
internal static class ReadingsFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static List<string> Read(IUtteranceInterpreter interpreter, IEnumerable<(string Set, BenchMessage Message)> messages) =>
        messages.Select(m => JsonSerializer.Serialize(new
        {
            set = m.Set,
            locale = m.Message.Context.ChannelLocale,
            zone = m.Message.Context.TimeZone.Id,
            text = m.Message.Text,
            reading = interpreter.Interpret(m.Message.Text, m.Message.Context),
        }, Json)).ToList();

    public static void Save(string path, List<string> lines) => File.WriteAllLines(path, lines);

    /// <summary>The lines that differ from the recorded ones, as (line number, recorded, now); a count mismatch is a difference too.</summary>
    public static List<(int Line, string Recorded, string Now)> Compare(string path, List<string> lines)
    {
        var recorded = File.ReadAllLines(path);
        var differences = new List<(int, string, string)>();
        for (var i = 0; i < Math.Max(recorded.Length, lines.Count); i++)
        {
            var before = i < recorded.Length ? recorded[i] : "(none)";
            var now = i < lines.Count ? lines[i] : "(none)";
            if (!string.Equals(before, now, StringComparison.Ordinal))
                differences.Add((i + 1, before, now));
        }
        return differences;
    }
}

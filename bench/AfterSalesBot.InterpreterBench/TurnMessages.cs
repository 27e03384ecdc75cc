using System.Text.Json;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.InterpreterBench;

/// <summary>One message a customer sends: its text and the context the conversation interprets it in.</summary>
/// <param name="Language">The scenario's language ("en"/"zh"), or the labelled utterance's, for the split by language.</param>
internal sealed record BenchMessage(string Text, InterpretationContext Context, string Language);

/// <summary>
/// <c>--turns</c>: every message the conversation bench's customers send (Scenarios/**/*.json, in path order): the
/// <c>story</c> lines, every <c>answers</c> value (each of <c>offer</c>'s), every <c>say</c> text. Repeats stay: "yes"
/// answered in a hundred scenarios is a hundred turns. Each is interpreted as ComplaintConversation does per turn: the
/// scenario's locale for every message (the conversation passes it until it has greeted; it only decides the reading's
/// Language), its time zone (the host's default, Asia/Shanghai, when it names none), the catalogue's names, and a fixed
/// instant (the labelled set's) so that readings can be compared between builds.
/// </summary>
internal static class TurnMessages
{
    public static List<BenchMessage> Load(string folder, DateTimeOffset now, IReadOnlyList<ProductName> products)
    {
        var messages = new List<BenchMessage>();
        foreach (var path in Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var language = root.GetProperty("language").GetString()!;
            var locale = root.TryGetProperty("locale", out var l) ? l.GetString() : null;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(root.TryGetProperty("timezone", out var z) && z.GetString() is { } id ? id : "Asia/Shanghai");
            var context = new InterpretationContext(locale, now, zone, products);
            foreach (var text in Texts(root))
                messages.Add(new BenchMessage(text, context, language));
        }
        return messages;
    }

    private static IEnumerable<string> Texts(JsonElement root)
    {
        foreach (var line in root.GetProperty("story").EnumerateArray())
            yield return line.GetString()!;
        foreach (var answer in root.GetProperty("answers").EnumerateObject())
        {
            if (answer.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var offer in answer.Value.EnumerateArray())
                    yield return offer.GetString()!;
            }
            else
                yield return answer.Value.GetString()!;
        }
        if (root.TryGetProperty("say", out var say))
        {
            foreach (var interjection in say.EnumerateArray())
                yield return interjection.GetProperty("text").GetString()!;
        }
    }
}

using System.Text.Json;

namespace AfterSalesBot.ConversationBench.ScenarioFiles;

/// <summary>Reads one scenario file; comments and trailing commas are allowed, as in SCENARIOS.md's example.</summary>
public static class ScenarioFile
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <exception cref="InvalidDataException">The file is not a scenario.</exception>
    public static Scenario Read(string path, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), Lenient);
            var root = document.RootElement;
            var language = String(root, "language") ?? throw new InvalidDataException("no \"language\"");
            var answers = Object(root, "answers");
            return new Scenario(
                name,
                language,
                String(root, "locale") ?? (language == "zh" ? "zh-CN" : "en-US"),
                String(root, "timezone"),
                Strings(root, "story"),
                answers.Where(a => a.Key != "offer" && a.Value.ValueKind == JsonValueKind.String)
                    .ToDictionary(a => a.Key, a => a.Value.GetString()!),
                answers.TryGetValue("offer", out var offer) ? Strings(offer) : [],
                Interjections(root),
                Object(root, "expect").ToDictionary(e => e.Key, e => e.Value.Clone()));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{name}: {e.Message}", e);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{name}: {e.Message}", e);
        }
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? Strings(value) : [];

    // A single string where a list is expected counts as a list of one.
    private static List<string> Strings(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)],
        JsonValueKind.String => [value.GetString()!],
        _ => [],
    };

    private static Dictionary<string, JsonElement> Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value)
            : [];

    private static List<Interjection> Interjections(JsonElement root) =>
        root.TryGetProperty("say", out var say) && say.ValueKind == JsonValueKind.Array
            ? [.. say.EnumerateArray().Select(s => new Interjection(String(s, "when") ?? "", String(s, "text") ?? ""))
                .Where(s => s.When.Length > 0 && s.Text.Length > 0)]
            : [];
}

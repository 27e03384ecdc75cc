using System.Text.Json;

namespace AfterSalesBot.ConversationBench.Scoring;

/// <summary>One expected fact against what came out.</summary>
public sealed record FactCheck(string Name, string? Expected, string? Actual)
{
    public bool Right => string.Equals(Expected, Actual, StringComparison.OrdinalIgnoreCase);

    /// <summary>Only the facts the scenario states are checked; a JSON null expects no value.</summary>
    public static IReadOnlyList<FactCheck> Compare(
        IReadOnlyDictionary<string, JsonElement> expected, IReadOnlyDictionary<string, string?> actual) =>
        [
            .. OutcomeFacts.Names.Where(expected.ContainsKey)
                .Select(name => new FactCheck(name, AsText(expected[name]), actual.GetValueOrDefault(name))),
        ];

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// The whole fact sheet as one Adaptive Card (schema 1.5, what Teams and Web Chat render): serial, start date,
/// circumstances, wish and phone. Its submit arrives as a message whose value holds the inputs as strings.
/// </summary>
public static class FactsCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SubmitAction = "facts";
    private static readonly string[] Causes = ["USER_DAMAGE", "VOLTAGE", "MODIFICATION", "UNAUTHORISED_REPAIR", "DISASSEMBLY", "FORCE_MAJEURE"];
    private static readonly string[] Wishes = ["Repair", "Replacement", "Refund", "Compensation", "ApologyOnly"];

    public static Attachment Build(System.Globalization.CultureInfo culture, string serialExample, DateOnly today)
    {
        string T(string key) => BotTexts.Get(key, culture);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = T("Card.Title"), ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                Input("Input.Text", "serial", T("Card.Serial"), new JsonObject { ["placeholder"] = serialExample }),
                Input("Input.Date", "started", T("Card.Started"), new JsonObject { ["max"] = today.ToString("yyyy-MM-dd") }),
                Input("Input.ChoiceSet", "circumstances", T("Card.Circumstances"), new JsonObject
                {
                    ["isMultiSelect"] = true,
                    ["style"] = "expanded",
                    ["choices"] = new JsonArray([Choice(T("Card.None"), "NONE"), .. Causes.Select(c => Choice(T("Cause." + c), c))]),
                }),
                Input("Input.ChoiceSet", "wants", T("Card.Wants"), new JsonObject
                {
                    ["style"] = "compact",
                    ["choices"] = new JsonArray([.. Wishes.Select(w => Choice(T("Wants." + w), w))]),
                }),
                Input("Input.Text", "phone", T("Card.Phone"), new JsonObject { ["style"] = "Tel" })),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = T("Card.Submit"),
                ["data"] = new JsonObject { ["action"] = SubmitAction },
            }),
        };
        return new Attachment { ContentType = ContentType, Content = JsonSerializer.SerializeToElement(card) };
    }

    /// <summary>The submitted inputs, or null when the value is not this card's submit.</summary>
    public static IReadOnlyDictionary<string, string>? ReadSubmit(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;
        if (!value.TryGetProperty("action", out var action) || action.GetString() != SubmitAction) return null;
        return value.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.Value.GetString()))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!.Trim());
    }

    private static JsonObject Input(string type, string id, string label, JsonObject extra)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        foreach (var (key, node) in extra.ToList())
        {
            extra.Remove(key);
            input[key] = node;
        }
        return input;
    }

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}

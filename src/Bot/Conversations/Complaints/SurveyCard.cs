using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The satisfaction survey as an Adaptive Card (1.5): a 1–5 choice and an optional comment. Sent on channels that
/// render cards; typed answers are always accepted too (<see cref="SatisfactionAnswer"/>).</summary>
public static class SurveyCard
{
    public const string SubmitAction = "survey";

    /// <summary>Channels whose clients render Adaptive Cards: Web Chat (self-hosted or Azure) and Teams.</summary>
    public static bool RendersOn(string? channelId) => channelId is "directline" or "webchat" or "msteams" or "emulator";

    public static Attachment Build(CultureInfo culture)
    {
        string T(string key) => BotTexts.Get(key, culture);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = T("Survey.Title"), ["weight"] = "Bolder", ["wrap"] = true },
                new JsonObject
                {
                    ["type"] = "Input.ChoiceSet",
                    ["id"] = "rating",
                    ["label"] = T("Survey.Rating"),
                    ["style"] = "expanded",
                    ["isRequired"] = true,
                    ["errorMessage"] = T("Survey.RatingRequired"),
                    ["choices"] = new JsonArray([.. Enumerable.Range(1, 5).Reverse().Select(n => new JsonObject
                    {
                        ["title"] = T("Survey.Choice" + n.ToString(CultureInfo.InvariantCulture)),
                        ["value"] = n.ToString(CultureInfo.InvariantCulture),
                    })]),
                },
                new JsonObject { ["type"] = "Input.Text", ["id"] = "comment", ["label"] = T("Survey.Comment"), ["isMultiline"] = true, ["maxLength"] = 1000 }),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = T("Survey.Submit"),
                ["data"] = new JsonObject { ["action"] = SubmitAction },
            }),
        };
        return new Attachment { ContentType = FactsCard.ContentType, Content = JsonSerializer.SerializeToElement(card) };
    }
}

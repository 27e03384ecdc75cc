using System.Text.Json;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    private string Text(string key, params object[] args) => BotTexts.Get(key, Culture, args);

    /// <summary>Queues a reply in the customer's language from a named text.</summary>
    private Reply Say(string key, params object[] args) => SayText(Text(key, args));

    private Reply SayText(string text) => new(_turn.Reply(_state.Language == "zh" ? ChinesePunctuation(text) : text, Locale), this);

    /// <summary>Sentences joined from parts never read "。，" or "。。" in Chinese.</summary>
    private static string ChinesePunctuation(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "[。．.]([，,。])", "$1").Replace("，。", "。", StringComparison.Ordinal);

    private readonly record struct Reply(Activity Activity, ComplaintConversation Conversation)
    {
        /// <summary>Suggested actions (imBack): tapping one sends its title as the customer's message.</summary>
        public Reply Buttons(params string[] keys)
        {
            var conversation = Conversation;
            if (keys.Contains("Button.Person")) conversation._state.PersonOffered = true;
            Activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. keys.Select(k => conversation.Text(k)).Select(title => new CardAction
                {
                    Type = "imBack",
                    Title = title,
                    Value = JsonSerializer.SerializeToElement(title),
                })],
            };
            return this;
        }

        public Reply Card(Attachment card)
        {
            Activity.Attachments = [card];
            return this;
        }
    }

    private string FormatHours(int? hours) => hours is { } h ? Text("Offer.Hours", h) : "";

    /// <summary>A sum as the customer reads it: "2680.00 元", "¥2680.00", "USD 12.00".</summary>
    private string FormatMoney(decimal amount, string currency) =>
        _state.Language == "zh" ? $"{amount:0.00} {(currency == "CNY" ? "元" : currency)}"
        : currency == "CNY" ? $"¥{amount:0.00}" : $"{currency} {amount:0.00}";
}

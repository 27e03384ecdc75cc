using System.Text.Json;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// Until the complaint flow lands: greets the customer once and says honestly that the complaint
/// service is being prepared. It does not pretend to handle complaints.
/// </summary>
public sealed class PlaceholderBot : IBot
{
    public Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        var activity = turn.Activity;
        var culture = CustomerLanguage.FromLocale(activity.Locale);
        var locale = CustomerLanguage.Tag(culture);
        var state = PlaceholderState.Parse(turn.State);

        if (IsJoin(activity) && !state.Greeted)
        {
            turn.Reply(BotTexts.Get("Greeting", culture), locale);
            state.Greeted = true;
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            if (!state.Greeted)
            {
                turn.Reply(BotTexts.Get("Greeting", culture), locale);
                state.Greeted = true;
            }
            foreach (var file in activity.Attachments?.Where(a => a.ContentUrl is not null) ?? [])
                turn.Reply(BotTexts.Get("AttachmentReceived", culture, file.Name ?? file.ContentUrl!), locale);
            turn.Reply(BotTexts.Get("Preparing", culture), locale);
            state.Messages++;
        }

        turn.State = state.Serialize();
        return Task.CompletedTask;
    }

    /// <summary>A member other than the bot joined, or Web Chat announced itself.</summary>
    private static bool IsJoin(Activity activity) =>
        (activity.Type == ActivityTypes.ConversationUpdate
            && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true)
        || (activity.Type == ActivityTypes.Event && activity.Name == "webchat/join");

    private sealed class PlaceholderState
    {
        public bool Greeted { get; set; }
        public int Messages { get; set; }

        public static PlaceholderState Parse(string? json) =>
            string.IsNullOrEmpty(json) ? new() : JsonSerializer.Deserialize<PlaceholderState>(json) ?? new();

        public string Serialize() => JsonSerializer.Serialize(this);
    }
}

using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations;

public sealed class TurnContext(Activity activity, string? state, DateTimeOffset now)
{
    private readonly List<Activity> _replies = [];

    public Activity Activity { get; } = activity;

    /// <summary>The conversation's state as the bot left it last turn (opaque to the channel layer).</summary>
    public string? State { get; set; } = state;

    /// <summary>What the conversation came to, set by the bot each turn; null keeps the last turn's summary.</summary>
    public ConversationSummary? Summary { get; set; }

    /// <summary>The turn's instant, from the injected clock.</summary>
    public DateTimeOffset Now { get; } = now;

    /// <summary>A turn the desk asked for (a hand-back to pick up), not a customer message. Only the host sets it: an
    /// event with the same name arriving from a channel is an ordinary activity.</summary>
    public bool IsDeskWake { get; init; }

    /// <summary>A follow-up the scheduler asks the bot to speak (only the host sets it); the bot reports what it did.</summary>
    public FollowUpPrompt? FollowUp { get; init; }

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>Queues a text reply; it is sent after the turn's state is committed.</summary>
    public Activity Reply(string text, string? locale = null)
    {
        var reply = Activity.CreateReply(text, locale);
        _replies.Add(reply);
        return reply;
    }

    public void Send(Activity activity) => _replies.Add(activity);
}

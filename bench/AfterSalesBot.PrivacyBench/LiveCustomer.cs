using System.Diagnostics;
using Activity = AfterSalesBot.Bot.Schema.Activity;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.PrivacyBench;

/// <summary>A customer who keeps talking to the bot while the retention job runs: one message at a time, timed from the
/// post to the bot's reply in the conversation's log.</summary>
internal sealed class LiveCustomer(TurnInbox inbox, ConversationLog log, string conversationId, string userId)
{
    private long _seen;

    public List<double> LatenciesMs { get; } = [];

    public int Unanswered { get; private set; }

    public static async Task<LiveCustomer> StartAsync(IServiceProvider services)
    {
        var user = DirectLineConversations.NewUserId();
        var conversation = await services.GetRequiredService<DirectLineConversations>().CreateAsync(user, CancellationToken.None);
        return new LiveCustomer(services.GetRequiredService<TurnInbox>(), services.GetRequiredService<ConversationLog>(), conversation, user);
    }

    /// <summary>Talks until <paramref name="stop"/> is cancelled, pausing <paramref name="pause"/> between messages.</summary>
    public async Task TalkAsync(TimeSpan pause, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await OneTurnAsync();
            try { await Task.Delay(pause, stop); } catch (OperationCanceledException) { }
        }
    }

    public async Task OneTurnAsync()
    {
        var started = Stopwatch.GetTimestamp();
        await inbox.AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message, ChannelId = "directline", ServiceUrl = "http://localhost/",
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = userId, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
            Text = "how long is the warranty on a water heater?", Locale = "en-US",
        }, selfHosted: true, CancellationToken.None);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var entries = await log.ReadAsync(conversationId, _seen, 100, CancellationToken.None);
            if (entries.Count > 0) _seen = entries[^1].Sequence;
            if (entries.Any(e => e.ActivityJson.Contains("\"role\":\"bot\"", StringComparison.Ordinal)))
            {
                LatenciesMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return;
            }
            await Task.Delay(2);
        }
        Unanswered++;
    }
}

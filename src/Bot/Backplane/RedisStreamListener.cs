using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Conversations.Leases;
using AfterSalesBot.Bot.DirectLine;
using StackExchange.Redis;

namespace AfterSalesBot.Bot.Backplane;

/// <summary>
/// Hears the other instances' notices and hands them to this instance's streams: a watermark notice makes each stream
/// of that conversation read the store from its own watermark; a typing indicator is delivered as it is. Its own notices
/// are skipped (<see cref="DirectLineHub.Publish"/> delivered them already). Whenever the subscription (re)starts, every
/// open stream catches up from the store, for what was published while nobody here listened. A watermark notice also
/// moves this instance's next sequence of that conversation past it (<see cref="ConversationLog.Observe"/>) and
/// nudges this instance if it owns the conversation (<see cref="LeasedTurns.Nudge"/>): an activity another instance
/// accepted then runs at once instead of at the lease keeper's next look.
/// </summary>
internal sealed class RedisStreamListener(RedisConnection connection, DirectLineHub hub, ConversationLog log, LeasedTurns turns,
    TimeProvider clock, ILogger<RedisStreamListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var multiplexer = await connection.GetAsync();
        connection.SubscriptionRestored += hub.CatchUpAll;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var queue = await multiplexer.GetSubscriber().SubscribeAsync(connection.Channel(RedisStreamAnnouncer.ChannelName));
                queue.OnMessage(Deliver); // one message at a time, in the channel's order
                hub.CatchUpAll();
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A connection error or a timeout while Redis is down: never a reason to stop the host.
                if (attempt == 1) logger.LogWarning(ex, "Could not subscribe to Direct Line notices yet; retrying.");
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
        }
    }

    private void Deliver(ChannelMessage message)
    {
        if (StreamNotice.Parse(message.Message.ToString()) is not { } notice || notice.Origin == connection.InstanceId) return;
        if (notice.Typing is { } typing)
        {
            hub.Deliver(notice.ConversationId, new HistoryEntry(0, typing));
            return;
        }
        hub.Deliver(notice.ConversationId, HistoryEntry.Notice(notice.UpTo));
        // Before the nudge, so the owner's replies take the numbers after the activity it is nudged for.
        log.Observe(notice.ConversationId, notice.UpTo);
        turns.Nudge(notice.ConversationId, notice.UpTo);
    }
}

using AfterSalesBot.Bot.DirectLine;
using StackExchange.Redis;

namespace AfterSalesBot.Bot.Backplane;

/// <summary>
/// Publishes one notice per committed batch (its highest watermark) and each typing indicator on the channel
/// "{prefix}:directline", fire and forget: the turn never waits for Redis. A notice lost to an outage is made up by the
/// streams' catch-up reads (<see cref="RedisStreamListener"/>, the stream's keep-alive).
/// </summary>
internal sealed class RedisStreamAnnouncer(RedisConnection connection, ILogger<RedisStreamAnnouncer> logger) : IStreamBackplane
{
    public const string ChannelName = "directline";
    private int _failing;

    public void Announce(string conversationId, IReadOnlyList<HistoryEntry> entries)
    {
        var upTo = 0L;
        foreach (var entry in entries)
        {
            if (entry.Sequence > 0) upTo = Math.Max(upTo, entry.Sequence);
            else Send(new StreamNotice(connection.InstanceId, conversationId, 0, entry.ActivityJson));
        }
        if (upTo > 0) Send(new StreamNotice(connection.InstanceId, conversationId, upTo));
    }

    private void Send(StreamNotice notice)
    {
        // Null only in the moment before the listener's first connect; the other instances' streams catch up by watermark.
        if (connection.Current is not { } multiplexer) return;
        try
        {
            multiplexer.GetSubscriber().Publish(connection.Channel(ChannelName), notice.ToJson(), CommandFlags.FireAndForget);
            if (Interlocked.Exchange(ref _failing, 0) == 1) logger.LogInformation("Direct Line notices reach Redis again.");
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            // Once per outage, not once per message.
            if (Interlocked.Exchange(ref _failing, 1) == 0)
                logger.LogWarning(ex, "A Direct Line notice could not be published; other instances' streams catch up by watermark.");
        }
    }
}

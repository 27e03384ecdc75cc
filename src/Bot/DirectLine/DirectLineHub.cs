using System.Collections.Concurrent;
using System.Threading.Channels;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>A delivered history entry: its watermark and its JSON as stored.</summary>
public readonly record struct HistoryEntry(long Sequence, string ActivityJson);

/// <summary>
/// Live fan-out of committed history to the conversation's open WebSockets. Only committed entries
/// are published, so what a socket shows can always be read back by watermark. Ephemeral activities
/// (typing) are published with sequence 0 and never stored.
/// </summary>
public sealed class DirectLineHub
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<HistoryEntry>>> _subscribers = new(StringComparer.Ordinal);

    public Subscription Subscribe(string conversationId)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<HistoryEntry>(new BoundedChannelOptions(1_000)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.DropOldest, // a stalled socket reconnects by watermark
        });
        _subscribers.GetOrAdd(conversationId, _ => new())[id] = channel;
        return new Subscription(channel.Reader, () =>
        {
            if (_subscribers.TryGetValue(conversationId, out var set) && set.TryRemove(id, out _) && set.IsEmpty)
                _subscribers.TryRemove(new KeyValuePair<string, ConcurrentDictionary<Guid, Channel<HistoryEntry>>>(conversationId, set));
        });
    }

    public void Publish(string conversationId, IEnumerable<HistoryEntry> entries)
    {
        if (!_subscribers.TryGetValue(conversationId, out var set)) return;
        foreach (var entry in entries)
            foreach (var channel in set.Values)
                channel.Writer.TryWrite(entry);
    }

    public int SubscriberCount(string conversationId) =>
        _subscribers.TryGetValue(conversationId, out var set) ? set.Count : 0;

    public sealed class Subscription(ChannelReader<HistoryEntry> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<HistoryEntry> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}

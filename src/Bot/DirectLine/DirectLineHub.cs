using System.Collections.Concurrent;
using System.Threading.Channels;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>A delivered history entry: its watermark and its JSON as stored.</summary>
public readonly record struct HistoryEntry(long Sequence, string ActivityJson)
{
    /// <summary>"The store holds entries up to <paramref name="sequence"/>", without them: the stream reads them itself.</summary>
    public static HistoryEntry Notice(long sequence) => new(sequence, "");

    /// <summary>"Read the store from your watermark": sent to every stream when notices may have been missed.</summary>
    public static HistoryEntry CatchUp { get; } = new(long.MaxValue, "");

    /// <summary>True for <see cref="Notice"/> and <see cref="CatchUp"/>: the entry carries no activity.</summary>
    public bool IsNotice => ActivityJson.Length == 0;
}

/// <summary>
/// Live fan-out of committed history to the conversation's open WebSockets. Only committed entries
/// are published, so what a socket shows can always be read back by watermark. Ephemeral activities
/// (typing) are published with sequence 0 and never stored. With a backplane (ADR 0027) what is published here
/// also reaches the streams the other instances hold.
/// </summary>
public sealed class DirectLineHub(IStreamBackplane? backplane = null)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Channel<HistoryEntry>>> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Whether other instances may append to this instance's conversations (a backplane is configured).</summary>
    public bool SharedWithOtherInstances => backplane is not null;

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

    /// <summary>Delivers to this instance's streams and announces to the other instances'.</summary>
    public void Publish(string conversationId, IEnumerable<HistoryEntry> entries)
    {
        IReadOnlyList<HistoryEntry> list = [.. entries];
        foreach (var entry in list) Deliver(conversationId, entry);
        backplane?.Announce(conversationId, list);
    }

    /// <summary>Delivers to this instance's streams only (what the backplane heard from another instance).</summary>
    public void Deliver(string conversationId, HistoryEntry entry)
    {
        if (!_subscribers.TryGetValue(conversationId, out var set)) return;
        foreach (var channel in set.Values) channel.Writer.TryWrite(entry);
    }

    /// <summary>Makes every open stream read the store from its own watermark.</summary>
    public void CatchUpAll()
    {
        foreach (var set in _subscribers.Values)
            foreach (var channel in set.Values)
                channel.Writer.TryWrite(HistoryEntry.CatchUp);
    }

    public int SubscriberCount(string conversationId) =>
        _subscribers.TryGetValue(conversationId, out var set) ? set.Count : 0;

    public sealed class Subscription(ChannelReader<HistoryEntry> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<HistoryEntry> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}

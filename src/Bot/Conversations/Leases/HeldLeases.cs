using System.Collections.Concurrent;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>The conversation leases this instance holds, and the name it holds them under.</summary>
public sealed class HeldLeases
{
    private readonly ConcurrentDictionary<string, HeldLease> _leases = new(StringComparer.Ordinal);

    /// <summary>This process's owner name in <c>ConversationLeases</c>: unique per start, so a restarted instance does
    /// not mistake its previous life's leases for its own.</summary>
    public string Instance { get; } = $"{Environment.ProcessId}-{Guid.NewGuid():N}";

    public HeldLease? Find(string conversationId) => _leases.GetValueOrDefault(conversationId);

    /// <summary>
    /// Whether this instance holds the conversation, trusts the lease at <paramref name="now"/> and has seen every sequence
    /// of it: then no other instance appends to it and its remembered last sequence is current (ADR 0028). Otherwise an
    /// append may collide with another instance's (ADR 0048).
    /// </summary>
    public bool AppendsAlone(string conversationId, DateTimeOffset now)
    {
        if (Find(conversationId) is not { } lease) return false;
        lock (lease) return lease.IsTrusted(now) && !lease.Gap;
    }

    public HeldLease GetOrAdd(string conversationId) => _leases.GetOrAdd(conversationId, id => new HeldLease(id));

    public IReadOnlyList<HeldLease> All() => [.. _leases.Values];

    public void Forget(HeldLease lease)
    {
        lock (lease) lease.Released = true;
        _leases.TryRemove(new KeyValuePair<string, HeldLease>(lease.ConversationId, lease));
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>The conversation leases this instance holds, and the name it holds them under.</summary>
public sealed class HeldLeases(IOptions<ConversationLeaseOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, HeldLease> _leases = new(StringComparer.Ordinal);

    /// <summary>Conversation → until when it counts as shared with another instance (<see cref="OthersAppended"/>).</summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sharedUntil = new(StringComparer.Ordinal);
    private readonly Lock _sweeping = new();
    private DateTimeOffset _nextSweep;

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

    /// <summary>
    /// Whether an append of this instance to the conversation may collide with another instance's, so that it is saved
    /// behind a savepoint (ADR 0048): it does not append alone, or another instance appended less than
    /// <see cref="ConversationLeaseOptions.SharedFor"/> ago and may append again before this instance has seen it. The
    /// second half is the owner's turn commit under round robin (ADR 0054): it holds the lease and has drained every
    /// sequence it knows of, and another instance accepts the customer's next message while the turn runs.
    /// </summary>
    public bool MayCollide(string conversationId, DateTimeOffset now) =>
        !AppendsAlone(conversationId, now) || (_sharedUntil.TryGetValue(conversationId, out var until) && now < until);

    /// <summary>
    /// Another instance appended to the conversation: this instance's appends to it are at risk for
    /// <see cref="ConversationLeaseOptions.SharedFor"/> from now (<see cref="MayCollide"/>), whether it holds the lease
    /// now or claims it later (under round robin the lease changes hands when the conversation idles). Remembered per
    /// conversation, not per lease object, and forgotten once run out.
    /// </summary>
    public void OthersAppended(string conversationId)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.SharedFor;
        _sharedUntil.AddOrUpdate(conversationId, until, (_, known) => until > known ? until : known);
        lock (_sweeping)
        {
            if (now < _nextSweep) return;
            _nextSweep = until;
        }
        foreach (var (id, known) in _sharedUntil)
        {
            if (known <= now) _sharedUntil.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, known));
        }
    }

    public HeldLease GetOrAdd(string conversationId) => _leases.GetOrAdd(conversationId, id => new HeldLease(id));

    public IReadOnlyList<HeldLease> All() => [.. _leases.Values];

    public void Forget(HeldLease lease)
    {
        lock (lease) lease.Released = true;
        _leases.TryRemove(new KeyValuePair<string, HeldLease>(lease.ConversationId, lease));
    }
}

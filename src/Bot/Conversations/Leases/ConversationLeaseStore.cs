using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>
/// The <c>ConversationLeases</c> rows: claimed with one conditional update (ours already, or run out) or, when there is
/// no row, an insert the primary key lets only one instance win; renewed and released only where we are still the
/// owner. Times are this instance's clock; ADR 0028 says why that is safe.
/// </summary>
public sealed partial class ConversationLeaseStore(
    IDbContextFactory<BotDbContext> factory,
    HeldLeases held,
    IOptions<ConversationLeaseOptions> options,
    TimeProvider clock,
    ILogger<ConversationLeaseStore> logger)
{
    private ConversationLeaseOptions Options => options.Value;

    /// <summary>Takes or keeps the lease; on success <paramref name="lease"/> is trusted until a margin before expiry.</summary>
    public async Task<bool> ClaimAsync(HeldLease lease, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now + Options.Duration;
        var me = held.Instance;
        await using var db = factory.CreateDbContext();
        var rows = await db.ConversationLeases
            .Where(l => l.ConversationId == lease.ConversationId && (l.Owner == me || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Owner, me)
                .SetProperty(l => l.ExpiresAt, until)
                .SetProperty(l => l.Version, l => l.Version + 1), ct);
        if (rows == 0)
        {
            // Held by a live owner, or no row at all: only then may the insert (which the key lets one instance win) try.
            if (await db.ConversationLeases.AnyAsync(l => l.ConversationId == lease.ConversationId, ct)) return false;
            if (!await InsertAsync(db, lease.ConversationId, me, until, ct)) return false;
        }
        lock (lease)
        {
            lease.TrustedUntil = TrustedUntil(now);
            lease.Claimed = true;
        }
        return true;
    }

    /// <summary>Extends the leases; returns those another instance took meanwhile (they are no longer ours).</summary>
    public async Task<IReadOnlyList<string>> RenewAsync(IReadOnlyList<string> conversationIds, CancellationToken ct)
    {
        if (conversationIds.Count == 0) return [];
        var now = clock.GetUtcNow();
        var until = now + Options.Duration;
        var me = held.Instance;
        await using var db = factory.CreateDbContext();
        var rows = await db.ConversationLeases.Where(l => l.Owner == me && conversationIds.Contains(l.ConversationId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, until), ct);
        IReadOnlyList<string> lost = [];
        if (rows != conversationIds.Count)
        {
            var kept = await db.ConversationLeases.AsNoTracking().Where(l => l.Owner == me && conversationIds.Contains(l.ConversationId))
                .Select(l => l.ConversationId).ToListAsync(ct);
            lost = [.. conversationIds.Except(kept, StringComparer.Ordinal)];
        }
        // Only what was extended is trusted: a lease another instance holds must not look ours, not even until the
        // caller drops it (a drain checking it meanwhile would run a turn the owner runs too).
        foreach (var id in conversationIds.Except(lost, StringComparer.Ordinal))
            if (held.Find(id) is { } lease)
                lock (lease) lease.TrustedUntil = TrustedUntil(now);
        return lost;
    }

    /// <summary>Gives the leases up, where they are still ours.</summary>
    public async Task ReleaseAsync(IReadOnlyList<string> conversationIds, CancellationToken ct)
    {
        if (conversationIds.Count == 0) return;
        var me = held.Instance;
        await using var db = factory.CreateDbContext();
        await db.ConversationLeases.Where(l => l.Owner == me && conversationIds.Contains(l.ConversationId)).ExecuteDeleteAsync(ct);
    }

    /// <summary>The owner stops trusting its lease well before the expiry it wrote, so that a pause or a skewed clock
    /// smaller than that margin never has two instances both believe they own it.</summary>
    private DateTimeOffset TrustedUntil(DateTimeOffset claimedAt) => claimedAt + Options.Duration * 0.75;

    private async Task<bool> InsertAsync(BotDbContext db, string conversationId, string me, DateTimeOffset until, CancellationToken ct)
    {
        db.ConversationLeases.Add(new ConversationLease { ConversationId = conversationId, Owner = me, ExpiresAt = until, Version = 1 });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            LogClaimLost(logger, conversationId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Another instance holds the lease of {ConversationId}.")]
    private static partial void LogClaimLost(ILogger logger, string conversationId);
}

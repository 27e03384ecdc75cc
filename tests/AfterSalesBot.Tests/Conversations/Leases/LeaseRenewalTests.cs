using AfterSalesBot.Bot.Conversations.Leases;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Conversations.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Conversations.Leases;

/// <summary>
/// The keeper's batched renewal (ADR 0028) on a real SQLite file: it trusts only the leases it really extended, and it
/// leaves alone a lease whose first claim is still on its way (an activity accepted here for a conversation another
/// instance owns). Trusting such a lease let this instance run a turn the owner was running too (one of the two was
/// fenced, after both had appended their replies: the transcript-key collisions of ADR 0028's three-host runs).
/// </summary>
public sealed class LeaseRenewalTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARenewalDoesNotTrustALeaseAnotherInstanceHolds()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await ConversationDriver.StartAsync("en-US", clock);
        await HeldElsewhereAsync(driver, "held-by-b");
        var lease = driver.Get<HeldLeases>().GetOrAdd("held-by-b");

        var lost = await driver.Get<ConversationLeaseStore>().RenewAsync(["held-by-b"], CancellationToken.None);

        Assert.Equal(["held-by-b"], lost);
        Assert.False(lease.IsTrusted(clock.GetUtcNow()));
    }

    [Fact]
    public async Task TheKeeperNeitherRenewsNorDropsALeaseWhoseFirstClaimIsStillOnItsWay()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await ConversationDriver.StartAsync("en-US", clock);
        await HeldElsewhereAsync(driver, "held-by-b");
        var held = driver.Get<HeldLeases>();
        var lease = held.GetOrAdd("held-by-b");
        lock (lease) lease.Busy++; // what LeasedTurns.Drain does before its claim runs

        clock.Advance(TimeSpan.FromSeconds(3)); // a renewal is due
        await driver.Get<IEnumerable<IHostedService>>().OfType<LeaseKeeper>().Single().PassAsync(CancellationToken.None);

        Assert.Same(lease, held.Find("held-by-b"));
        Assert.False(lease.Released);
        Assert.False(lease.IsTrusted(clock.GetUtcNow()));
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        Assert.Equal("instance-b", (await db.ConversationLeases.AsNoTracking().SingleAsync(l => l.ConversationId == "held-by-b")).Owner);
    }

    private static async Task HeldElsewhereAsync(ConversationDriver driver, string conversationId)
    {
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        db.ConversationLeases.Add(new ConversationLease { ConversationId = conversationId, Owner = "instance-b", ExpiresAt = T0 + TimeSpan.FromSeconds(10), Version = 1 });
        await db.SaveChangesAsync();
    }
}

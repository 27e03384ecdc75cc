using AfterSalesBot.Bot.Conversations.Leases;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Conversations.Complaints;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Conversations.Leases;

/// <summary>
/// The keeper's look for accepted activities of the conversations this instance holds (every 250 ms, ADR 0028) on a
/// real SQLite file. It used to read every inbox row of every conversation it held (or the whole inbox), so each look
/// cost more the longer conversations grew (ADR 0052: 145-196 ms a look with 20 held conversations of 2,000 turns).
/// </summary>
public sealed class PendingOfOwnTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindsTheHighestUnprocessedActivityOfEachConversationThisInstanceHolds()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US", T0);
        var me = driver.Get<HeldLeases>().Instance;
        await using (var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext())
        {
            Lease(db, "half-done", me);
            Processed(db, "half-done", through: 3);
            Accepted(db, "half-done", 1, 3, 5, 7);
            Lease(db, "never-run", me); // no conversation row yet: everything accepted is pending
            Accepted(db, "never-run", 2, 4);
            Lease(db, "all-done", me);
            Processed(db, "all-done", through: 6);
            Accepted(db, "all-done", 2, 4, 6);
            Lease(db, "someone-elses", "instance-b");
            Accepted(db, "someone-elses", 9);
            Accepted(db, "not-leased", 11);
            await db.SaveChangesAsync();
        }

        var pending = await driver.Get<ConversationLeaseStore>().PendingOfOwnAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<string, long> { ["half-done"] = 7, ["never-run"] = 4 }, pending);
    }

    [Fact]
    public async Task ReadsOnlyTheHeldConversationsActivitiesAfterTheirLastProcessedOne()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US", T0);
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        var query = ConversationLeaseStore.PendingOfOwn(db, "me");

        var plan = await QueryPlan.OfAsync(db, query.ToQueryString());

        // A search of the inbox by conversation and sequence: what a look reads no longer grows with the conversations.
        Assert.Contains(plan, step => step.Contains("SEARCH i USING COVERING INDEX IX_Inbox_ConversationId_Sequence (ConversationId=? AND Sequence>?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    private static void Lease(BotDbContext db, string conversationId, string owner) =>
        db.ConversationLeases.Add(new ConversationLease { ConversationId = conversationId, Owner = owner, ExpiresAt = T0.AddMinutes(1), Version = 1 });

    private static void Processed(BotDbContext db, string conversationId, long through) =>
        db.Conversations.Add(new ConversationRecord
        {
            Id = conversationId, ChannelId = "directline", CreatedAt = T0, UpdatedAt = T0, TurnCount = 1, LastProcessedSequence = through,
        });

    private static void Accepted(BotDbContext db, string conversationId, params long[] sequences)
    {
        foreach (var sequence in sequences)
        {
            db.Inbox.Add(new InboxItem
            {
                ConversationId = conversationId, ActivityId = $"{conversationId}|{sequence:D7}", Sequence = sequence,
                Status = InboxStatus.Accepted, ActivityJson = "{}", ReceivedAt = T0,
            });
        }
    }
}

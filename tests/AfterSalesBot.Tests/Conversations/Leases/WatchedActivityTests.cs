using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Conversations.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Conversations.Leases;

/// <summary>
/// An activity accepted here for a conversation another instance owns is watched (ADR 0028): left alone while the owner's
/// lease is live, and run here once the owner has given the lease up without running it. Real pipeline, real SQLite file.
/// </summary>
public sealed class WatchedActivityTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnActivityLeftToALiveOwnerIsRunHereOnceTheOwnerGivesTheLeaseUpWithoutRunningIt()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await ConversationDriver.StartAsync("en-US", clock);
        var factory = driver.Get<IDbContextFactory<BotDbContext>>();
        await using (var db = factory.CreateDbContext())
        {
            db.ConversationLeases.Add(new ConversationLease
            {
                ConversationId = driver.ConversationId, Owner = "another-instance", ExpiresAt = T0 + TimeSpan.FromMinutes(10), Version = 1,
            });
            await db.SaveChangesAsync();
        }

        Assert.Empty(await driver.SayAsync("my printer keeps jamming"));
        await Task.Delay(TimeSpan.FromSeconds(1)); // several of the keeper's looks: the live owner's lease is respected
        Assert.Empty(await driver.NewRepliesAsync());

        // The owner lets go (idle release, a graceful stop) without having heard of the activity.
        await using (var db = factory.CreateDbContext())
            await db.ConversationLeases.Where(l => l.ConversationId == driver.ConversationId).ExecuteDeleteAsync();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        IReadOnlyList<Bot.Schema.Activity> replies = [];
        while (replies.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            replies = await driver.NewRepliesAsync();
        }
        Assert.NotEmpty(replies);
        Assert.Equal(T0, clock.GetUtcNow());
    }
}

using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Tests.Conversations.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Conversations.Leases;

/// <summary>
/// The conversation lease (ADR 0028) through the real pipeline on a real SQLite file and a fake clock: a turn never
/// waits for the clock to move, moving it far ahead does not make the keeper run once per poll interval it skipped
/// (that hung the test run), and another instance's lease is taken over once it has run out by the injected clock.
/// </summary>
public sealed class LeaseOnAFakeClockTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TurnsAreAnsweredOnAClockThatNeverMovesAcrossAGracefulRestart()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await ConversationDriver.StartAsync("en-US", clock);

        Assert.NotEmpty(await driver.SayAsync("my printer keeps jamming"));
        Assert.NotEmpty(await driver.SayAsync("it is the LP22"));
        // The stop gave the lease back: the next life runs the turn at once, without waiting for a lease to run out
        // on a clock that never moves.
        await driver.RestartAsync();
        Assert.NotEmpty(await driver.SayAsync("are you still there?"));
        Assert.Equal(T0, clock.GetUtcNow());
    }

    [Fact]
    public async Task MovingTheClockAMonthAheadTakesNoTimeAndTheNextTurnIsAnswered()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await ConversationDriver.StartAsync("en-US", clock);
        Assert.NotEmpty(await driver.SayAsync("my printer keeps jamming"));

        // A keeper paced on this clock ran a whole pass inside Advance for every 250 ms skipped: hours for a month.
        await Task.Run(() => clock.Advance(TimeSpan.FromDays(31))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.NotEmpty(await driver.SayAsync("it is the LP22"));
    }

    [Fact]
    public async Task AnotherInstancesLeaseIsTakenOverOnceItHasRunOutByTheInjectedClock()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await ConversationDriver.StartAsync("en-US", clock);
        await using (var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext())
        {
            db.ConversationLeases.Add(new ConversationLease
            {
                ConversationId = driver.ConversationId, Owner = "another-instance", ExpiresAt = T0 + TimeSpan.FromSeconds(10), Version = 1,
            });
            await db.SaveChangesAsync();
        }

        // Accepted, but left to the live owner.
        Assert.Empty(await driver.SayAsync("my printer keeps jamming"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await driver.NewRepliesAsync());

        // The owner never renewed: once the lease has run out by the injected clock, the keeper's next look (paced in
        // real time, nobody moves a timer) takes the conversation over and answers.
        clock.Advance(TimeSpan.FromSeconds(11));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        IReadOnlyList<Bot.Schema.Activity> replies = [];
        while (replies.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            replies = await driver.NewRepliesAsync();
        }
        Assert.NotEmpty(replies);
        await using (var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext())
            Assert.NotEqual("another-instance", (await db.ConversationLeases.AsNoTracking().SingleOrDefaultAsync(l => l.ConversationId == driver.ConversationId))?.Owner);
    }
}

using AfterSalesBot.Bot.Conversations;
using Microsoft.Extensions.Logging.Abstractions;

namespace AfterSalesBot.Tests.Conversations;

/// <summary>
/// The per-conversation chain of turns (ADR 0003). Under load a conversation's next turn is scheduled while its last
/// link finishes and forgets the chain, and the lease keeper schedules drains and releases beside the inbox: a turn
/// scheduled once must run once, after the turns scheduled before it and never beside them.
/// </summary>
public class TurnSchedulerTests
{
    [Fact]
    public async Task EachScheduledTurnRunsOnceAndAloneInItsConversation()
    {
        var scheduler = new TurnScheduler(NullLogger<TurnScheduler>.Instance);
        const int Turns = 40_000;
        const int Conversations = 4;
        var runs = new int[Turns];
        var running = new int[Conversations];
        var overlaps = 0;
        var scheduled = new Task[Turns];
        // Many threads schedule on few conversations at once, and most turns are done before the next is scheduled:
        // both an update of a chain's tail racing another and one racing the removal of a finished chain.
        Parallel.For(0, Turns, i =>
        {
            var conversation = i % Conversations;
            scheduled[i] = scheduler.Schedule($"c{conversation}", () =>
            {
                if (Interlocked.Increment(ref running[conversation]) > 1) Interlocked.Increment(ref overlaps);
                Interlocked.Increment(ref runs[i]);
                Interlocked.Decrement(ref running[conversation]);
                return Task.CompletedTask;
            });
        });
        await Task.WhenAll(scheduled);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (scheduler.Pending != 0 && DateTime.UtcNow < deadline) await Task.Delay(10);

        Assert.Equal(0, runs.Count(count => count != 1)); // a turn run twice, or never
        Assert.Equal(0, overlaps);
        Assert.Equal(0, scheduler.Pending);
    }
}

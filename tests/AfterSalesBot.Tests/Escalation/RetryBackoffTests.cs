using AfterSalesBot.Escalation.Retries;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The one backoff the connector client, the outbox and the follow-up scheduler share (ADR 0021).</summary>
public sealed class RetryBackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(30);

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(9, 1280)]
    [InlineData(10, 1800)] // 2560 s, capped at 30 min
    [InlineData(1000, 1800)] // no overflow however many failures
    public void DoublesFromTheFirstWaitUpToTheLongest(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryBackoff.Delay(failures, First, Max));

    [Fact]
    public void ALongerRetryAfterWinsAndAShorterOneDoesNot()
    {
        Assert.Equal(TimeSpan.FromSeconds(42), RetryBackoff.Delay(2, First, Max, asked: TimeSpan.FromSeconds(42)));
        Assert.Equal(TimeSpan.FromSeconds(10), RetryBackoff.Delay(2, First, Max, asked: TimeSpan.FromSeconds(1)));
        Assert.Equal(Max, RetryBackoff.Delay(1, First, Max, asked: TimeSpan.FromDays(1)));
    }

    [Fact]
    public void JitterAddsAShareOfTheFirstWait()
    {
        Assert.Equal(TimeSpan.FromSeconds(20) + First * 0.5, RetryBackoff.Delay(3, First, Max, jitter: 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryBackoff.Delay(3, First, Max, jitter: 1));
    }

    [Fact]
    public void TheFollowUpSchedulerAndTheOutboxWaitTheSharedBackoff()
    {
        var followUps = new AfterSalesBot.Escalation.FollowUps.FollowUpOptions { RetryAfter = TimeSpan.FromMinutes(1) };
        Assert.Equal(TimeSpan.FromMinutes(8), followUps.Backoff(4));
        Assert.Equal(TimeSpan.FromDays(1), followUps.Backoff(40)); // the scheduler's longest wait is a day

        var outbox = new AfterSalesBot.Bot.Outbox.OutboxOptions();
        var throttled = AfterSalesBot.Bot.Outbox.OutboxFailure.From(
            new AfterSalesBot.Bot.Channels.Connector.ConnectorException("throttled", System.Net.HttpStatusCode.TooManyRequests)
            { RetryAfter = TimeSpan.FromMinutes(10) });
        Assert.Equal(TimeSpan.FromMinutes(10), throttled.Delay(1, outbox)); // the channel asked for longer than 5 s
        Assert.Equal(TimeSpan.FromSeconds(40), AfterSalesBot.Bot.Outbox.OutboxFailure.From(new HttpRequestException("down")).Delay(4, outbox));
    }
}

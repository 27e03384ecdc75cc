using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The expected wait: place × median first response ÷ agents on duty, capped by the deadline, in friendly units.</summary>
public sealed class QueueWaitEstimateTests
{
    private static readonly TimeSpan Fallback = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static TimeSpan Minutes(double m) => TimeSpan.FromMinutes(m);

    [Theory]
    [InlineData(1, 30, 1, 30)]     // one ahead of nobody, one agent: the median itself
    [InlineData(3, 20, 2, 30)]     // 3 × 20 ÷ 2
    [InlineData(4, 35, 3, 45)]     // 46.7 minutes → about 45
    [InlineData(5, 35, 3, 60)]     // 58.3 minutes → about an hour
    [InlineData(40, 30, 2, 600)]   // 10 hours
    [InlineData(2, 30, 0, 60)]     // nobody signed in counts as one person
    public void PlaceTimesTheMedianOverTheAgentsOnDuty(int position, double median, int agents, double expectedMinutes) =>
        Assert.Equal(Minutes(expectedMinutes), QueueWaitEstimate.Estimate(position, Minutes(median), agents, Fallback, Day));

    [Fact]
    public void WithoutHistoryTheConfiguredMinutesPerCaseAreUsed()
    {
        Assert.Equal(Minutes(30), QueueWaitEstimate.Estimate(3, null, 1, Fallback, Day));
        Assert.Equal(Minutes(15), QueueWaitEstimate.Estimate(3, null, 2, Fallback, Day));
        Assert.Equal(Minutes(30), QueueWaitEstimate.Estimate(3, TimeSpan.Zero, 1, Fallback, Day)); // no usable median
    }

    [Fact]
    public void ALongQueueIsNeverQuotedBeyondTheFirstResponseDeadline()
    {
        // 200 places × 30 minutes would be 100 hours; the customer was promised an answer within 24 hours.
        Assert.Equal(TimeSpan.FromHours(24), QueueWaitEstimate.Estimate(200, Minutes(30), 1, Fallback, Day));
        Assert.Equal(TimeSpan.FromHours(3), QueueWaitEstimate.Estimate(200, Minutes(30), 1, Fallback, Minutes(200)));
        // Already past the deadline: the smallest wait, never zero or negative.
        Assert.Equal(Minutes(5), QueueWaitEstimate.Estimate(200, Minutes(30), 1, Fallback, Minutes(-40)));
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 5)]
    [InlineData(7.4, 5)]
    [InlineData(7.5, 10)]
    [InlineData(22, 20)]
    [InlineData(23, 25)]
    [InlineData(57, 55)]
    [InlineData(58, 60)]
    [InlineData(89, 60)]
    [InlineData(90, 60)]     // exactly half-way rounds down
    [InlineData(91, 120)]
    [InlineData(150, 120)]
    [InlineData(151, 180)]
    public void WaitsAreRoundedAsPeopleSayThem(double minutes, double expected) =>
        Assert.Equal(Minutes(expected), QueueWaitEstimate.Friendly(Minutes(minutes)));

    [Fact]
    public void TheMedianIsTheMiddleOrTheMeanOfTheMiddleTwo()
    {
        Assert.Null(QueueWaitEstimate.Median([]));
        Assert.Equal(Minutes(20), QueueWaitEstimate.Median([Minutes(300), Minutes(5), Minutes(20)])); // one outlier does not move it
        Assert.Equal(Minutes(35), QueueWaitEstimate.Median([Minutes(40), Minutes(30)]));
    }

    [Fact]
    public void APlaceBelowOneIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueWaitEstimate.Estimate(0, null, 1, Fallback, Day));
}

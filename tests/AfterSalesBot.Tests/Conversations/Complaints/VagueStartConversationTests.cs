using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>A start told vaguely or as a duration fills the start date: the bot does not ask for it again.</summary>
public sealed class VagueStartConversationTests
{
    private const string H16SoldAWeekAgo = "RH1626100185"; // JSQ-H16 sold 2026-11-15
    private static readonly DateTimeOffset Sunday10AmShanghai = new(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task HotAndColdSinceTheDayBeforeYesterdayFillsSymptomAndStart()
    {
        await using var driver = await ConversationDriver.StartAsync("zh-CN", Sunday10AmShanghai);
        var script = new ConversationScript("hot and cold since 前两天 (zh)", "zh-CN",
        [
            new("热水器一会冷一会热，前两天开始的", "对吗", Confirming),
            new("就这些", "大约从2026年11月20日开始", Confirming),
            new("对", "机身号码", Gathering),
            new(H16SoldAWeekAgo, "摔过", Gathering),
        ]);

        await script.PlayAsync(driver);

        var state = await driver.StateAsync();
        Assert.Equal(["NO_HOT_WATER"], state.Symptoms);
        Assert.Equal(new DateOnly(2026, 11, 20), state.StartedOn);
        Assert.True(state.StartedApproximate);
        Assert.NotEqual(Bot.Conversations.Complaints.FactQuestion.Started, state.Asking);
    }

    [Theory]
    [InlineData("My water heater keeps going hot and cold, for 2 weeks now", true, "since about 2026-11-08")]
    [InlineData("My water heater keeps going hot and cold since 2026-11-08", false, "since 2026-11-08")]
    public async Task AnApproximateStartBeforeTheSaleIsTheSaleButAnExactOneIsQuestioned(string story, bool approximate, string restated)
    {
        await using var driver = await ConversationDriver.StartAsync("en-US", Sunday10AmShanghai);
        var script = new ConversationScript("hot and cold before the sale (en)", "en-US",
        [
            new(story, "Is that correct?", Confirming),
            new("that's all", restated, Confirming),
            new("yes", "serial number", Gathering),
            new(H16SoldAWeekAgo, "dropped", Gathering),
            new("no, never", "What would you like us to do", Gathering),
            new("repair it please", "phone number", Gathering),
        ]);
        await script.PlayAsync(driver);

        var replies = string.Join("\n", (await driver.SayAsync("13812345678")).Select(r => r.Text));

        var state = await driver.StateAsync();
        Assert.Equal(new DateOnly(2026, 11, 8), state.StartedOn);
        Assert.Equal(approximate, state.StartedApproximate);
        Assert.Equal(!approximate, replies.Contains("before the sale", StringComparison.Ordinal));
    }
}

using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>The package's reading alone (RecognizersDateRecogniser), on Sunday 2026-11-22 unless a day is given.</summary>
public class RecognizersDateRecogniserTests
{
    private static readonly DateOnly Sunday = new(2026, 11, 22);

    [Theory]
    [InlineData("it stopped on the 25th", "2026-11-22", "2026-10-25", false)]   // the 25th still to come this month: last month's
    [InlineData("it stopped on the 25th", "2026-11-26", "2026-11-25", false)]
    [InlineData("delivered 11/28", "2026-12-03", "2026-11-28", false)]
    [InlineData("delivered 28/11", "2026-12-03", "2026-11-28", false)]          // 28 cannot be a month
    [InlineData("delivered 10/05", "2026-12-03", "2026-10-05", false)]          // ambiguous without a year: month first, as the package reads it
    [InlineData("no hot water since the weekend", "2026-11-22", "2026-11-21", true)]
    [InlineData("around mid-November", "2026-11-22", "2026-11-15", true)]
    [InlineData("at the end of last month", "2026-11-22", "2026-10-31", true)]
    [InlineData("we bought it in September", "2026-11-22", "2026-09-01", true)]
    [InlineData("since yesterday", "2026-11-22", "2026-11-21", false)]
    [InlineData("it started thursday evening", "2026-11-22", "2026-11-19", false)]
    [InlineData("这周一买的", "2026-11-22", "2026-11-16", false)]
    [InlineData("上个礼拜天开始漏水的", "2026-11-22", "2026-11-15", false)]
    [InlineData("两周前开始漏水", "2026-11-22", "2026-11-08", false)]
    [InlineData("去年三月买的", "2026-11-22", "2025-03-01", true)]
    [InlineData("国庆节那会儿买的", "2026-11-22", "2026-10-01", false)]
    public void ReadsAPastDayOrTheStartOfARange(string text, string today, string expected, bool approximate)
    {
        var hit = Assert.Single(RecognizersDateRecogniser.Find(new UtteranceText(text), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, Iso(hit.Value.Date));
        Assert.Equal(approximate, hit.Value.Approximate);
    }

    [Theory]
    [InlineData("it shuts off at 3pm")]
    [InlineData("it shuts off at 3pm every day")]
    [InlineData("每天下午3点就自动关机")]
    [InlineData("2 weeks warranty?")]
    [InlineData("保修两年吗？")]
    [InlineData("now it won't light")]
    [InlineData("29/02/2023")]
    public void ATimeOfDayARepeatADurationOrNowIsNoDate(string text) =>
        Assert.Empty(RecognizersDateRecogniser.Find(new UtteranceText(text), Sunday));

    [Theory]
    [InlineData("the water heater is leaking", false)]
    [InlineData("热水器漏水了", false)]
    [InlineData("it broke last tuesday", true)]
    [InlineData("bought on 11/28", true)]
    [InlineData("上个月买的", true)]
    [InlineData("国庆节买的", true)]
    public void ThePrecheckLetsThroughOnlyWhatCanHoldADate(string text, bool may) =>
        Assert.Equal(may, RecognizersDateRecogniser.MayHoldDate(new UtteranceText(text).Folded));
}

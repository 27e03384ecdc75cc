using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using Xunit.Abstractions;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>The date set (dates.json): dates as strangers type them, which our rules alone used to miss (ADR 0014).</summary>
public class LabelledDateSetTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledDates> Set =
        DateRecogniserEvaluation.Load(Path.Combine(AppContext.BaseDirectory, "Conversations", "Understanding", "dates.json"));

    [Fact]
    public void TheSetHoldsAtLeastFortyUtterancesInEachHalf()
    {
        Assert.True(Set.Count(u => u.Text.Any(UtteranceIsChinese)) >= 20);
        Assert.True(Set.Count(u => !u.Text.Any(UtteranceIsChinese)) >= 20);
        Assert.True(Set.Count >= 40);
    }

    [Fact]
    public void TheRecogniserReadsTheDatesStrangersType()
    {
        var report = DateRecogniserEvaluation.Run("dates", DateRecogniser.Find, Set);
        output.WriteLine($"{report.UtterancesRight} of {report.Utterances} right, P {report.Score.Precision:0.000} R {report.Score.Recall:0.000} F1 {report.Score.F1:0.000} ({report.Score.Expected})\n{string.Join("\n", report.Misses)}");

        Assert.True(report.Score.F1 >= 0.9, $"dates F1 {report.Score.F1:0.000}\n{string.Join("\n", report.Misses)}");
    }

    private static bool UtteranceIsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}

using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Our date rules skip the rules that need a script the text does not hold (ADR 0060): what they read must be what every
/// rule reads.
/// </summary>
public class DateRuleScriptTests
{
    private static readonly DateOnly Sunday = new(2026, 11, 22);

    public static TheoryData<string> Texts() =>
    [
        "2025-11-03", "03/04/2025", "11/28", "3 days ago", "since 3 days", "the 25th", "on the 3rd", "mid-november", "last weekend",
        "this week", "since this week", "这周开始的", "本周", "昨天", "3月5日", "2025年3月", "上周一", "25号", "十来天前", "最近两个礼拜",
        "大概十天", "两个星期了", "用了三年了", "my 热水器 broke 3 days ago", "上周 it stopped", "JSQ-H16 昨天坏了", "0113 496 0572",
        "２０２５年３月５日", "ＬＡＳＴ ＷＥＥＫ", "Yesterday.", "",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheRulesForTheTextsScriptsReadWhatEveryRuleReads(string text)
    {
        var utterance = new UtteranceText(text);

        Assert.Equal(DateRecogniser.FindByEveryRule(utterance, Sunday), DateRecogniser.FindByRules(utterance, Sunday));
    }

    [Fact]
    public void OnTheLabelledSetsTheRulesReadWhatEveryRuleReads()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Conversations", "Understanding");
        var utterances = LabelledUtteranceFile.Load(Path.Combine(folder, "utterances.json")).Utterances.Select(u => u.Text);
        var dates = DateRecogniserEvaluation.Load(Path.Combine(folder, "dates.json")).Select(d => d.Text);

        Assert.All(utterances.Concat(dates), text =>
        {
            var utterance = new UtteranceText(text);
            Assert.Equal(DateRecogniser.FindByEveryRule(utterance, Sunday), DateRecogniser.FindByRules(utterance, Sunday));
        });
    }
}

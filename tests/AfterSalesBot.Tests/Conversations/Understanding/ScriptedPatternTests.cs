using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// The intent's and sentiment's phrase lists are compiled with a variant for each script a text may lack (ADR 0060): on
/// every text the variant must match where the whole alternation matches.
/// </summary>
public class ScriptedPatternTests
{
    private static readonly string[][] Lists =
    [
        IntentWords.CallBack, IntentWords.Cancel, IntentWords.CancelShortOnly, IntentWords.StartOver, IntentWords.StartOverShortOnly,
        IntentWords.Help, IntentWords.HelpShortOnly, IntentWords.Status, IntentWords.Warranty, IntentWords.QuestionMarks,
        IntentWords.Complaint, IntentWords.Thanks, IntentWords.SoftCancel, IntentWords.AboutTheBot, SentimentWords.Strong,
        SentimentWords.Mild, SentimentWords.Urgent, IntentWords.Greeting, IntentWords.QuestionOpenings,
    ];

    private static readonly string[] Texts =
    [
        "", "12315", "0113 496 0572", "？", "ok", "好", "thanks", "谢谢", "hi, 热水器坏了", "算了 never mind", "我要投诉 complaint",
        "help", "人工", "real person please", "你好，在吗？", "hello? anyone there", "thank you 谢谢", "stop", "停", "restart",
    ];

    [Fact]
    public void EveryVariantMatchesWhereTheWholeListMatches()
    {
        var utterances = LabelledUtteranceFile.Load(Path.Combine(AppContext.BaseDirectory, "Conversations", "Understanding", "utterances.json"))
            .Utterances.Select(u => u.Text.ToLowerInvariant());
        var texts = Texts.Concat(utterances).ToList();
        foreach (var (list, opening) in Lists.Select((l, i) => (l, i >= Lists.Length - 2)))
        {
            var whole = opening ? PhraseTable<bool>.CompileOpening(list) : PhraseTable<bool>.Compile(list);
            var scripted = opening ? ScriptedPattern.CompileOpening(list) : ScriptedPattern.Compile(list);
            foreach (var text in texts)
            {
                Assert.Equal(whole.IsMatch(text), scripted.IsMatch(text));
                Assert.Equal(Describe(whole.Match(text)), Describe(scripted.Match(text)));
                Assert.Equal(whole.Replace(text, " "), scripted.Replace(text, " "));
            }
        }
    }

    private static (bool, int, int) Describe(Match m) => (m.Success, m.Index, m.Length);
}

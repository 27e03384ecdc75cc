using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Exclusion circumstances with their polarity: true when the customer says it happened ("I dropped it", 找外面修过),
/// false when they deny it ("never dropped it", 没有拆过, 从来没修过). When a message says both, the denial wins only
/// if it is the last word on that cause.
/// </summary>
internal static class CauseRecogniser
{
    private static readonly PhraseTable<string> Table = new(CauseWords.All);

    public static (Dictionary<string, bool> Causes, List<TextSpan> Spans) Find(UtteranceText text)
    {
        var causes = new Dictionary<string, bool>();
        var hits = Hits.LongestFirst(Table.FindAll(text.Folded));
        foreach (var hit in hits)
            causes[hit.Value] = !Negation.IsNegated(text.Folded, hit.Span.Start, englishWords: 6, chineseChars: 6);
        return (causes, hits.Select(h => h.Span).ToList());
    }
}

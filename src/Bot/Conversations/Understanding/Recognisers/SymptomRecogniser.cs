using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>Fault and damage codes, longest phrase first ("gas leak" is GAS_SMELL, not LEAK); a negated phrase ("no leak",
/// 没有漏水) is dropped.</summary>
internal static class SymptomRecogniser
{
    private static readonly PhraseTable<string> Table = new(SymptomWords.All);

    public static List<string> Find(UtteranceText text) =>
        Hits.LongestFirst(Table.FindAll(text.Folded))
            .Where(h => !Negation.IsNegated(text.Folded, h.Span.Start, englishWords: 2, chineseChars: 2))
            .Select(h => h.Value)
            .Distinct()
            .ToList();
}

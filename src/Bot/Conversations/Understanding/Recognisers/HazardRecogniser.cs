using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The first emergency the message reports. Only a denial right before it ("no gas smell", 没有煤气味) cancels one:
/// when in doubt, safety advice is better than none.
/// </summary>
internal static class HazardRecogniser
{
    private static readonly PhraseTable<SafetyHazard> Table = new(HazardWords.All);

    public static SafetyHazard? Find(UtteranceText text)
    {
        foreach (var hit in Hits.LongestFirst(Table.FindAll(text.Folded)))
        {
            if (!Negation.IsNegated(text.Folded, hit.Span.Start, englishWords: 2, chineseChars: 3))
                return hit.Value;
        }
        return null;
    }
}

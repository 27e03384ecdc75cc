using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The consumable a message names as the problem ("the toner ran out", 感光鼓划伤了, "can I get free ink?"). A new or
/// replaced one ("even with new toner", "I already put in a new toner cartridge", 换了新墨盒) and a denial ("it's not the toner") are not the problem.
/// </summary>
internal static partial class ConsumableRecogniser
{
    private static readonly PhraseTable<string> Table = new(ConsumableWords.All);

    [GeneratedRegex(@"(?:with\s+(?:a\s+)?new|even\s+(?:a\s+)?new|already\s+(?:a\s+)?new|fresh|replaced(?:\s+the)?|changed(?:\s+the)?|(?:put|putting|popped|swapped)\s+in\s+(?:a\s+)?(?:brand\s+)?new|(?:installed|fitted|tried|bought)\s+(?:a\s+)?(?:brand\s+)?new)$|(?:换了新?的?|刚换了?的?|新换的|用的新的?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Renewed();

    /// <summary>"The cartridge is a new one", 墨盒是新换的, "new toner didn't change anything", 换墨粉也没用: said after the consumable.</summary>
    [GeneratedRegex(@"^\s*(?:cartridges?\s+|cassettes?\s+)?(?:didn'?t|did\s+not|doesn'?t|does\s+not|hasn'?t|has\s+not)\s+(?:help|change|fix|solve|sort|make\s+(?:a|any)\s+difference|do\s+anything)|^\s*(?:cartridges?\s+)?(?:made\s+no\s+difference|changed\s+nothing|fixed\s+nothing)|^\s*(?:也|还是|都)(?:没用|没有用|不行|一样)|^\s*(?:is|was|'s)\s+(?:a\s+)?(?:brand[\s-]+)?new|^\s*(?:是|也是|都是)?(?:新换|新买|刚换|刚买)?(?:的)?新的|^\s*(?:是|也是)?(?:新换|刚换|新买|刚买)的", RegexOptions.CultureInvariant)]
    private static partial Regex RenewedAfter();

    public static string? Find(UtteranceText text)
    {
        foreach (var hit in Hits.LongestFirst(Table.FindAll(text.Folded)))
        {
            var before = text.Folded[..hit.Span.Start].TrimEnd();
            if (Renewed().IsMatch(before) || RenewedAfter().IsMatch(text.Folded[hit.Span.End..])) continue;
            if (Negation.IsNegated(text.Folded, hit.Span.Start, englishWords: 3, chineseChars: 3)) continue;
            return hit.Value;
        }
        return null;
    }
}

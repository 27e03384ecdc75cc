using System.Globalization;
using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// What the customer wants and how much money they ask for ("¥500", "500元", 五百块, "$80"). Words inside a
/// circumstance ("找外面修过" is not a wish for a repair) and negated wishes ("I don't want a repair") do not count.
/// </summary>
internal static partial class OutcomeRecogniser
{
    private static readonly PhraseTable<DesiredOutcome> Table = new(OutcomeWords.All);

    private static readonly DesiredOutcome[] Strength =
        [DesiredOutcome.ApologyOnly, DesiredOutcome.Refund, DesiredOutcome.Replacement, DesiredOutcome.Compensation, DesiredOutcome.Repair];

    [GeneratedRegex(@"(?:[¥￥$]|rmb|usd)\s*(?<n>\d+(?:[.,]\d+)?)|(?<n>\d+(?:\.\d+)?)\s*(?:元|块|块钱|yuan|rmb|dollars?|bucks|usd)(?![a-z])|(?<cn>[一二两三四五六七八九十百千万]+)\s*(?:元|块)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    /// <summary>"I'll just buy a new one", "买个新的": the customer will buy one elsewhere, not a wish for our replacement.</summary>
    [GeneratedRegex(@"(?:buy|buying|purchase|get\s+myself|order)\s*$|买[个一台]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BuyingOneThemselves();

    /// <summary>"我不想再修了", "不要再修了，直接换": the wish right after it is turned down.</summary>
    [GeneratedRegex(@"(?:不想|不要|不用|不愿意?|不打算|不需要|不必|别)(?:再|继续|去|给我)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NotWantedBefore();

    public static (DesiredOutcome? Wants, decimal? Amount) Find(UtteranceText text, IReadOnlyCollection<TextSpan> causeSpans)
    {
        var wanted = Hits.LongestFirst(Table.FindAll(text.Folded))
            .Where(h => !causeSpans.Any(c => c.Overlaps(h.Span)))
            .Where(h => !Negation.IsNegated(text.Folded, h.Span.Start, englishWords: 4, chineseChars: 2))
            .Where(h => !NotWantedBefore().IsMatch(text.Folded[..h.Span.Start]))
            .Where(h => !(h.Value == DesiredOutcome.Replacement && BuyingOneThemselves().IsMatch(text.Folded[..h.Span.Start])))
            .Select(h => h.Value)
            .ToHashSet();
        DesiredOutcome? wants = Strength.Where(wanted.Contains).Select(o => (DesiredOutcome?)o).FirstOrDefault();

        decimal? amount = null;
        if (wants is DesiredOutcome.Compensation or DesiredOutcome.Refund && Money().Match(text.Folded) is { Success: true } m)
        {
            amount = m.Groups["n"].Success
                ? decimal.Parse(m.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
                : ChineseNumerals.Parse(m.Groups["cn"].Value);
        }
        return (wants, amount);
    }
}

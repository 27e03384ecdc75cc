using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Anger 0–2 and urgency. A strong word (12315, 曝光, lawyer, scam) is angry at once; mild words, shouting in
/// capitals and repeated exclamation marks add one each (many mild words still count once), up to 2.
/// </summary>
internal static partial class SentimentRecogniser
{
    private static readonly ScriptedPattern Strong = ScriptedPattern.Compile(SentimentWords.Strong);
    private static readonly ScriptedPattern Mild = ScriptedPattern.Compile(SentimentWords.Mild);
    private static readonly ScriptedPattern Urgent = ScriptedPattern.Compile(SentimentWords.Urgent);

    [GeneratedRegex(@"[!！]{2,}|[!！][?？]|[?？][!！]", RegexOptions.CultureInvariant)]
    private static partial Regex Exclaiming();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2,}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalWord();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex LatinWord();

    public static int Anger(UtteranceText text)
    {
        if (Strong.IsMatch(text.Folded))
            return 2;
        var score = Mild.IsMatch(text.Folded) ? 1 : 0;
        if (Exclaiming().IsMatch(text.Folded))
            score++;
        if (IsShouting(text.Original))
            score++;
        return Math.Min(score, 2);
    }

    public static bool IsUrgent(UtteranceText text) => Urgent.IsMatch(text.Folded);

    /// <summary>Three or more words in capitals that make up most of the Latin words (model numbers contain digits, so they do not count).</summary>
    private static bool IsShouting(string original)
    {
        var capitals = CapitalWord().Count(original);
        var words = LatinWord().Count(original);
        return capitals >= 3 && capitals * 2 > words;
    }
}

using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Which rules a text can match at all (ADR 0060). Every match of an English rule holds a Latin letter (a month or weekday
/// name, "ago", "last", "the …th", "for … days"), every match of a Chinese rule a Chinese character (年, 月, 号, 天, 前, 上周,
/// 去年…): each has such a letter outside every optional part. The patterns are matched against the folded text without
/// IgnoreCase, so a rule whose every match needs a letter of a-z cannot match a text without one, and one that needs a
/// Chinese character cannot match a text without one. Such a rule is skipped there: it would find nothing, so the
/// readings are the same. Rules of digits alone (2025-11-03, 03/04/2025) need neither and always run.
/// </summary>
internal static partial class DateRecogniser
{
    [Flags]
    private enum Script
    {
        /// <summary>The rule can match without a letter of either script.</summary>
        Any = 0,
        Latin = 1,
        Chinese = 2,
    }

    private static Rule Latin(Rule rule) => rule with { Needs = Script.Latin };

    private static Rule Chinese(Rule rule) => rule with { Needs = Script.Chinese };

    private static Rule LatinOrChinese(Rule rule) => rule with { Needs = Script.Latin | Script.Chinese };

    /// <summary>The scripts a folded text holds a letter of: a-z (the rules' Latin letters), a Chinese character.</summary>
    private static Script ScriptsIn(string folded)
    {
        var span = folded.AsSpan();
        var present = span.IndexOfAnyInRange('a', 'z') >= 0 ? Script.Latin : Script.Any;
        if (span.IndexOfAnyInRange('\u4e00', '\u9fff') >= 0 || span.IndexOfAnyInRange('\u3400', '\u4dbf') >= 0 || span.Contains('〇'))
            present |= Script.Chinese;
        return present;
    }

    /// <summary>Every rule on every text, as before the split (for the split's tests).</summary>
    internal static List<Hit<DateReading>> FindByEveryRule(UtteranceText text, DateOnly today) =>
        Hits.LongestFirst(RuleHits(text, today, Script.Latin | Script.Chinese));
}

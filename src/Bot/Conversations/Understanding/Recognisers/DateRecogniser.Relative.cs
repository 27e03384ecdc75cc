using System.Text.RegularExpressions;
using static AfterSalesBot.Bot.Conversations.Understanding.Vocabulary.DateWords;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>English relative dates: today, yesterday, the day before yesterday, 3 days ago, a week ago, last month,
/// last March, March last year, last Monday.</summary>
internal static partial class DateRecogniser
{
    private static IEnumerable<Rule> RelativeRules()
    {
        yield return R(@"(?<![a-z])(?:today|this morning|this afternoon|this evening|tonight|earlier today)(?![a-z])", (_, t) => t);
        yield return R(@"(?<![a-z])(?:yesterday|last night)(?![a-z])", (_, t) => t.AddDays(-1));
        yield return R(@"(?<![a-z])(?:the\s+)?day\s+before\s+yesterday(?![a-z])", (_, t) => t.AddDays(-2));

        yield return new Rule(new Regex($@"(?<![a-z0-9])(?<n>{CountPattern})\s+(?<u>day|week|month|year)s?\s+(?:ago|back|before)(?![a-z])", Options),
            (m, t) => Back(t, Count(Regex.Replace(m.Groups["n"].Value, @"\s+", " ")), m.Groups["u"].Value),
            m => IsVagueCount(m.Groups["n"].Value));
        // "half a year ago"; non-native "half year ago", "since half year" (round 22).
        yield return R(@"(?<![a-z])half\s+(?:a\s+)?year\s+ago(?![a-z])|(?<![a-z])(?:since|from)\s+(?:about\s+)?half\s+(?:a\s+)?year(?![a-z])", (_, t) => t.AddMonths(-6));
        // "a month and a half ago", "one and a half months ago" (45 days)
        yield return R(@"(?<![a-z])(?:a\s+month\s+and\s+a\s+half|(?:one|1)\s+and\s+a\s+half\s+months?|1\.5\s+months?)\s+ago(?![a-z])", (_, t) => t.AddMonths(-1).AddDays(-15));
        yield return R(@"(?<![a-z])(?:a\s+)?fortnight\s+ago(?![a-z])", (_, t) => t.AddDays(-14));

        yield return R(@"(?<![a-z])last\s+(?<u>week|month|year)(?![a-z])", (m, t) => Back(t, 1, m.Groups["u"].Value));

        // "last March" is the most recent March before this month.
        yield return R($@"(?<![a-z])last\s+(?<m>{MonthPattern})(?![a-z])", (m, t) =>
        {
            var month = Month(m.Groups["m"].Value);
            return new DateOnly(month < t.Month ? t.Year : t.Year - 1, month, 1);
        });
        yield return R($@"(?<![a-z])(?:in\s+)?(?<m>{MonthPattern})\s+(?:of\s+)?last\s+year(?![a-z])",
            (m, t) => new DateOnly(t.Year - 1, Month(m.Groups["m"].Value), 1));
        yield return R($@"(?<![a-z])last\s+year\s+in\s+(?<m>{MonthPattern})(?![a-z])",
            (m, t) => new DateOnly(t.Year - 1, Month(m.Groups["m"].Value), 1));

        // "the Friday before last": the one a week before the latest Friday.
        yield return R($@"(?<![a-z])(?:the\s+)?(?<w>{WeekdayPattern})\s+before\s+last(?![a-z])", (m, t) =>
        {
            var back = ((int)t.DayOfWeek - (int)Weekday(m.Groups["w"].Value) + 7) % 7;
            return t.AddDays(-(back == 0 ? 7 : back) - 7);
        });
        yield return R($@"(?<![a-z])(?:last|on|since|this\s+past)\s+(?<w>{WeekdayPattern})(?![a-z])", (m, t) =>
        {
            var back = ((int)t.DayOfWeek - (int)Weekday(m.Groups["w"].Value) + 7) % 7;
            return t.AddDays(back == 0 ? -7 : -back);
        });
    }

    private static DateOnly Back(DateOnly today, int count, string unit) => unit switch
    {
        "day" => today.AddDays(-count),
        "week" => today.AddDays(-7 * count),
        "month" => today.AddMonths(-count),
        _ => today.AddYears(-count),
    };
}

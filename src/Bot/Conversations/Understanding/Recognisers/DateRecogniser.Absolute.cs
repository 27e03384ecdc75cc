using System.Text.RegularExpressions;
using static AfterSalesBot.Bot.Conversations.Understanding.Vocabulary.DateWords;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>Numeric and English absolute dates: 2025-03-14, 2025/3/14, 14/03/2025, March 14 2025, 14th of March, Mar 14.</summary>
internal static partial class DateRecogniser
{
    private static IEnumerable<Rule> AbsoluteRules()
    {
        yield return R(@"(?<![\d.])(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})(?![\d])",
            (m, _) => Make(Number(m.Groups["y"]), Number(m.Groups["m"]), Number(m.Groups["d"])));

        yield return R(@"(?<![\d/.-])(?<a>\d{1,2})[-/.](?<b>\d{1,2})[-/.](?<y>\d{4})(?![\d])", (m, _) =>
        {
            int a = Number(m.Groups["a"]), b = Number(m.Groups["b"]), y = Number(m.Groups["y"]);
            return b > 12 && a <= 12 ? Make(y, a, b) : Make(y, b, a);
        });

        yield return Latin(R($@"(?<![a-z])(?<m>{MonthPattern})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(?<y>\d{{4}}))?(?![a-z0-9])",
            (m, today) => WithOptionalYear(m, today)));

        yield return Latin(R($@"(?<![a-z0-9])(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>{MonthPattern})\.?(?:,?\s*(?<y>\d{{4}}))?(?![a-z])",
            (m, today) => WithOptionalYear(m, today)));

        yield return Latin(R($@"(?<![a-z])(?<m>{MonthPattern})\.?,?\s+(?<y>(?:19|20)\d{{2}})(?![\d])",
            (m, _) => Make(Number(m.Groups["y"]), Month(m.Groups["m"].Value), 1)));

        // "since the 25th", "on the 3rd": a day of this month, or of last month while it is still to come. The package reads
        // "on the 25th" but not "since the 25th". "the 2nd time", "the 3rd floor", "the 2nd repair" are no days.
        yield return Latin(R(@"(?<![a-z0-9])the\s+(?<d>[12]?\d|3[01])(?:st|nd|rd|th)(?!\s*(?:of\s+)?(?:time|times|floor|one|ones|repair|visit|call|attempt|engineer|technician|week|month|year|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[a-z0-9])",
            (m, today) => PastDayOfThisOrLastMonth(today, Number(m.Groups["d"]))));

        // "may" is also a verb: a month without a day needs a preposition before it.
        yield return Latin(R($@"(?<![a-z])(?:in|since|early|late|mid|from|during|around|back in)\s+(?<m>{MonthPattern})(?![a-z])",
            (m, today) => PastMonth(today, Month(m.Groups["m"].Value))));
    }

    private static DateOnly? PastDayOfThisOrLastMonth(DateOnly today, int day)
    {
        if (day <= today.Day) return Make(today.Year, today.Month, day);
        var lastMonth = today.AddMonths(-1);
        return Make(lastMonth.Year, lastMonth.Month, day);
    }

    private static DateOnly? WithOptionalYear(Match m, DateOnly today)
    {
        int month = Month(m.Groups["m"].Value), day = Number(m.Groups["d"]);
        return m.Groups["y"].Success ? Make(Number(m.Groups["y"]), month, day) : PastDayOfMonth(today, month, day);
    }
}

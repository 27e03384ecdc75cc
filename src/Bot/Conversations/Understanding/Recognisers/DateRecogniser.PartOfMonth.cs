using System.Text.RegularExpressions;
using static AfterSalesBot.Bot.Conversations.Understanding.Vocabulary.DateWords;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// A part of a month in Chinese, approximate: 月初 and 上旬 the 1st, 中旬 the 15th, 下旬 the 21st, 月底 and 月末 the last day
/// (上个月底, 本月初, 10月中旬, 九月底, 去年三月底). The package reads only the month of these (ADR 0014).
/// </summary>
internal static partial class DateRecogniser
{
    private const string PartOfMonth = "(?<p>初|底|末|上旬|中旬|下旬)";

    private static IEnumerable<Rule> PartOfMonthRules()
    {
        yield return Approx($"上个?月{PartOfMonth}", (m, t) => InMonth(t.AddMonths(-1), m));
        yield return Approx($"(?:这个?月|本月){PartOfMonth}", (m, t) => InMonth(t, m));
        yield return Approx($@"(?<ry>今年|去年|前年)\s*(?<m>{Num})\s*月份?{PartOfMonth}", (m, t) =>
            Make(t.Year - m.Groups["ry"].Value switch { "去年" => 1, "前年" => 2, _ => 0 }, Number(m.Groups["m"]), 1) is { } first ? InMonth(first, m) : null);
        yield return Approx($@"(?<![\d年个上下本这每半几])(?<m>{Num})\s*月份?{PartOfMonth}",
            (m, t) => PastMonth(t, Number(m.Groups["m"])) is { } first ? InMonth(first, m) : null);
    }

    /// <summary>
    /// The same in English, approximate: "the (very) end of October" its last day, "late October" the 21st, "mid-October" and
    /// "the middle of October" the 15th, "the start / beginning of November" and "early November" the 1st, "the end of last
    /// month" last month's last day. Before the month rules, which read only the month (the package reads "the end of
    /// October" as the whole month).
    /// </summary>
    private static IEnumerable<Rule> EnglishPartOfMonthRules()
    {
        yield return Approx(@"(?<![a-z])(?:the\s+)?(?:very\s+)?(?<p>end|start|beginning|middle)\s+of\s+last\s+month(?![a-z])",
            (m, t) => InMonth(t.AddMonths(-1), m.Groups["p"].Value));
        yield return Approx($@"(?<![a-z])(?:the\s+)?(?:very\s+)?(?<p>end|start|beginning|middle)\s+of\s+(?<m>{MonthPattern})(?![a-z])",
            (m, t) => PastMonth(t, Month(m.Groups["m"].Value)) is { } first ? InMonth(first, m.Groups["p"].Value) : null);
        yield return Approx($@"(?<![a-z])(?<p>late|mid|early)[\s-]+(?<m>{MonthPattern})(?![a-z])",
            (m, t) => PastMonth(t, Month(m.Groups["m"].Value)) is { } first ? InMonth(first, m.Groups["p"].Value) : null);
    }

    private static DateOnly InMonth(DateOnly anyDay, string part) => InMonthPart(anyDay, part switch
    {
        "end" => "底",
        "late" => "下旬",
        "middle" or "mid" => "中旬",
        _ => "初",
    });

    private static DateOnly InMonth(DateOnly anyDay, Match m) => InMonthPart(anyDay, m.Groups["p"].Value);

    private static DateOnly InMonthPart(DateOnly anyDay, string part)
    {
        var first = new DateOnly(anyDay.Year, anyDay.Month, 1);
        return part switch
        {
            "中旬" => first.AddDays(14),
            "下旬" => first.AddDays(20),
            "底" or "末" => first.AddMonths(1).AddDays(-1),
            _ => first,
        };
    }

    /// <summary>A day of the month alone (25号, "the 25th"): the latest such day not after today.</summary>
    private static DateOnly? PastDayNumber(DateOnly today, int day)
    {
        if (day is < 1 or > 31)
            return null;
        for (var month = new DateOnly(today.Year, today.Month, 1); month > today.AddYears(-1); month = month.AddMonths(-1))
        {
            if (Make(month.Year, month.Month, day) is { } date && date <= today)
                return date;
        }
        return null;
    }
}

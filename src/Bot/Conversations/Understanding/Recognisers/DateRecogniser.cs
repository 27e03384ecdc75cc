using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Dates, absolute and relative, in English and Chinese, resolved against the customer's local today (the message's
/// instant in their time zone). Choices: an ambiguous numeric date (03/04/2025) is read day first, as customers
/// outside the US write it; a date without a year (Mar 14, 3月14日) is this year, or last year when that would be in
/// the future; a month without a day (last March, 去年三月, 2025年3月) is the first of that month; "last month" is
/// the same day a month ago, clamped to the month's end (Mar 31 → Feb 28/29). Overlapping readings keep the longest
/// ("the day before yesterday", not "yesterday"). Vague dates and durations (DateRecogniser.Vague.cs) resolve to a
/// conventional day and are marked approximate.
/// </summary>
internal static partial class DateRecogniser
{
    private delegate DateOnly? Resolve(Match match, DateOnly today);

    /// <summary>
    /// A pattern, how it resolves, whether a match is only an approximate day (null: always exact), and the script every
    /// one of its matches holds a letter of (DateRecogniser.Scripts.cs; <see cref="Script.Any"/>: digits alone can match).
    /// </summary>
    private sealed record Rule(Regex Pattern, Resolve Resolve, Func<Match, bool>? Approximate = null, Script Needs = Script.Any);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly Rule[] Rules =
    [
        .. EnglishPartOfMonthRules().Select(Latin), .. AbsoluteRules(), .. RelativeRules().Select(Latin),
        .. ChineseRules().Select(Chinese), .. VagueRules(),
    ];

    public static DateOnly LocalToday(DateTimeOffset now, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>Our rules and Microsoft.Recognizers.Text merged (DateRecogniser.Merge.cs): what the interpreter uses.</summary>
    public static List<Hit<DateReading>> Find(UtteranceText text, DateOnly today) => Find(text, today, []);

    /// <summary>
    /// The same for the interpreter, which drops every reading that overlaps one of <paramref name="taken"/> (a phone, a
    /// serial, a product…) afterwards: the package is not asked when it cannot change what is left (DateRecogniser.PackageGate.cs).
    /// </summary>
    public static List<Hit<DateReading>> Find(UtteranceText text, DateOnly today, IReadOnlyList<TextSpan> taken)
    {
        var ours = RuleHits(text, today);
        var package = PackageCannotChange(text, ours, taken) ? [] : RecognizersDateRecogniser.Find(text, today);
        return CountedFromTheDayBefore(text, WithoutNonDates(text, Merge(text, ours, package)));
    }

    /// <summary>The merge with the package always asked, gate or not (for the gate's tests).</summary>
    internal static List<Hit<DateReading>> FindAskingThePackage(UtteranceText text, DateOnly today) =>
        CountedFromTheDayBefore(text, WithoutNonDates(text, Merge(text, RuleHits(text, today), RecognizersDateRecogniser.Find(text, today))));

    /// <summary>Our rules alone, as before the package (the interpreter bench's "rules" column).</summary>
    public static List<Hit<DateReading>> FindByRules(UtteranceText text, DateOnly today) => Hits.LongestFirst(RuleHits(text, today));

    private static List<Hit<DateReading>> RuleHits(UtteranceText text, DateOnly today) => RuleHits(text, today, ScriptsIn(text.Folded));

    /// <summary>Every rule's readings, skipping the rules that need a script the text does not hold (DateRecogniser.Scripts.cs).</summary>
    private static List<Hit<DateReading>> RuleHits(UtteranceText text, DateOnly today, Script present)
    {
        var hits = new List<Hit<DateReading>>();
        foreach (var rule in Rules)
        {
            if (rule.Needs != Script.Any && (rule.Needs & present) == 0)
                continue;
            foreach (Match m in rule.Pattern.Matches(text.Folded))
            {
                if (rule.Resolve(m, today) is { } date)
                    hits.Add(new Hit<DateReading>(new TextSpan(m.Index, m.Length), new DateReading(date, rule.Approximate?.Invoke(m) ?? false)));
            }
        }
        return hits;
    }

    private static Rule R(string pattern, Resolve resolve) => new(new Regex(pattern, Options), resolve);

    /// <summary>A rule whose every match is an approximate day ("the other day", "for 2 weeks", 前几天).</summary>
    private static Rule Approx(string pattern, Resolve resolve) => new(new Regex(pattern, Options), resolve, _ => true);

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>A day and month without a year: this year's, or last year's when this year's is still to come.</summary>
    private static DateOnly? PastDayOfMonth(DateOnly today, int month, int day)
    {
        var thisYear = Make(today.Year, month, day);
        return thisYear is { } d && d <= today ? d : Make(today.Year - 1, month, day);
    }

    /// <summary>A month named without a year ("in March", 三月份): the first of this year's, or last year's if it is still to come.</summary>
    private static DateOnly? PastMonth(DateOnly today, int month) =>
        month is < 1 or > 12 ? null : new DateOnly(month <= today.Month ? today.Year : today.Year - 1, month, 1);

    private static int Number(Group group) => ChineseNumerals.Parse(group.Value.Trim()) ?? -1;

    /// <summary>A count of days, weeks or months: 两三个礼拜, 三四个月了 (round 78) are two neighbouring numerals, a range read as
    /// the larger, never twenty-three (a year such as 二三年 is read by <see cref="Number"/>).</summary>
    private static int CountOf(Group group)
    {
        var value = group.Value.Trim();
        if (value.Length == 2 && !value.Any(char.IsAsciiDigit) && ChineseNumerals.Parse(value[..1]) is { } a and > 0
            && ChineseNumerals.Parse(value[1..]) is { } b && b == a + 1 && b < 10)
            return b;
        return Number(group);
    }
}

/// <summary>A resolved date, and whether the words only gave it approximately (前几天, "for 2 weeks").</summary>
internal readonly record struct DateReading(DateOnly Date, bool Approximate);

using System.Text.RegularExpressions;
using static AfterSalesBot.Bot.Conversations.Understanding.Vocabulary.DateWords;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Vague dates and durations, every one an approximate day by convention: 前两天 and "the other day" are 2 days ago;
/// 前几天, 前些天, 几天前, "a few days ago" 3 days ago ("a few", 几, 好几 count 3); 上周末 and "last weekend" the
/// Saturday of last week; "over the weekend" the latest Saturday. A duration is when it started: "for 2 weeks",
/// "for the past few days", 两个星期了, 半个月了 (15 days), 好几天了 count back from today. A duration about something
/// else than the fault is no date: 用了三年了, 等了两天了, 投诉好几天了, "had it for 3 years", "waiting for a week",
/// "is the warranty for 2 years?".
/// </summary>
internal static partial class DateRecogniser
{
    /// <summary>Words before a duration, in the same clause, that make it the age of the purchase, a wait or a warranty term.</summary>
    private const string EnglishNotSince =
        @"(?<!\b(?:warrant\w*|guarantee\w*|wait\w*|had|owned?|used|using|bought|purchased|cover\w*|lasts?|lasted)\b[^.,;!?]{0,30})";

    private const string ChineseNotSince = "(?<!(?:用|等|买|投诉|保修|保质|装|到货|收到|反映|报修|下单)[^，。,.;；!！?？]{0,6})";

    private const string ChineseCount = "(?<n>\\d{1,3}|[一二两三四五六七八九十百]{1,3}|好几|几)";

    private static IEnumerable<Rule> VagueRules()
    {
        yield return Latin(Approx(@"(?<![a-z])the\s+other\s+day(?![a-z])", (_, t) => t.AddDays(-2)));
        yield return Latin(Approx(@"(?<![a-z])last\s+weekend(?![a-z])", (_, t) => LastWeeksSaturday(t)));
        yield return Latin(Approx(@"(?<![a-z])(?:(?:over|at|on|during)\s+the|this\s+past)\s+weekend(?![a-z])",
            (_, t) => t.AddDays(-(((int)t.DayOfWeek + 1) % 7))));

        yield return Latin(Approx($@"{EnglishNotSince}(?<![a-z])for\s+(?:the\s+(?:past|last)\s+)?(?:(?:about|around|almost|nearly|over|more\s+than|roughly|like)\s+)?(?<n>{CountPattern})\s+(?<u>day|week|month|year)s?(?![a-z])(?!\s+(?:of\s+)?(?:warranty|guarantee))",
            (m, t) => Back(t, Count(Regex.Replace(m.Groups["n"].Value, @"\s+", " ")), m.Groups["u"].Value)));
        yield return Latin(Approx($@"{EnglishNotSince}(?<![a-z])for\s+the\s+(?:past|last)\s+(?<u>day|week|month|year)(?![a-z])",
            (m, t) => Back(t, 1, m.Groups["u"].Value)));
        // Non-native English (round 22): "not lighting since 3 days", "from 4 days" (for N days); "i have buyed it before
        // about three month" (N months ago).
        yield return Latin(Approx($@"{EnglishNotSince}(?<![a-z])(?:since|from)\s+(?:(?:about|around|almost|nearly|over|like)\s+)?(?<n>{CountPattern})\s+(?<u>day|week|month|year)s?(?![a-z])(?!\s+(?:ago|back|before|later|after|of\s+(?:warranty|guarantee)))",
            (m, t) => Back(t, Count(Regex.Replace(m.Groups["n"].Value, @"\s+", " ")), m.Groups["u"].Value)));
        yield return Latin(Approx($@"(?<![a-z])before\s+(?:(?:about|around|almost|nearly|like)\s+)?(?<n>{CountPattern})\s+(?<u>day|week|month|year)s?(?![a-z])",
            (m, t) => Back(t, Count(Regex.Replace(m.Groups["n"].Value, @"\s+", " ")), m.Groups["u"].Value)));

        // A bare duration hedged as a clause of its own, the answer to "when did it start?" (round 78): "maybe two or three weeks,
        // not sure", "about 10 days", "its been weak for ages, 3 or 4 months maybe?". Of a range, the larger (like 两三周). Years
        // said bare are the product's age ("it's getting old now, a few years"), never a start.
        yield return Latin(Approx($@"(?:^|(?<=[,;:!?.]\s*)|(?<=(?<![a-z])(?:ages|a\s+while|a\s+long\s+time),?\s+))(?:(?:it'?s\s+been|it\s+has\s+been|been|about|around|roughly|maybe|probably|perhaps|like|approx(?:imately)?|nearly|almost|over|just\s+over|more\s+than|at\s+least|a\s+good|i\s+think|i'?d\s+say|erm|um|hmm)\s+)*(?<n>{CountPattern})(?:\s*(?:or|to|-)\s*(?<m>{CountPattern}))?\s+(?<u>day|week|month)s?(?![a-z])(?=\s*(?:(?:maybe|or\s+so|i\s+think|probably|now|already|roughly|-?ish|i'?d\s+say|i\s+guess|not\s+sure|tops|at\s+most|give\s+or\s+take)\s*)*(?:[?.!,;]|$))",
            (m, t) => Back(t, Count(Regex.Replace((m.Groups["m"].Success ? m.Groups["m"] : m.Groups["n"]).Value, @"\s+", " ")), m.Groups["u"].Value)));

        // "最近两个礼拜", "近三天", "最近这两周一直漏水": over the last N days, weeks or months, so it began about then.
        yield return Chinese(Approx($@"(?:最近|近)\s*(?:这)?\s*(?<n>{Count})\s*个?\s*(?<u>天|日|周|星期|礼拜|月)(?:以来|来|里|内)?",
            (m, t) => CountOf(m.Groups["n"]) is var n and > 0 ? BackByUnit(t, n, m.Groups["u"].Value) : null));
        // "这两周慢慢变淡的", "这三个礼拜时好时坏" (round 100), "这一个礼拜越来越淡" (round 109, the 一 written out): these N weeks or months up to today, so it began that long ago; never
        // "这两周内能修好吗" (within the coming two weeks).
        yield return Chinese(Approx($@"(?<![上下本近最])这\s*(?<n>{Count})\s*个?\s*(?<u>周|星期|礼拜|月)(?!\s*(?:内|之内|以内|里能|能|会|要|前|后|以后|之后))",
            (m, t) => CountOf(m.Groups["n"]) is var n && (n > 1 || n == 1 && m.Groups["n"].Value == "一") ? BackByUnit(t, n, m.Groups["u"].Value) : null));
        // Formal letters (round 24): "近半个月来", "近十来天".
        yield return Chinese(Approx(@"(?:最近|近)\s*(?:这)?\s*半\s*个?\s*月(?:以来|来|里|内)?", (_, t) => t.AddDays(-15)));
        yield return Chinese(Approx(@"(?:最近|近)\s*(?:这)?\s*(?<n>十|二十)\s*来\s*(?:天|日)(?:以来|来|里|内)?", (m, t) => t.AddDays(m.Groups["n"].Value == "十" ? -10 : -20)));
        yield return Chinese(Approx("前两天|前俩天|这两天|这俩天|最近两天", (_, t) => t.AddDays(-2)));
        yield return Chinese(Approx("这几天|最近几天|这些天", (_, t) => t.AddDays(-3)));
        // "this week" / 这周 / 本周 as a start: its Monday (today when today is Monday).
        yield return LatinOrChinese(Approx(@"(?<![a-z])(?:since|earlier|from|started|began|start)\s+(?:earlier\s+)?this\s+week(?![a-z])|^\s*this\s+week\s*[.!]*\s*$|(?<![上下])(?:这周|本周|这个星期|这个礼拜|这礼拜|这星期)(?=(?:才|刚|就)?(?:开始|起|以来)|[。.!！]?\s*$)",
            (_, t) => t.AddDays(-(((int)t.DayOfWeek + 6) % 7))));
        yield return Chinese(Approx("前(?:几|些)[天日]", (_, t) => t.AddDays(-3)));
        yield return Chinese(Approx("(?:好)?几\\s*[天日](?:前|之前|以前)", (_, t) => t.AddDays(-3)));
        yield return Chinese(Approx("(?:好)?几\\s*个?\\s*(?:周|星期|礼拜)(?:前|之前|以前)", (_, t) => t.AddDays(-21)));
        yield return Chinese(Approx("(?:好)?几\\s*个\\s*多?月(?:前|之前|以前)", (_, t) => t.AddMonths(-3)));
        yield return Chinese(Approx("上个?(?:周末|星期末|礼拜末)", (_, t) => LastWeeksSaturday(t)));

        // A bare duration hedged as a guess, the answer to "when did it start?" (round 42): 大概十天, 差不多两个礼拜, 十天左右,
        // 这一个多礼拜; never 用了十天 (how long it was used).
        yield return Chinese(Approx($@"{ChineseNotSince}(?:(?<=^|[\s，,。.!！;；])(?:这|有|大概|大约|差不多|将近|快|都)+\s*{ChineseCount}\s*(?:来|多)?\s*个?\s*多?\s*(?<u>天|日|周|星期|礼拜|月)(?:\s*(?:左右|吧|了|啦))*|{ChineseCount}\s*(?:来|多)?\s*个?\s*多?\s*(?<u>天|日|周|星期|礼拜|月)\s*左右)(?=$|[\s，,。.!！;；?？吧了])",
            (m, t) => Since(t, m, m.Groups["u"].Value switch { "天" or "日" => "day", "月" => "month", _ => "week" })));
        yield return Chinese(Approx($@"{ChineseNotSince}(?:已经|有|都)?\s*{ChineseCount}\s*(?:多|来)?\s*[天日]\s*多?了",
            (m, t) => Since(t, m, "day")));
        yield return Chinese(Approx($@"{ChineseNotSince}(?:已经|有|都)?\s*{ChineseCount}\s*个?\s*多?\s*(?:周|星期|礼拜)\s*多?了",
            (m, t) => Since(t, m, "week")));
        yield return Chinese(Approx($@"{ChineseNotSince}(?:已经|有|都)?\s*{ChineseCount}\s*个\s*多?\s*月\s*多?了",
            (m, t) => Since(t, m, "month")));
        yield return Chinese(Approx($@"{ChineseNotSince}(?:已经|有|都)?\s*{ChineseCount}\s*年\s*多?了",
            (m, t) => Since(t, m, "year")));
        yield return Chinese(Approx($@"{ChineseNotSince}(?:已经|有|都)?\s*半个\s*多?\s*月\s*多?了", (_, t) => t.AddDays(-15)));
        yield return Chinese(Approx($@"{ChineseNotSince}(?:已经|有|都)?\s*半\s*年\s*多?了", (_, t) => t.AddMonths(-6)));
    }

    /// <summary>The Saturday of the calendar week (Monday to Sunday) before this one.</summary>
    private static DateOnly LastWeeksSaturday(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 2);

    private static DateOnly? Since(DateOnly today, Match m, string unit)
    {
        var n = m.Groups["n"].Value is "几" or "好几" ? 3 : CountOf(m.Groups["n"]);
        return n < 1 ? null : Back(today, n, unit);
    }
}

using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>Chinese dates: 2025年3月14日, 二〇二五年三月十四日, 3月14号, 三月份, 今天, 昨天, 前天, 三天前, 上周, 上个月,
/// 三个月前, 半年前, 去年, 去年三月.</summary>
internal static partial class DateRecogniser
{
    private const string Num = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
    /// <summary>What a number before 号 names when it is no day: 3号线, 5号电池, 2号楼.</summary>
    private const string NumberedThing = "(?:楼|线|机|房|门|床|位|码|窗|库|店|台|键|口|桶|电池|档|球|车|仓|柜|灶|眼)";

    private const string Count = "(?:\\d{1,3}|[一二两三四五六七八九十百]{1,3})";

    /// <summary>The larger of two neighbouring numerals (五六 → 6, 两三 → 3), or null when they are a number (二十 is no range).</summary>
    private static int? NeighbourRange(Match m)
    {
        var a = Number(m.Groups["a"]);
        var b = Number(m.Groups["b"]);
        return a > 0 && b == a + 1 ? b : null;
    }

    private static DateOnly BackByUnit(DateOnly today, int n, string unit) => unit switch
    {
        "天" or "日" => today.AddDays(-n),
        "年" => today.AddYears(-n),
        _ when unit.Contains('月') => today.AddMonths(-n),
        _ => today.AddDays(-7 * n),
    };

    private static IEnumerable<Rule> ChineseRules()
    {
        yield return R($@"(?<y>\d{{4}}|\d{{2}}|[〇零○一二三四五六七八九]{{4}}|[〇零○一二三四五六七八九]{{2}})\s*年\s*(?<m>{Num})\s*月份?\s*(?:(?<d>{Num})\s*[日号])?", (m, _) =>
        {
            var year = Number(m.Groups["y"]);
            year = year < 100 ? 2000 + year : year;
            return Make(year, Number(m.Groups["m"]), m.Groups["d"].Success ? Number(m.Groups["d"]) : 1);
        });

        yield return R($@"(?<ry>今年|去年|前年)\s*(?<m>{Num})\s*月份?\s*(?:(?<d>{Num})\s*[日号])?", (m, t) =>
        {
            var year = t.Year - m.Groups["ry"].Value switch { "去年" => 1, "前年" => 2, _ => 0 };
            return Make(year, Number(m.Groups["m"]), m.Groups["d"].Success ? Number(m.Groups["d"]) : 1);
        });

        yield return R($@"(?<![\d年个上下本这每半])(?<m>{Num})\s*月\s*(?<d>{Num})\s*[日号]",
            (m, t) => PastDayOfMonth(t, Number(m.Groups["m"]), Number(m.Groups["d"])));
        yield return R($@"(?<![\d年个上下本这每半几])(?<m>{Num})\s*月份?(?!\s*(?:\d|[一二三四五六七八九十]|前|之前|以前))",
            (m, t) => PastMonth(t, Number(m.Groups["m"])));

        yield return R("今天|今早|今晚|今儿|今日|今天早上|今天晚上", (_, t) => t);
        yield return R("昨天|昨晚|昨日|昨儿|昨天晚上", (_, t) => t.AddDays(-1));
        yield return R("前天|前日", (_, t) => t.AddDays(-2));
        yield return R("大前天", (_, t) => t.AddDays(-3));

        // 五六天前, 两三周前, 七八个月前: two neighbouring numerals are a range (five or six days), not fifty-six.
        yield return new Rule(new Regex(@"(?<a>[一两二三四五六七八九])(?<b>[二三四五六七八九十])\s*(?<u>[天日]|个?\s*(?:周|星期|礼拜)|个\s*多?月|年)(?:前|之前|以前)", Options),
            (m, t) => NeighbourRange(m) is { } n ? BackByUnit(t, n, m.Groups["u"].Value) : null, _ => true);
        // 十来天前, 二十多天前, 两个来礼拜前 (round 45): about that many.
        yield return R($@"(?<n>{Count})\s*(?:来|多)?\s*[天日](?:前|之前|以前)", (m, t) => t.AddDays(-Number(m.Groups["n"])));
        yield return R($@"(?<n>{Count})\s*(?:来|多)?\s*个?\s*(?:来|多)?\s*(?:周|星期|礼拜)(?:前|之前|以前)", (m, t) => t.AddDays(-7 * Number(m.Groups["n"])));
        yield return R($@"(?<n>{Count})\s*个\s*多?月(?:前|之前|以前)", (m, t) => t.AddMonths(-Number(m.Groups["n"])));
        yield return R($@"(?<n>{Count})\s*年(?:前|之前|以前)", (m, t) => t.AddYears(-Number(m.Groups["n"])));
        // 一年零两个月前, 一年三个月以前 (round 43): years and months together.
        yield return R($@"(?<y>{Count})\s*年\s*(?:零|又)?\s*(?<n>{Count})\s*个\s*多?月(?:前|之前|以前)",
            (m, t) => t.AddYears(-Number(m.Groups["y"])).AddMonths(-Number(m.Groups["n"])));
        // 一个半月前 (45 days), 一年半以前: the half counts.
        yield return R($@"(?<n>{Count})\s*个\s*半\s*月(?:前|之前|以前)", (m, t) => t.AddMonths(-Number(m.Groups["n"])).AddDays(-15));
        yield return R($@"(?<n>{Count})\s*年半(?:前|之前|以前)", (m, t) => t.AddYears(-Number(m.Groups["n"])).AddMonths(-6));
        // 大半年: the greater part of a year, about eight months (not 半年, six).
        yield return R("大半年(?:前|之前|以前)", (_, t) => t.AddMonths(-8));
        yield return R("半年(?:前|之前|以前)", (_, t) => t.AddMonths(-6));
        yield return R("半个月(?:前|之前|以前)", (_, t) => t.AddDays(-15));

        yield return R("上周|上星期|上个星期|上礼拜|上个礼拜|上个周", (_, t) => t.AddDays(-7));
        yield return R("上上个?(?:周|星期|礼拜)", (_, t) => t.AddDays(-14));
        yield return R("(?:上周|上星期|上个星期|上礼拜|上个礼拜|上个周)(?<w>[一二三四五六日天])", (m, t) =>
        {
            var monday = t.AddDays(-(((int)t.DayOfWeek + 6) % 7));
            var offset = m.Groups["w"].Value is "日" or "天" ? 6 : Number(m.Groups["w"]) - 1;
            return monday.AddDays(-7 + offset);
        });
        yield return R("上个月|上月", (_, t) => t.AddMonths(-1));
        foreach (var rule in PartOfMonthRules())
            yield return rule;
        // 25号: the latest 25th not after today. Not 3号线, 5号电池, 2号楼…
        yield return R($@"(?<![\d月])(?<d>{Num})\s*号(?!\s*{NumberedThing})",
            (m, t) => PastDayNumber(t, Number(m.Groups["d"])));
        yield return R("上上个月|上上月", (_, t) => t.AddMonths(-2));
        yield return R("去年", (_, t) => t.AddYears(-1));
        yield return R("前年", (_, t) => t.AddYears(-2));
    }
}

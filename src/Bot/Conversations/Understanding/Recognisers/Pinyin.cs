using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Chinese typed as pinyin without tones, as people do on a phone without the Chinese keyboard: a short answer customers
/// type that way ("dui", "shi de", "meiyou"), or a sentence of at least three words that all split into pinyin syllables,
/// half of them with something English words rarely have (x, q, zh, ch, sh, ai, ao, ui, ian, uan, ang, ing, ong…) and
/// one at least with x, q, zh, ch or sh. "no one came", "done", "Finance Suite 8 single user" and "he can come on monday"
/// stay English. Typed with a Chinese browser locale, a third of the words with such a part is enough when one has a final English words almost never have (ao, uan, ian, uai, uo; round 11).
/// </summary>
internal static partial class Pinyin
{
    private static readonly HashSet<string> Answers =
    [
        "dui", "duide", "duia", "duiduidui", "duidui", "shi", "shide", "shia", "shideba", "hao", "haode", "haoba", "haodeba", "keyi", "keyia",
        "xing", "xingba", "en", "enen", "xiexie", "meiyou", "meiyoule", "mei", "bushi", "budui", "buyong", "buyongle", "buyao", "meile",
        "jiuzhexie", "zhuanrengong", "rengong",
    ];

    [GeneratedRegex(@"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|ve|a|o|e|i|u|v))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Syllables();

    [GeneratedRegex(@"x|q|zh|ch|sh|ai|ao|ei|ui|iu|ian|uan|ang|eng|ing|ong|ou", RegexOptions.CultureInvariant)]
    private static partial Regex Marked();

    /// <summary>Initials English words of pinyin shape rarely have ("finance suite single user" splits into syllables too).</summary>
    [GeneratedRegex(@"x|q|zh|ch|sh", RegexOptions.CultureInvariant)]
    private static partial Regex Strong();

    /// <summary>Finals English words almost never have ("Finance Suite 8 single user" has none).</summary>
    [GeneratedRegex(@"ao|uan|ian|uai|uo", RegexOptions.CultureInvariant)]
    private static partial Regex PinyinOnly();

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>
    /// After-sales words a learner or a phone without the Chinese keyboard types as pinyin inside a Chinese message (round 174:
    /// 我想 tui kuan, 外面的 shifu 修过, 我觉得是 mofen 没有了): read as the characters they stand for. The text keeps its length
    /// (the characters, then spaces), so spans still hold; a space between the characters before and the word goes with it.
    /// </summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["tuikuan"] = "退款", ["tuihuo"] = "退货", ["tuiqian"] = "退钱", ["huanhuo"] = "换货", ["huanxinde"] = "换新的", ["huanyigexinde"] = "换一个新的",
        ["huanyitaixinde"] = "换一台新的", ["weixiu"] = "维修", ["xiuli"] = "修理", ["shifu"] = "师傅", ["mofen"] = "墨粉", ["moshui"] = "墨水",
        ["loushui"] = "漏水", ["meiqi"] = "煤气", ["ranqi"] = "燃气", ["meiqiwei"] = "煤气味", ["dianya"] = "电压", ["jinshui"] = "进水",
        ["chaikai"] = "拆开", ["dakai"] = "打开", ["miele"] = "灭了", ["dianhua"] = "电话", ["rengong"] = "人工", ["kefu"] = "客服",
        ["baoxiu"] = "保修", ["fapiao"] = "发票", ["kazhi"] = "卡纸", ["huaile"] = "坏了", ["zaoyin"] = "噪音", ["dianhuo"] = "点火",
        ["dianbuzhao"] = "点不着", ["bujiare"] = "不加热", ["mie"] = "灭",
    };

    [GeneratedRegex(@"(?<![a-z])(?:tui\s?kuan|tui\s?huo|tui\s?qian|huan\s?huo|huan\s?(?:yi\s?(?:ge|tai)\s?)?xin\s?de|wei\s?xiu|xiu\s?li|shi\s?fu|mo\s?fen|mo\s?shui|lou\s?shui|mei\s?qi(?:\s?wei)?|ran\s?qi|dian\s?ya|jin\s?shui|chai\s?kai|da\s?kai|mie(?:\s?le)?|dian\s?hua|ren\s?gong|ke\s?fu|bao\s?xiu|fa\s?piao|ka\s?zhi|huai\s?le|zao\s?yin|dian\s?huo|dian\s?bu\s?zhao|bu\s?jia\s?re)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Word_();

    public static string InChinese(string folded)
    {
        if (!folded.Any(Text.UtteranceText.IsCjk) || !Word_().IsMatch(folded)) return folded;
        var buffer = folded.ToCharArray();
        foreach (Match m in Word_().Matches(folded))
        {
            if (!Words.TryGetValue(m.Value.Replace(" ", "", StringComparison.Ordinal), out var hanzi)) continue;
            var from = m.Index;
            // "外面的 shifu 修过": the space after a character goes with the word, so 外面的师傅 reads as one phrase.
            if (from > 0 && folded[from - 1] == ' ' && from > 1 && Text.UtteranceText.IsCjk(folded[from - 2])) from--;
            var length = m.Index + m.Length - from;
            for (var i = 0; i < length; i++) buffer[from + i] = i < hanzi.Length ? hanzi[i] : ' ';
        }
        return new string(buffer);
    }

    public static bool IsPinyin(string text, bool chineseLocale = false)
    {
        var lower = text.ToLowerInvariant();
        var words = Word().Matches(lower).Select(m => m.Value).ToList();
        if (words.Count == 0) return false;
        if (Answers.Contains(string.Concat(words))) return true;
        if (words.Count < 3 || !words.All(w => Syllables().IsMatch(w))) return false;
        var marked = words.Count(w => Marked().IsMatch(w));
        // With the browser set to Chinese, a third is enough and no x, q, zh, ch or sh is needed ("diannao ruanjian kai bu liao").
        return marked * 2 >= words.Count && words.Any(w => Strong().IsMatch(w)) || chineseLocale && marked * 3 >= words.Count && words.Any(w => PinyinOnly().IsMatch(w));
    }
}

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

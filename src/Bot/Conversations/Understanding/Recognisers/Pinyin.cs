using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Chinese typed as pinyin without tones, as people do on a phone without the Chinese keyboard: a short answer customers
/// type that way ("dui", "shi de", "meiyou"), or a sentence of at least three words that all split into pinyin syllables,
/// half of them with something English words rarely have (x, q, zh, ch, sh, ai, ao, ui, ian, uan, ang, ing, ong…) and
/// one at least with x, q, zh, ch or sh. "no one came", "done", "Finance Suite 8 single user" and "he can come on monday"
/// stay English.
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

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static bool IsPinyin(string text)
    {
        var lower = text.ToLowerInvariant();
        var words = Word().Matches(lower).Select(m => m.Value).ToList();
        if (words.Count == 0) return false;
        if (Answers.Contains(string.Concat(words))) return true;
        return words.Count >= 3 && words.All(w => Syllables().IsMatch(w)) && words.Count(w => Marked().IsMatch(w)) * 2 >= words.Count
               && words.Any(w => Strong().IsMatch(w));
    }
}

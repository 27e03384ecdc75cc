using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The answer to "was the problem solved?": a yes or no, the follow-up buttons, or words that say it ("it works
/// now", "还是不行"). "Not solved" is looked for first, as it contains "solved".</summary>
internal static class SolvedAnswer
{
    private static readonly string[] NotSolved =
    [
        "not solved", "not fixed", "not resolved", "not working", "doesn't work", "doesnt work", "does not work", "still broken",
        "still not", "still doesn", "still the same", "same problem", "happened again", "broken again", "not really",
        "没解决", "没有解决", "未解决", "没修好", "没有修好", "还是不行", "还是坏", "还是有问题", "又坏了", "不行", "没好", "还没好",
    ];

    private static readonly string[] Solved =
    [
        "solved", "fixed", "resolved", "works", "working", "all good", "fine now", "no problem",
        "解决了", "已解决", "修好了", "好了", "没问题", "正常了", "可以了",
    ];

    /// <summary>True for solved, false for not solved, null when the message says neither.</summary>
    public static bool? Read(string text, Intent intent, string solvedButton, string notSolvedButton)
    {
        var t = text.Trim();
        if (t == notSolvedButton) return false;
        if (t == solvedButton) return true;
        var lower = t.ToLowerInvariant().Replace('’', '\'');
        if (NotSolved.Any(w => lower.Contains(w, StringComparison.Ordinal))) return false;
        if (intent == Intent.No) return false;
        if (intent == Intent.Yes || Solved.Any(w => lower.Contains(w, StringComparison.Ordinal))) return true;
        return null;
    }
}

using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// A customer's message as the conversation keeps and reads it: trimmed, and Chinese typed one character at a time with a
/// space between ("我 家 的 热 水 器 不 出 热 水 了", as some phone keyboards and elderly customers do) joined again, so
/// the words are found and the restatement quotes them as written. Spaces between Latin words and digits stay.
/// </summary>
public static partial class CustomerText
{
    public static string Normalise(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length < 3 || !TypedCharacterByCharacter(trimmed) ? trimmed : SpaceBetweenChinese().Replace(trimmed, "");
    }

    /// <summary>
    /// Most Chinese pieces are single characters ("我 家 的 热 水 器 漏 水"): typed one at a time. A space between Chinese
    /// clauses is punctuation in chat ("对 是这样", "打不着火了 咋整嘛") and stays, or "对 是这样" would be no "yes".
    /// </summary>
    private static bool TypedCharacterByCharacter(string text)
    {
        var pieces = text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries).Where(p => p.Any(UtteranceText.IsCjk)).ToList();
        var singles = pieces.Count(p => p.Length == 1);
        return singles >= 3 && singles * 2 >= pieces.Count;
    }

    /// <summary>Spaces with a Chinese character or Chinese punctuation on both sides.</summary>
    [GeneratedRegex(@"(?<=[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])[ \t\u3000]+(?=[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBetweenChinese();
}

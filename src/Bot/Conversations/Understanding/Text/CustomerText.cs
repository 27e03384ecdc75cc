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
        return trimmed.Length < 3 ? trimmed : SpaceBetweenChinese().Replace(trimmed, "");
    }

    /// <summary>Spaces with a Chinese character or Chinese punctuation on both sides.</summary>
    [GeneratedRegex(@"(?<=[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])[ \t\u3000]+(?=[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBetweenChinese();
}

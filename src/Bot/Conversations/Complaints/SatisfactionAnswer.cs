using System.Text.Json;
using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>A satisfaction rating, 1 (very dissatisfied) to 5 (very satisfied), with an optional comment.</summary>
public sealed record Satisfaction(int Rating, string? Comment);

/// <summary>
/// Reads the survey: the card's submit, or a typed answer — a digit ("4", "5 great service", "４"), a Chinese numeral
/// ("四", "4分", "五星") or words ("非常满意", "very satisfied"). What is left beside the rating is the comment.
/// </summary>
internal static partial class SatisfactionAnswer
{
    /// <summary>Longest first, so "非常不满意" is not read as "满意" and "very dissatisfied" not as "satisfied".</summary>
    private static readonly (string Words, int Rating)[] Phrases =
    [
        ("非常不满意", 1), ("很不满意", 1), ("very dissatisfied", 1), ("very unsatisfied", 1), ("terrible", 1), ("awful", 1),
        ("不太满意", 2), ("不满意", 2), ("dissatisfied", 2), ("unsatisfied", 2), ("not satisfied", 2), ("poor", 2), ("bad", 2),
        ("非常满意", 5), ("很满意", 5), ("十分满意", 5), ("very satisfied", 5), ("excellent", 5), ("perfect", 5), ("very good", 5),
        ("比较满意", 4), ("满意", 4), ("satisfied", 4), ("good", 4),
        ("一般", 3), ("还行", 3), ("还可以", 3), ("okay", 3), ("average", 3), ("ok", 3),
    ];

    private const string ChineseDigits = "一二三四五";

    public static Satisfaction? Read(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return null;
        if (Digit().Match(t) is { Success: true } digit)
            return new(digit.Groups["n"].Value[0] - (digit.Groups["n"].Value[0] >= '１' ? '０' : '0'), Comment(t, digit));
        if (Numeral().Match(t) is { Success: true } numeral)
            return new(ChineseDigits.IndexOf(numeral.Groups["n"].Value[0], StringComparison.Ordinal) + 1, Comment(t, numeral));
        var lower = t.ToLowerInvariant();
        foreach (var (words, rating) in Phrases)
        {
            var at = words.All(char.IsAscii) ? WordAt(lower, words) : lower.IndexOf(words, StringComparison.Ordinal);
            if (at >= 0) return new(rating, CommentWithout(t, at, words.Length));
        }
        return null;
    }

    /// <summary>The survey card's submit: <c>{"action": "survey", "rating": "4", "comment": "…"}</c>.</summary>
    public static Satisfaction? ReadSubmit(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } v) return null;
        if (!v.TryGetProperty("action", out var action) || action.GetString() != SurveyCard.SubmitAction) return null;
        if (!v.TryGetProperty("rating", out var r) || !int.TryParse(r.ToString(), out var rating) || rating is < 1 or > 5) return null;
        var comment = v.TryGetProperty("comment", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()?.Trim() : null;
        return new(rating, string.IsNullOrEmpty(comment) ? null : comment);
    }

    private static int WordAt(string text, string words)
    {
        var m = Regex.Match(text, $@"(?<![a-z]){Regex.Escape(words)}(?![a-z])", RegexOptions.CultureInvariant);
        return m.Success ? m.Index : -1;
    }

    private static string? Comment(string text, Match rating) => CommentWithout(text, rating.Index, rating.Length);

    private static string? CommentWithout(string text, int at, int length)
    {
        var joined = Regex.Replace(text[..at].TrimEnd() + " " + text[(at + length)..].TrimStart(), @"\s+(?=[,，.。!！、])", "");
        var rest = Regex.Replace(joined, @"\s{2,}", " ").Trim(' ', ',', '，', '.', '。', '!', '！', '-', ':', '：', '/', '、');
        return rest.Length == 0 ? null : rest;
    }

    /// <summary>One digit 1–5 standing alone (not part of a longer number), with "/5", "分", "星", "stars" after it if given.</summary>
    [GeneratedRegex(@"(?<![0-9０-９])(?<n>[1-5１-５])(?![0-9０-９.])\s*(?:/\s*5|分|星|颗星|stars?|points?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Digit();

    /// <summary>A Chinese numeral one to five, alone or as "四分", "五星".</summary>
    [GeneratedRegex(@"^(?<n>[一二三四五])(?:分|星|颗星)?$|(?<n>[一二三四五])(?:分|星|颗星)")]
    private static partial Regex Numeral();
}

namespace AfterSalesBot.Bot.Transcripts;

/// <summary>LIKE patterns that match their text literally on both providers (escape character <c>\</c>).</summary>
internal static class LikePatterns
{
    public const string Escape = "\\";

    /// <summary><c>%text%</c> with LIKE's wildcards (and SQL Server's <c>[</c>) escaped.</summary>
    public static string Containing(string text)
    {
        var escaped = text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[");
        return "%" + escaped + "%";
    }

    /// <summary>The words of a search, each to be found on its own (Chinese is written without spaces, so a Chinese
    /// phrase is one word).</summary>
    public static IReadOnlyList<string> Words(string? words) =>
        string.IsNullOrWhiteSpace(words) ? [] : words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().Take(8).ToList();
}

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>Where a customer's clause ends: the commas, stops, marks and semicolons of both languages, and a new line.</summary>
internal static class Clauses
{
    public static readonly char[] Ends = ['，', ',', '。', '.', '!', '！', '?', '？', ';', '；', '\n'];

    /// <summary>Where a sentence ends: stops, marks and semicolons of both languages (commas do not end one).</summary>
    public static readonly char[] SentenceStops = ['.', '!', '?', '。', '！', '？', ';', '；'];

    /// <summary>Sentence stops and line breaks: where a typed sentence ends in a chat message.</summary>
    public static readonly char[] SentenceOrLineStops = [.. SentenceStops, '\n'];

    /// <summary>Where the sentence holding <paramref name="position"/> starts: just after the last stop before it.</summary>
    public static int SentenceStart(string folded, int position) =>
        folded.LastIndexOfAny(SentenceStops, Math.Max(0, position - 1)) + 1;

    /// <summary>The clauses of a text, trimmed, without empty ones: "修好了，又坏了" → "修好了", "又坏了".</summary>
    public static string[] Split(string text) =>
        text.Split(Ends, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

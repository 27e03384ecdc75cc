using System.Text;

namespace AfterSalesBot.Knowledge.Search;

/// <summary>A short window of a body around the first match of the best query word, or its opening.</summary>
internal static class Snippet
{
    public const int EnglishWidth = 160;
    public const int ChineseWidth = 60;

    public static string Cut(string body, string[] needles, int width)
    {
        if (body.Length == 0) return body;
        var at = -1;
        foreach (var needle in needles)
        {
            at = body.IndexOf(needle, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) break;
        }

        var start = at < 0 ? 0 : Math.Max(0, at - width / 4);
        if (start > 0)
        {
            // Start on a word for English; Chinese has no spaces and starts anywhere.
            var space = body.IndexOf(' ', start, Math.Min(20, at - start));
            if (space >= 0) start = space + 1;
        }

        var end = Math.Min(body.Length, start + width);
        if (end < body.Length)
        {
            var space = body.LastIndexOf(' ', end - 1, Math.Min(20, end - start));
            if (space > start) end = space;
        }

        var text = new StringBuilder(end - start + 2);
        if (start > 0) text.Append('…');
        foreach (var c in body.AsSpan(start, end - start))
            text.Append(char.IsWhiteSpace(c) ? ' ' : c);
        if (end < body.Length) text.Append('…');
        return text.ToString();
    }
}

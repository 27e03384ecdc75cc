using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// When the package (about a millisecond a call) cannot change the dates the interpreter keeps, it is not asked (ADR 0058):
/// <list type="bullet">
/// <item>One of our readings is the whole text and no word at either end of it is one the merge does not count ("昨天",
/// "last week", "上周一"; not "since monday", "yesterday." or "5号"). Every package reading lies inside the text, so it
/// has at most as many date words as ours (DateWordsLength never exceeds a span's length) and loses the tie to ours;
/// every other reading, ours or the package's, overlaps ours and is dropped. The merge returns what it returns without
/// the package.</item>
/// <item>The spans the interpreter has taken for something else (a phone, a serial, a product, an order number) cover
/// every character of the text but spaces and punctuation ("0113 496 0572", "财务软件9.0网络版", "JQ5 2403 0650"). The
/// interpreter drops every reading that overlaps a taken span, and a reading made of spaces and punctuation alone names
/// no day, so it keeps no date whatever the package reads. Only the merge's result before that drop differs, and no
/// caller sees it.</item>
/// </list>
/// Tried and dropped: not asking the package when our rules read nothing and every word that let the text past the
/// pre-check lies in a taken span. The package also reads words the pre-check has no entry for (最近 beside a product
/// name: "财务软件8.0单机版 最近慢得要死"), so two readings changed.
/// </summary>
internal static partial class DateRecogniser
{
    private static bool PackageCannotChange(UtteranceText text, List<Hit<DateReading>> ours, IReadOnlyList<TextSpan> taken)
    {
        var folded = text.Folded;
        if (taken.Count > 0 && NothingButSpacesOutside(folded, taken))
            return true;
        foreach (var hit in ours)
        {
            if (hit.Span.Start == 0 && hit.Span.Length == folded.Length)
                return DateWordsLength(folded) == folded.Length && !NumberedThingAt(folded, hit.Span);
        }
        return false;
    }

    /// <summary>Whether every character of the text outside the spans is a space or punctuation.</summary>
    private static bool NothingButSpacesOutside(string folded, IReadOnlyList<TextSpan> spans)
    {
        for (var i = 0; i < folded.Length; i++)
        {
            if (!char.IsWhiteSpace(folded[i]) && !char.IsPunctuation(folded[i]) && !spans.Any(s => s.Start <= i && i < s.End))
                return false;
        }
        return true;
    }
}

using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// When the package (about a millisecond a call) provably cannot change the merge, it is not asked (ADR 0058): one of our
/// readings is the whole text and no word at either end of it is one the merge does not count ("昨天", "last week",
/// "上周一"; not "since monday", "yesterday." or "5号"). Every package reading lies inside the text, so it has at most as
/// many date words as ours (DateWordsLength never exceeds a span's length) and loses the tie to ours; every other
/// reading, ours or the package's, overlaps ours and is dropped. So the merge returns what it returns without the package.
/// </summary>
internal static partial class DateRecogniser
{
    private static bool PackageCannotChange(UtteranceText text, List<Hit<DateReading>> ours)
    {
        var folded = text.Folded;
        foreach (var hit in ours)
        {
            if (hit.Span.Start == 0 && hit.Span.Length == folded.Length)
                return DateWordsLength(folded) == folded.Length && !NumberedThingAt(folded, hit.Span);
        }
        return false;
    }
}

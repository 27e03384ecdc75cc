using System.Globalization;
using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Dates read by Microsoft.Recognizers.Text.DateTime (ADR 0014), in the shape our rules return: Chinese when the text
/// holds a Chinese character, else English, against the customer's local today at noon. Of a past and a future reading
/// (the 25th, 11/28, Monday) the latest not after today is kept, else the earliest. A range is its start ("since the
/// weekend", September, 上上周), its middle when it is "mid-" (mid-November: the 15th) and its last day when it is "the
/// end of" one; one with only an end ("until a fortnight ago") is that end. A range longer than a day is approximate.
/// The current week, month or year as a whole ("fixed this week"), digits inside an identifier (AS-20261122-0007) and
/// years outside 1900–2200 are no dates either. Days after today stay: the complaint flow answers them ("tomorrow").
/// Times of day, repeats ("every day at 3pm"), "now" and durations are no dates: durations stay with our rules, which
/// tell a fault's start from a warranty, a wait or the product's age ("2 weeks warranty", 用了两年了).
/// </summary>
internal static partial class RecognizersDateRecogniser
{
    private static readonly Lazy<DateTimeModel> English = new(() => new DateTimeRecognizer(Culture.English, DateTimeOptions.None).GetDateTimeModel());
    private static readonly Lazy<DateTimeModel> Chinese = new(() => new DateTimeRecognizer(Culture.Chinese, DateTimeOptions.None).GetDateTimeModel());

    // 2,048 texts of at most 64 characters: under a megabyte, and room for a day's short answers (ADR 0032).
    private static readonly ShortTextReadings Kept = new(capacity: 2048, longestText: 64);

    public static List<Hit<DateReading>> Find(UtteranceText text, DateOnly today) =>
        MayHoldDate(text.Folded) ? Kept.GetOrRead(text, today, static (t, d) => Read(t, d)) : [];

    /// <summary>Forgets the kept readings: the interpreter bench times every pass as if its messages had not been seen.</summary>
    internal static void ForgetKeptReadings() => Kept.Clear();

    /// <summary>What the package reads, whether or not the pre-check would let the text through (for the gate's tests).</summary>
    internal static List<Hit<DateReading>> Read(UtteranceText text, DateOnly today)
    {
        var model = text.Folded.Any(UtteranceText.IsCjk) ? Chinese.Value : English.Value;
        var hits = new List<Hit<DateReading>>();
        foreach (var result in model.Parse(text.Folded, today.ToDateTime(new TimeOnly(12, 0))))
        {
            var span = new TextSpan(result.Start, result.End - result.Start + 1);
            if (span.Start >= 0 && span.End <= text.Folded.Length && !InsideIdentifier(text.Folded, span) && !AnAge(text.Folded, span)
                && Read(result, today) is { Date.Year: >= 1900 and <= 2200 } reading)
                hits.Add(new Hit<DateReading>(span, reading));
        }
        return hits;
    }

    /// <summary>
    /// Whether the text can hold a date at all: a digit, a month or weekday name, a word of relative time, or a Chinese
    /// character that every date expression has (天, 日, 号, 周, 月, 年, 礼拜, 星期, 节…). The package costs milliseconds a
    /// call; this costs microseconds, and most messages without a date never reach it. What only looks like one does not
    /// count (RecognizersDateRecogniser.Gate.cs): model, case and phone numbers, amounts, 型号, durations.
    /// </summary>
    public static bool MayHoldDate(string folded) => DatePrecheck().IsMatch(folded) && DatePrecheck().IsMatch(WithoutLookalikes(folded));

    private static DateReading? Read(ModelResult result, DateOnly today)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var values)
            || values is not IEnumerable<IReadOnlyDictionary<string, string>> readings)
            return null;
        var resolved = readings.Select(v => Resolve(v, today)).OfType<DateReading>().ToList();
        return resolved.Where(r => r.Date <= today).OrderByDescending(r => r.Date).Cast<DateReading?>().FirstOrDefault()
            ?? resolved.OrderBy(r => r.Date).Cast<DateReading?>().FirstOrDefault();
    }

    private static DateReading? Resolve(IReadOnlyDictionary<string, string> value, DateOnly today)
    {
        if (Field(value, "timex") is null or "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
            return null;
        var mod = Field(value, "Mod") ?? "";
        switch (Field(value, "type"))
        {
            case "date" or "datetime":
                return Day(Field(value, "value")) is { } day ? new DateReading(day, false) : null;
            case "daterange" or "datetimerange":
                var (start, end) = (Day(Field(value, "start")), Day(Field(value, "end")));
                if (start is { } from && end is { } to && mod.Length == 0 && Field(value, "type") == "daterange" && from <= today && today < to)
                    return null; // the current week, month or year as a whole ("fixed this week") is no day
                var wide = start is null || end is null ? Field(value, "sourceEntity") == "datetimerange" : end.Value.DayNumber - start.Value.DayNumber > 1;
                if (start is { } s && end is { } e && mod.Contains("mid", StringComparison.Ordinal))
                    return new DateReading(DateOnly.FromDayNumber((s.DayNumber + e.DayNumber) / 2), true);
                if (end is { } last && mod == "end" && Field(value, "type") == "daterange")
                    return new DateReading(last.AddDays(-1), true);
                if ((start ?? end) is { } first)
                    return new DateReading(first, wide || mod.Contains("approx", StringComparison.Ordinal));
                return null;
            default:
                return null; // time, timerange, set, duration
        }
    }

    /// <summary>"she's in her 80s", "he's in his early seventies" (round 70 hold-out: the package read 1980, and the problem
    /// "started" before the sale): a person's age, never a decade.</summary>
    private static bool AnAge(string folded, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 24);
        return Age().IsMatch(folded.AsSpan(from, span.End - from));
    }

    [GeneratedRegex(@"(?<![a-z])in\s+(?:his|her|their|my|your|our)\s+(?:(?:early|late|mid)[\s-]+)?(?:\d0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    /// <summary>AS-20261122-0007, SO-20261015-3321: digits glued to letters, digits or a hyphen are an identifier's.</summary>
    private static bool InsideIdentifier(string folded, TextSpan span)
    {
        var before = span.Start > 0 ? folded[span.Start - 1] : ' ';
        var after = span.End < folded.Length ? folded[span.End] : ' ';
        return char.IsAsciiDigit(folded[span.Start]) && (char.IsAsciiLetterOrDigit(before) || before == '-' && span.Start > 1 && char.IsAsciiLetterOrDigit(folded[span.Start - 2]))
            || char.IsAsciiDigit(folded[span.End - 1]) && (char.IsAsciiLetterOrDigit(after) || after == '-' && span.End + 1 < folded.Length && char.IsAsciiDigit(folded[span.End + 1]));
    }

    private static string? Field(IReadOnlyDictionary<string, string> value, string key) => value.TryGetValue(key, out var v) ? v : null;

    /// <summary>The day of "2026-11-19" or "2026-11-19 16:00:00"; null for "not resolved".</summary>
    private static DateOnly? Day(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    [GeneratedRegex(@"\d|[昨今天日号周月年节]|礼拜|星期|五一|元旦|(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|ago|since|last|week|month|year|fortnight|morning|afternoon|evening|night|christmas|easter|thanksgiving|black friday)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DatePrecheck();
}

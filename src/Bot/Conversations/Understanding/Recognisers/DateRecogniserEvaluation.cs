using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>One way of reading dates: our rules, the package, or both merged.</summary>
internal delegate List<Hit<DateReading>> DateReader(UtteranceText text, DateOnly today);

/// <summary>An utterance and the days it means, read on the customer's <see cref="Today"/>.</summary>
internal sealed record LabelledDates(string Text, DateOnly Today, IReadOnlyList<DateOnly> Dates);

/// <summary>How one date reader did on a labelled set: days found right, wrong and missed, and the time per call.</summary>
internal sealed record DateReaderReport(string Reader, int Utterances, EntityScore Score, TimeSpan Elapsed, IReadOnlyList<string> Misses)
{
    public int UtterancesRight => Utterances - Misses.Count;

    public double MillisecondsPerCall => Elapsed.TotalMilliseconds / Math.Max(1, Utterances);
}

/// <summary>
/// Scores date readers on labelled dates (each day is one item, as <see cref="FactItems"/> counts dates): the date set
/// <c>dates.json</c> (<c>now</c>, <c>timeZone</c>, utterances with <c>text</c>, <c>dates</c> and an optional local
/// <c>today</c>), or the dates of the interpreter's labelled set.
/// </summary>
internal static class DateRecogniserEvaluation
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<LabelledDates> Load(string path)
    {
        var file = JsonSerializer.Deserialize<FileDto>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path}: empty date set");
        var today = DateRecogniser.LocalToday(file.Now, TimeZoneInfo.FindSystemTimeZoneById(file.TimeZone));
        return file.Utterances.Select(u => new LabelledDates(u.Text, u.Today ?? today, u.Dates ?? [])).ToList();
    }

    public static IReadOnlyList<LabelledDates> From(LabelledUtteranceSet set)
    {
        var today = DateRecogniser.LocalToday(set.Now, set.TimeZone);
        return set.Utterances.Select(u => new LabelledDates(u.Text, today, u.Expected.Dates.Select(d => d.Date).ToList())).ToList();
    }

    public static DateReaderReport Run(string name, DateReader reader, IReadOnlyList<LabelledDates> set)
    {
        var texts = set.Select(u => new UtteranceText(u.Text)).ToList();
        var score = EntityScore.Zero;
        var misses = new List<string>();
        var clock = Stopwatch.StartNew();
        var found = set.Select((u, i) => reader(texts[i], u.Today)).ToList();
        clock.Stop();
        for (var i = 0; i < set.Count; i++)
        {
            var expected = set[i].Dates.Select(Iso).ToHashSet();
            var actual = found[i].Select(h => Iso(h.Value.Date)).ToHashSet();
            var right = actual.Count(expected.Contains);
            score += new EntityScore(right, actual.Count - right, expected.Count - right);
            if (!actual.SetEquals(expected))
                misses.Add($"“{set[i].Text}” (today {Iso(set[i].Today)}): [{string.Join(", ", actual)}], expected [{string.Join(", ", expected)}]");
        }
        return new DateReaderReport(name, set.Count, score, clock.Elapsed, misses);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record FileDto(DateTimeOffset Now, string TimeZone, List<UtteranceDto> Utterances);

    private sealed record UtteranceDto(string Text, List<DateOnly>? Dates, DateOnly? Today);
}

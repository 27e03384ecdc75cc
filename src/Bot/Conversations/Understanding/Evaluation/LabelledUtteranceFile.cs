using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

/// <summary>
/// Reads a labelled set: a header with <c>now</c> (an ISO instant) and <c>timeZone</c> (an IANA id), then
/// <c>utterances</c>, each with <c>text</c>, <c>intent</c> and only the facts present (models, serial, order, case (a case number), dates as
/// ISO days, phone, email, symptoms, causes {code: bool}, wants, amount, anger, urgent, hazard, and optionally
/// locale and language). A fact left out is expected to be absent.
/// </summary>
public static class LabelledUtteranceFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static LabelledUtteranceSet Load(string path)
    {
        var file = JsonSerializer.Deserialize<FileDto>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path}: empty labelled set");
        var utterances = file.Utterances.Select((u, i) => new LabelledUtterance(u.Text, u.Locale, u.ToInterpretation(i))).ToList();
        return new LabelledUtteranceSet(path, file.Now, TimeZoneInfo.FindSystemTimeZoneById(file.TimeZone), utterances);
    }

    private sealed record FileDto(DateTimeOffset Now, string TimeZone, List<UtteranceDto> Utterances);

    private sealed record UtteranceDto(
        string Text, string? Locale, Intent Intent, string? Language, List<string>? Models, string? Serial, string? Order, string? Case,
        List<DateOnly>? Dates, string? Phone, string? Email, List<string>? Symptoms, Dictionary<string, bool>? Causes,
        DesiredOutcome? Wants, decimal? Amount, int? Anger, bool? Urgent, SafetyHazard? Hazard)
    {
        public Interpretation ToInterpretation(int index) => new()
        {
            Intent = Intent,
            Language = Language ?? (Text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? "zh" : "en"),
            Models = Models ?? [],
            Serial = Serial,
            OrderNumber = Order,
            CaseNumber = Case,
            Dates = (Dates ?? []).Select(d => new DateMention(d, $"#{index}")).ToList(),
            Phone = Phone,
            Email = Email,
            Symptoms = Symptoms ?? [],
            Causes = Causes ?? [],
            Wants = Wants,
            AmountAsked = Amount,
            Anger = Anger ?? 0,
            Urgent = Urgent ?? false,
            Hazard = Hazard,
        };
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace AfterSalesBot.Bot.Language.Understanding;

/// <summary>
/// What the model read in one message, in the shape of <see cref="ReadingSchema"/> (snake_case JSON). Only a
/// candidate: <see cref="InterpretationMerge"/> decides what of it the conversation may use.
/// </summary>
public sealed record ModelReading
{
    public string Intent { get; init; } = "statement";
    public IReadOnlyList<ModelFact> Models { get; init; } = [];
    public string? Serial { get; init; }
    public string? OrderNumber { get; init; }
    public IReadOnlyList<ModelDate> Dates { get; init; } = [];
    public IReadOnlyList<ModelFact> Symptoms { get; init; } = [];
    public IReadOnlyList<ModelCause> Causes { get; init; } = [];
    public string? Wants { get; init; }
    public decimal? Amount { get; init; }
    public int Anger { get; init; }
    public bool Urgent { get; init; }
    public string? Hazard { get; init; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <summary>The reading, or null when the text is not the JSON the schema asks for.</summary>
    public static ModelReading? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return null;
        var json = content.Trim();
        // Some compatible servers wrap JSON in a Markdown fence even when asked for a schema.
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            var start = json.IndexOf('\n');
            var end = json.LastIndexOf("```", StringComparison.Ordinal);
            if (start < 0 || end <= start) return null;
            json = json[(start + 1)..end];
        }
        try
        {
            var reading = JsonSerializer.Deserialize<ModelReading>(json, Json);
            return reading is { Intent: not null, Models: not null, Dates: not null, Symptoms: not null, Causes: not null } ? reading : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <param name="Date">yyyy-MM-dd, resolved by the model against the date it was given.</param>
public sealed record ModelDate(string Text, string Date);

/// <param name="Quote">The words of the message the cause was read from (see <see cref="FactGrounding"/>).</param>
public sealed record ModelCause(string Code, bool Happened, string? Quote = null);

using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Language.Understanding;

/// <summary>
/// Puts what the model read together with what the rules read. The rules win wherever they found something; the
/// model only fills gaps, and only with values the deterministic code can check: a model from the catalogue, an
/// identifier the customer actually typed, a date that is not in the future, a code from the vocabulary. Never from
/// the model: a symptom, cause or product the customer's text does not ground (<see cref="FactGrounding"/>), anything
/// from a message that talks to the system (<see cref="InstructionLikeText"/>), denials of a cause (only admissions count), yes/no/cancel/start over (they commit or discard things), urgency and hazards (they set a case's
/// priority), anger above "upset", contacts (masked before sending) and the language (the channel's).
/// </summary>
public static class InterpretationMerge
{
    /// <summary>Intents the model may add when the rules heard only a statement: none of them commits anything.</summary>
    private static readonly Dictionary<string, Intent> OpenIntents = new(StringComparer.Ordinal)
    {
        ["complaint"] = Intent.Complaint,
        ["warranty_question"] = Intent.WarrantyQuestion,
        ["status"] = Intent.Status,
        ["human"] = Intent.Human,
        ["help"] = Intent.Help,
        ["thanks"] = Intent.Thanks,
        ["greeting"] = Intent.Greeting,
    };

    private static readonly Dictionary<string, DesiredOutcome> Outcomes = new(StringComparer.Ordinal)
    {
        ["repair"] = DesiredOutcome.Repair,
        ["replacement"] = DesiredOutcome.Replacement,
        ["refund"] = DesiredOutcome.Refund,
        ["compensation"] = DesiredOutcome.Compensation,
        ["apology_only"] = DesiredOutcome.ApologyOnly,
    };

    public static Interpretation Merge(Interpretation rules, ModelReading? model, string text, InterpretationContext context)
    {
        // A message that talks to the system ("ignore previous instructions…", 系统：…) is read by the rules alone.
        if (model is null || InstructionLikeText.Matches(text)) return rules;
        var symptoms = rules.Symptoms
            .Concat(model.Symptoms.Where(s => ReadingSchema.SymptomCodes.Contains(s.Code) && FactGrounding.Symptom(s, text)).Select(s => s.Code))
            .Distinct()
            .ToList();
        var causes = new Dictionary<string, bool>(rules.Causes);
        // Only admissions ("I dropped it"): a denial from the model alone would argue an exclusion away for the customer.
        foreach (var cause in model.Causes.Where(c => c.Happened && ReadingSchema.Causes.Contains(c.Code) && FactGrounding.Cause(c, text)))
            causes.TryAdd(cause.Code, true);
        return rules with
        {
            Intent = rules.Intent == Intent.Statement && OpenIntents.TryGetValue(model.Intent, out var intent) ? intent : rules.Intent,
            Models = rules.Models.Count > 0 ? rules.Models : CatalogueModels(model.Models, context.Products, text),
            Serial = rules.Serial ?? Typed(model.Serial, text),
            OrderNumber = rules.OrderNumber ?? Typed(model.OrderNumber, text),
            Dates = rules.Dates.Count > 0 ? rules.Dates : SaneDates(model.Dates, context),
            Symptoms = symptoms,
            Causes = causes,
            Wants = rules.Wants ?? (model.Wants is { } wants && Outcomes.TryGetValue(wants, out var outcome) ? outcome : null),
            AmountAsked = rules.AmountAsked ?? TypedAmount(model.Amount, text),
            Anger = Math.Max(rules.Anger, Math.Clamp(model.Anger, 0, 1)),
        };
    }

    /// <summary>Catalogue models only, each named in the message (model number, catalogue name, or a quote of it).</summary>
    private static List<string> CatalogueModels(IReadOnlyList<ModelFact> named, IReadOnlyList<ProductName> products, string text)
    {
        static string Key(string model) => model.Replace("-", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        var known = products.GroupBy(p => Key(p.Model)).ToDictionary(g => g.Key, g => g.First());
        return [.. named
            .Select(m => known.GetValueOrDefault(Key(m.Code)) is { } product && FactGrounding.Product(m, product, text) ? product.Model : null)
            .OfType<string>()
            .Distinct()];
    }

    /// <summary>An identifier only when the customer typed it; its format is checked later like any other.</summary>
    private static string? Typed(string? value, string text)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: >= 4 and <= 40 } && text.Contains(trimmed, StringComparison.OrdinalIgnoreCase)
            ? trimmed.ToUpperInvariant()
            : null;
    }

    private static decimal? TypedAmount(decimal? amount, string text) =>
        amount is > 0 and < 10_000_000 && text.Contains(((decimal)amount).ToString("0.##", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            ? amount
            : null;

    /// <summary>Dates that parse, are not in the customer's future, and not absurdly old.</summary>
    private static List<DateMention> SaneDates(IReadOnlyList<ModelDate> dates, InterpretationContext context)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Now, context.TimeZone).DateTime);
        return [.. dates
            .Select(d => DateOnly.TryParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateMention(date, d.Text)
                : null)
            .OfType<DateMention>()
            .Where(d => d.Date <= today && d.Date >= today.AddYears(-30))];
    }
}

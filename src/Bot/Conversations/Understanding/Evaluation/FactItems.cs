using System.Globalization;

namespace AfterSalesBot.Bot.Conversations.Understanding.Evaluation;

/// <summary>
/// An interpretation as comparable items per kind of fact: each model, date, symptom and cause (with its polarity)
/// is one item; a single-valued fact is one item when present. Anger counts as "1" or "2", urgency only when true.
/// </summary>
public static class FactItems
{
    public static readonly string[] Kinds =
        ["models", "serial", "order", "case", "dates", "phone", "email", "symptoms", "causes", "wants", "amount", "anger", "urgent", "hazard"];

    public static IReadOnlyDictionary<string, HashSet<string>> Of(Interpretation i) => new Dictionary<string, HashSet<string>>
    {
        ["models"] = [.. i.Models],
        ["serial"] = One(i.Serial),
        ["order"] = One(i.OrderNumber),
        ["case"] = One(i.CaseNumber),
        ["dates"] = [.. i.Dates.Select(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))],
        ["phone"] = One(i.Phone),
        ["email"] = One(i.Email),
        ["symptoms"] = [.. i.Symptoms],
        ["causes"] = [.. i.Causes.Select(c => $"{c.Key}={(c.Value ? "yes" : "no")}")],
        ["wants"] = One(i.Wants?.ToString()),
        ["amount"] = One(i.AmountAsked?.ToString("0.##", CultureInfo.InvariantCulture)),
        ["anger"] = One(i.Anger > 0 ? i.Anger.ToString(CultureInfo.InvariantCulture) : null),
        ["urgent"] = One(i.Urgent ? "urgent" : null),
        ["hazard"] = One(i.Hazard?.ToString()),
    };

    private static HashSet<string> One(string? value) => value is null ? [] : [value];
}

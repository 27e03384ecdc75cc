using System.Runtime.CompilerServices;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding;

/// <summary>
/// Understands English and Chinese without a model: small recognisers over keyword lists (Vocabulary/) and
/// patterns. Pure and deterministic — the same text and context give the same interpretation — so one instance serves
/// every conversation at once; the readings of short messages are kept for the day (KeptInterpretations.cs).
/// </summary>
public sealed class RuleBasedInterpreter : IUtteranceInterpreter
{
    // The catalogue's list is one instance for many turns; its model numbers are built once per list, not per turn.
    private static readonly ConditionalWeakTable<IReadOnlyList<ProductName>, HashSet<string>> ModelNumbersByList = new();

    // 4,096 short messages: a few megabytes at most, and room for a day's repeated short answers (KeptInterpretations.cs).
    private static readonly KeptInterpretations Kept = new(capacity: 4096, longestText: 64);

    public Interpretation Interpret(string text, InterpretationContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        return Kept.GetOrRead(text, context, DateRecogniser.LocalToday(context.Now, context.TimeZone), static (t, c, d) => Read(t, c, d));
    }

    /// <summary>Forgets the kept readings, ours and the date package's: the interpreter bench times every pass as if its messages had not been seen.</summary>
    internal static void ForgetKeptReadings()
    {
        Kept.Clear();
        RecognizersDateRecogniser.ForgetKeptReadings();
    }

    private static Interpretation Read(string text, InterpretationContext context, DateOnly today)
    {
        var utterance = new UtteranceText(text);

        var email = ContactRecogniser.FindEmail(utterance);
        var phone = ContactRecogniser.FindPhone(utterance);
        var order = IdentifierRecogniser.FindOrderNumber(utterance);
        var caseNumber = IdentifierRecogniser.FindCaseNumber(utterance);
        var (models, productSpans) = ProductRecogniser.Find(utterance, context.Products);
        // A case number's digits are neither a date nor a phone: what it covers is taken.
        if (caseNumber is not null && phone is not null && phone.Value.Span.Overlaps(caseNumber.Value.Span)) phone = null;
        var taken = new[] { email?.Span, phone?.Span, order?.Span, caseNumber?.Span }.OfType<TextSpan>().Concat(productSpans).ToList();
        var serial = IdentifierRecogniser.FindSerial(utterance, taken, ModelNumbersByList.GetValue(context.Products, ModelNumbers));

        if (serial is not null)
            taken.Add(serial.Value.Span);
        var symptomHits = SymptomRecogniser.FindHits(utterance);
        var faultSpans = symptomHits.Select(h => h.Span).ToList();
        var roled = DateRecogniser.Find(utterance, today, taken)
            .Where(d => !taken.Any(t => t.Overlaps(d.Span)))
            .Select(d => (Hit: d, Role: DateRoleRecogniser.FindCued(utterance.Folded, d.Span, faultSpans)))
            .ToList();
        // "maybe 3 or 4 months ago? jamming since about five days" (round 115): a date in a sentence with no cue and no fault,
        // beside a start told with its cue or its fault, is not the start; what it dates is not said, so it is left out.
        var starts = roled.Where(d => d.Role.Role == DateRole.Start).Select(d => (d.Hit, Bare: DateRoleRecogniser.IsBare(utterance.Folded, d.Hit.Span, faultSpans))).ToList();
        if (starts.Any(d => d.Bare) && starts.Any(d => !d.Bare))
            roled.RemoveAll(d => starts.Any(s => s.Bare && s.Hit.Span == d.Hit.Span));
        var dates = roled
            .Select(d => new DateMention(d.Hit.Value.Date, utterance.OriginalAt(d.Hit.Span).Trim(), d.Hit.Value.Approximate,
                d.Role.Role, Uncued: !d.Role.Cued))
            .ToList();

        var repairedBefore = SymptomRecogniser.RepairedBefore(utterance, symptomHits);
        var symptoms = symptomHits.Select(h => h.Value).Distinct().Where(s => !repairedBefore.Contains(s)).ToList();
        var (causes, causeSpans, supplyNotKnown) = CauseRecogniser.Find(utterance);
        var (wants, amount, compensationToo) = OutcomeRecogniser.Find(utterance, causeSpans);
        if (wants is not (null or DesiredOutcome.Compensation) && IntentRecogniser.AsksHowARemedyGoes(utterance.Folded)) wants = null;
        var (consumable, consumableRuledOut) = ConsumableRecogniser.Read(utterance);
        // "how do i get hold of a replacement ink cartridge": buying a consumable, not a replacement of the product.
        // "btw do we order toner from you or the dealer? just asking" (round 40): where to buy one is a question, never the
        // fault; "墨粉快用完了，想问问墨粉怎么买" still names the toner running out in a clause of its own (round 16).
        if (consumable is not null && IntentRecogniser.AsksHowToBuy(utterance.Folded))
        {
            wants = null;
            if (!ConsumableOutsideABuyingQuestion(text)) consumable = null;
        }
        var hazard = HazardRecogniser.Find(utterance);
        var anger = SentimentRecogniser.Anger(utterance);

        var problemDescribed = symptoms.Count > 0 || hazard is not null || anger == 2;
        var intent = IntentRecogniser.Find(utterance, problemDescribed, wishNamed: wants is not null);
        // "财务软件9.0网络版 授权号… 前天开始特别卡 想请你们远程看一下 谢谢" (round 45): the thanks closes a complaint, it is not all
        // it says; "water heater JSQ-H16 showing E1, case number AS-... 3-something?" (round 44): an old case half remembered
        // beside a fault told is the complaint (the case cannot be looked up without its number anyway).
        if (intent == Intent.Thanks && (models.Count > 0 || serial is not null || dates.Count > 0 || wants is not null))
            intent = problemDescribed ? Intent.Complaint : Intent.Statement;
        // "先说清楚序列号拿去干嘛…算了 FS8-2603-LGYF" (round 133): "never mind" before the detail it then gives lets the question go,
        // never the complaint.
        if (intent == Intent.Cancel && (serial is not null || order is not null || phone is not null))
            intent = Intent.Statement;
        if (intent == Intent.Status && problemDescribed && caseNumber is null && models.Count > 0)
            intent = Intent.Complaint;

        return new Interpretation
        {
            Intent = intent,
            Language = LanguageDetector.Detect(text, context.ChannelLocale),
            HasLanguage = LanguageDetector.HasLanguage(text),
            Models = models,
            Serial = serial?.Value,
            OrderNumber = order?.Value,
            CaseNumber = caseNumber?.Value,
            Dates = dates,
            Phone = phone?.Value,
            Email = email?.Value,
            Symptoms = symptoms,
            RepairedBefore = repairedBefore,
            Causes = causes,
            ClaimsQualityFault = CauseRecogniser.ClaimsQualityFault(utterance),
            VoltageNotKnown = supplyNotKnown,
            WeatherOnly = (causes.GetValueOrDefault("FORCE_MAJEURE") || causes.GetValueOrDefault("VOLTAGE")) && CauseRecogniser.OnlyWeather(utterance),
            BackAfterOurRepairs = RecurrenceRecogniser.BackAfterOurRepairs(utterance.Folded),
            SameFaultAsOurRepairs = RecurrenceRecogniser.SameFaultAsOurRepairs(utterance.Folded),
            OurServiceFailed = ServiceFailureRecogniser.OurServiceFailed(utterance.Folded),
            Consumable = consumable,
            ConsumableRuledOut = consumableRuledOut,
            Wants = wants,
            AmountAsked = amount,
            CompensationToo = compensationToo,
            ExtensionAsked = OutcomeRecogniser.AsksForAnExtension(utterance.Folded),
            Anger = anger,
            Urgent = SentimentRecogniser.IsUrgent(utterance),
            Hazard = hazard,
        };
    }

    /// <summary>A clause that does not ask where or how to buy names the consumable as the problem.</summary>
    private static bool ConsumableOutsideABuyingQuestion(string text) =>
        Clauses.Split(text)
            .Select(clause => new UtteranceText(clause))
            .Any(clause => !IntentRecogniser.AsksHowToBuy(clause.Folded) && ConsumableRecogniser.Find(clause) is not null);

    private static HashSet<string> ModelNumbers(IReadOnlyList<ProductName> products) =>
        products.SelectMany(p => new[] { p.Model.ToLowerInvariant(), p.Model.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() })
            .ToHashSet();
}

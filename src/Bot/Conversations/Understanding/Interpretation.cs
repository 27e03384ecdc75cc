namespace AfterSalesBot.Bot.Conversations.Understanding;

public enum Intent
{
    /// <summary>Nothing recognisable beyond facts (an answer to a question, more detail).</summary>
    Statement,
    Complaint,
    Yes,
    No,
    Help,
    Cancel,
    StartOver,
    Human,
    Status,
    WarrantyQuestion,
    Thanks,
    Greeting,

    /// <summary>A question that is not about the warranty ("where is the serial number?"): answered from the articles.</summary>
    Question,

    /// <summary>Unhappy with the bot itself ("you're not listening", 听不懂人话).</summary>
    AboutTheBot,
}

/// <summary>Emergencies that stop the flow (DOMAIN.md: safety first).</summary>
public enum SafetyHazard
{
    Fire,
    Smoke,
    GasLeak,
    ElectricShock,
    Injury,
    Explosion,
}

/// <summary>What the customer wants, in the coverage decision's terms.</summary>
public enum DesiredOutcome
{
    Repair,
    Replacement,
    Refund,
    Compensation,
    ApologyOnly,
}

/// <summary>
/// A date the customer mentioned, resolved to their local calendar, with the words it came from. Approximate when the
/// words only give a rough day: a vague date (前几天, "the other day", "last weekend") or a duration counted back from
/// today ("for 2 weeks", 半个月了); the Understanding README lists the conventions.
/// </summary>
/// <param name="Uncued">No word in the date's own clause said what it is; the message around it chose the role. A start said
/// with its own cue ("about ten days ago the water started going lukewarm") wins over one that is only in the story.</param>
public sealed record DateMention(DateOnly Date, string Text, bool Approximate = false, DateRole Role = DateRole.Start, bool Uncued = false);

/// <summary>The fact a date belongs to (DateRoleRecogniser): only <see cref="Start"/> can be when the problem started.</summary>
public enum DateRole
{
    Start,
    Purchase,
    Installation,
    Repair,

    /// <summary>How long it worked or was used ("it worked for a few weeks"): no date of anything.</summary>
    Usage,

    /// <summary>When a warranty or its extension ran out ("the extended cover ran out most of a year ago", 延保半年前就到期了):
    /// the records know it; never the start of the fault.</summary>
    WarrantyEnd,
}

/// <summary>
/// What one message says. Facts that were not mentioned are null or empty, never guessed. Causes map an
/// exclusion code (USER_DAMAGE, VOLTAGE, MODIFICATION, UNAUTHORISED_REPAIR, DISASSEMBLY, FORCE_MAJEURE) to
/// true when the customer says it happened and false when they say it did not ("I never dropped it").
/// </summary>
public sealed record Interpretation
{
    public Intent Intent { get; init; } = Intent.Statement;

    /// <summary>"en" or "zh": the channel locale when it names one of ours, else the text's own language.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Whether the text itself shows its language; a serial or a phone number alone does not.</summary>
    public bool HasLanguage { get; init; }

    /// <summary>Models mentioned by model number, name or alias, most specific first.</summary>
    public IReadOnlyList<string> Models { get; init; } = [];

    public string? Serial { get; init; }
    public string? OrderNumber { get; init; }

    /// <summary>A case number the customer quoted (AS-yyyyMMdd-NNNN), as the desk writes it.</summary>
    public string? CaseNumber { get; init; }
    public IReadOnlyList<DateMention> Dates { get; init; } = [];
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Fault codes from the shared vocabulary (knowledge/demo/README.md): LEAK, NO_IGNITION, PAPER_JAM…</summary>
    public IReadOnlyList<string> Symptoms { get; init; } = [];

    /// <summary>Faults named only as what an earlier repair was for: the fault now only when no other is known.</summary>
    public IReadOnlyList<string> RepairedBefore { get; init; } = [];

    public IReadOnlyDictionary<string, bool> Causes { get; init; } = new Dictionary<string, bool>();

    /// <summary>Weather is named and no heavier force majeure ("it was the storm", "a surge in the thunderstorm"): beside a surge
    /// it is the surge's occasion (VOLTAGE), never force majeure itself.</summary>
    public bool WeatherOnly { get; init; }

    /// <summary>The supply said not to be known ("the power I honestly don't know", 电压稳不稳我说不上来) and not owned up to or
    /// denied here: the voltage stays open, for a person to weigh where it decides the verdict.</summary>
    public bool VoltageNotKnown { get; init; }

    /// <summary>The customer calls the fault a quality problem (质量问题): with a confirmed circumstance, a disputed cause.</summary>
    public bool ClaimsQualityFault { get; init; }

    /// <summary>Our repairs did not last: "your engineers fixed this twice and it's back", 你们来修过两回了又这样 (round 83). When
    /// no fault is named, the unit's repaired fault is the one that came back.</summary>
    public bool BackAfterOurRepairs { get; init; }

    /// <summary>…and says it is the same fault ("你们修过两次了!!同样的毛病"): the repaired fault is weighed beside any named now.</summary>
    public bool SameFaultAsOurRepairs { get; init; }

    /// <summary>Our own service failed the customer: an engineer booked who never came, a call-back promised that never came
    /// (ServiceFailureRecogniser, ADR 0071).</summary>
    public bool OurServiceFailed { get; init; }

    /// <summary>A consumable named as the problem (TONER, DRUM, INK, RIBBON, CARRIER), never a new or denied one.</summary>
    public string? Consumable { get; init; }

    /// <summary>A consumable named only to rule it out: "a brand new cartridge and it's the same, so it's not the ink", 换了新墨盒还是一样.</summary>
    public bool ConsumableRuledOut { get; init; }
    public DesiredOutcome? Wants { get; init; }
    public decimal? AmountAsked { get; init; }

    /// <summary>Money asked on top of the wish ("修好，还要赔偿损失"): a demand beside the remedy, not instead of it.</summary>
    public bool CompensationToo { get; init; }

    /// <summary>A longer warranty asked for ("another year on the warranty", 再给我延保一年): a supervisor's approval (DOMAIN.md §6),
    /// never an extension bought or asked about.</summary>
    public bool ExtensionAsked { get; init; }

    /// <summary>0 calm, 1 upset, 2 angry (shouting, insults, threats to complain publicly).</summary>
    public int Anger { get; init; }
    public bool Urgent { get; init; }
    public SafetyHazard? Hazard { get; init; }
}

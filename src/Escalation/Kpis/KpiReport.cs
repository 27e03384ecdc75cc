namespace AfterSalesBot.Escalation.Kpis;

/// <summary>
/// The service KPIs for a period (DOMAIN.md §8, §9): how many complaints, how many the bot settled, how fast people
/// answered and resolved, how often service levels were met, and where failures repeat.
/// </summary>
/// <param name="Complaints">Conversations started in the period that had a complaint.</param>
/// <param name="BotResolution">Agreed with the bot, never handed to a person, of the complaints.</param>
/// <param name="Escalation">Handed to a person, of the complaints.</param>
/// <param name="Agreement">Conversations that accepted an offer, of those that got one.</param>
/// <param name="FirstResponse">Escalated cases opened in the period: opened → first response by a person (or taken).</param>
/// <param name="Resolution">Cases opened in the period: opened → resolved.</param>
/// <param name="FirstResponseSla">Escalated cases answered within the first-response deadline, of those answered or past it.</param>
/// <param name="ResolutionSla">Cases resolved within the resolution deadline, of those resolved or past it.</param>
/// <param name="ReasonMix">Coverage reason code → complaints that cited it, most cited first.</param>
/// <param name="RepeatFailures">Per model, units with two or more repairs, one of them in the period.</param>
/// <param name="ReopenedCases">Per model, cases reopened in the period.</param>
/// <param name="Daily">Complaints per calendar day of the business time zone, every day of the period.</param>
/// <param name="LanguageModel">Conversations started in the period that used the optional language model, and their tokens.</param>
public sealed record KpiReport(
    KpiPeriod Period,
    DateTimeOffset At,
    int Complaints,
    Rate BotResolution,
    Rate Escalation,
    Rate Agreement,
    DurationStats FirstResponse,
    DurationStats Resolution,
    Rate FirstResponseSla,
    Rate ResolutionSla,
    IReadOnlyList<CodeCount> ReasonMix,
    IReadOnlyList<ModelCount> RepeatFailures,
    IReadOnlyList<ModelCount> ReopenedCases,
    IReadOnlyList<DayCount> Daily,
    ModelUsage LanguageModel);

/// <summary>A share; <see cref="Value"/> is null when there is nothing to divide by (no data is not 0%).</summary>
public sealed record Rate(int Count, int Of)
{
    public double? Value => Of == 0 ? null : (double)Count / Of;
}

/// <param name="Count">How many durations there were.</param>
/// <param name="Median">The middle one (the mean of the two middle ones for an even count); null when none.</param>
/// <param name="P90">The 90th percentile, nearest rank: the smallest duration at least 90% of them do not exceed.</param>
public sealed record DurationStats(int Count, TimeSpan? Median, TimeSpan? P90)
{
    public static readonly DurationStats None = new(0, null, null);
}

public sealed record CodeCount(string Code, int Count);

public sealed record DayCount(DateOnly Day, int Count);

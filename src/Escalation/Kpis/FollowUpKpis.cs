namespace AfterSalesBot.Escalation.Kpis;

/// <summary>
/// The follow-up KPIs for a period (DOMAIN.md §9): return visits made against the month's repairs and the quota,
/// satisfaction (average and the 1–5 distribution), remedies confirmed as working, and the reopen rate.
/// </summary>
/// <param name="FollowUpsDone">Follow-up questions sent in the period.</param>
/// <param name="Repairs">Repair remedies agreed in the period (free or paid repair, part replacement, on-site visit).</param>
/// <param name="PerRepair">Follow-ups per repair; compare with <paramref name="Quota"/> (<c>FollowUp:MonthlyQuota</c>).</param>
/// <param name="Distribution">How many ratings of 1, 2, 3, 4 and 5 (index 0 is 1).</param>
/// <param name="ConfirmedWorking">Answers "solved", of all follow-ups concluded (solved, not solved, unconfirmed).</param>
/// <param name="Reopened">Cases reopened in the period, of the cases resolved or followed up in it.</param>
public sealed record FollowUpKpis(int FollowUpsDone, int Repairs, Rate PerRepair, double Quota, double? AverageRating,
    IReadOnlyList<int> Distribution, Rate ConfirmedWorking, Rate Reopened)
{
    public int Ratings => Distribution.Sum();

    /// <summary>Null when there were no repairs to follow up.</summary>
    public bool? QuotaMet => PerRepair.Value is { } v ? v >= Quota : null;
}

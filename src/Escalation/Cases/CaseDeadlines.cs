namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// When a promise to a customer falls due (DOMAIN.md §8): service-level hours from a moment, on the clock or — with
/// <c>Escalation:DeadlinesOnBusinessHours</c> — counting only the staffed hours of <see cref="StaffedSchedule"/>.
/// Safety cases always run on the clock: an emergency does not wait for Monday.
/// </summary>
public sealed class CaseDeadlines(StaffedSchedule schedule, bool onBusinessHours)
{
    public static CaseDeadlines From(EscalationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new CaseDeadlines(options.FindStaffedHours(), options.DeadlinesOnBusinessHours);
    }

    /// <summary>Whether a case of this priority has its deadlines counted in business hours.</summary>
    public bool OnBusinessHours(CasePriority priority) => onBusinessHours && priority != CasePriority.Safety;

    /// <summary><paramref name="hours"/> after <paramref name="from"/>, in UTC. On business hours, a schedule with no
    /// staffed time ahead falls back to the clock rather than promising never.</summary>
    public DateTimeOffset Due(DateTimeOffset from, int hours, CasePriority priority)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        var clock = from.AddHours(hours).ToUniversalTime();
        return OnBusinessHours(priority) ? schedule.AddStaffedTime(from, TimeSpan.FromHours(hours)) ?? clock : clock;
    }
}

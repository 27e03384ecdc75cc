namespace AfterSalesBot.Escalation.Cases;

/// <summary>
/// The expected wait a queued customer hears (pure arithmetic; <see cref="QueuePositionNotifier"/> gathers the inputs):
/// place × the median first response of recent cases ÷ the agents on duty, never beyond the case's first-response
/// deadline, rounded to words a person would say (<see cref="Friendly"/>).
/// </summary>
public static class QueueWaitEstimate
{
    /// <summary>The smallest wait ever quoted: nobody answers "about 0 minutes".</summary>
    public static readonly TimeSpan Smallest = TimeSpan.FromMinutes(5);

    /// <param name="position">The place in the queue, from 1.</param>
    /// <param name="medianFirstResponse">The median of recent cases' first response (FirstRespondedAt − OpenedAt);
    /// null without history, then <paramref name="fallbackPerCase"/> per place (<c>Escalation:AverageMinutesPerCase</c>).</param>
    /// <param name="agentsOnDuty">How many people work the queue; fewer than one counts as one.</param>
    /// <param name="untilDeadline">From now to the case's first-response deadline: the promise already given caps the
    /// estimate (a deadline already past caps it at <see cref="Smallest"/>).</param>
    public static TimeSpan Estimate(int position, TimeSpan? medianFirstResponse, int agentsOnDuty, TimeSpan fallbackPerCase,
        TimeSpan untilDeadline)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        var perCase = medianFirstResponse is { } m && m > TimeSpan.Zero ? m : fallbackPerCase;
        var raw = perCase * position / Math.Max(1, agentsOnDuty);
        var bounded = untilDeadline < raw ? untilDeadline : raw;
        return Friendly(bounded);
    }

    /// <summary>
    /// Rounds a wait as people say it: under an hour to 5-minute steps (at least 5 minutes); from an hour on to whole
    /// hours, a wait exactly half-way between two hours to the lower one.
    /// </summary>
    public static TimeSpan Friendly(TimeSpan wait)
    {
        if (wait <= Smallest) return Smallest;
        if (wait < TimeSpan.FromMinutes(57.5))
            return TimeSpan.FromMinutes(5 * Math.Round(wait.TotalMinutes / 5, MidpointRounding.AwayFromZero));
        // Nearest whole hour, half-way down (MidpointRounding.ToZero would truncate, not round).
        return TimeSpan.FromHours(Math.Max(1, Math.Ceiling(wait.TotalHours - 0.5)));
    }

    /// <summary>The median (the mean of the middle two for an even count); null for none.</summary>
    public static TimeSpan? Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}

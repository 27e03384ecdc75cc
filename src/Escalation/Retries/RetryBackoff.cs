namespace AfterSalesBot.Escalation.Retries;

/// <summary>
/// The one backoff of the solution (ADR 0021): the connector client's retries, the connector outbox and the follow-up
/// scheduler all wait <c>first × 2^(failures − 1)</c>, plus a random share of <c>first</c> where callers that fail
/// together must not retry in lockstep, or as long as the other side asked (a Retry-After) when that is longer — never
/// more than <c>max</c>. It lives here because Escalation is the one module both the host and the scheduler reach.
/// </summary>
public static class RetryBackoff
{
    /// <summary>The wait before the next attempt.</summary>
    /// <param name="failures">Failed attempts so far (1 = the wait after the first failure; less counts as 1).</param>
    /// <param name="first">The wait after the first failure; doubled after each further one.</param>
    /// <param name="max">The longest wait, whether computed or asked for.</param>
    /// <param name="asked">How long the other side asked to wait (Retry-After), if it said; wins when longer.</param>
    /// <param name="jitter">A fraction in [0, 1) of <paramref name="first"/> added to the doubling; 0 for none.</param>
    public static TimeSpan Delay(int failures, TimeSpan first, TimeSpan max, TimeSpan? asked = null, double jitter = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(first, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, TimeSpan.Zero);
        if (jitter is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(jitter), jitter, "A fraction in [0, 1).");

        // In doubles: 2^(failures − 1) overflows a TimeSpan long before it stops mattering, and max caps it anyway.
        var ticks = first.Ticks * (Math.Pow(2, Math.Clamp(failures - 1, 0, 62)) + jitter);
        if (asked is { } wait && wait.Ticks > ticks) ticks = wait.Ticks;
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}

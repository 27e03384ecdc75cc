using System.ComponentModel.DataAnnotations;
using AfterSalesBot.Escalation.Retries;

namespace AfterSalesBot.Escalation.FollowUps;

/// <summary>Section "FollowUp": the return visit (回访, DOMAIN.md §2 step 6 and §9) and its durable scheduler.</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    /// <summary>Hours after the remedy is carried out (staff mark the action done, or its promised date passes) or after a
    /// hand-back at "schedule the follow-up" before the bot asks whether the problem is solved. Default: 72 (three days).
    /// The deprecated <c>Escalation:FollowUpAfter</c> is read instead when only it is set (<see cref="DeprecatedFollowUpAfter"/>);
    /// the shipped appsettings.json sets this key, so there the old one is ignored with a warning.</summary>
    [Range(0, 24 * 90)]
    public double DelayHours { get; set; } = 72;

    /// <summary>Hours without an answer before the one reminder. Default: 48.</summary>
    [Range(0.01, 24 * 30)]
    public double ReminderAfterHours { get; set; } = 48;

    /// <summary>Hours after the reminder without an answer before the case closes as unconfirmed. Default: 72.</summary>
    [Range(0.01, 24 * 30)]
    public double CloseAfterHours { get; set; } = 72;

    /// <summary>Follow-ups owed per repair each month (DOMAIN.md §9, [E] template 1). Default: 0.30.</summary>
    [Range(0.0, 1.0)]
    public double MonthlyQuota { get; set; } = 0.30;

    /// <summary>After "not solved", hours until a person contacts the customer about the reopened case. Default: 24
    /// (DOMAIN.md §8, routine first reply).</summary>
    [Range(1, 720)]
    public int ReopenResponseHours { get; set; } = 24;

    /// <summary>After "not solved", hours to a solution of the reopened case. Default: 48.</summary>
    [Range(1, 720)]
    public int ReopenResolutionHours { get; set; } = 48;

    /// <summary>Failed sends of one item before it is parked for staff. Default: 5.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's wait; each further retry waits twice as long. Default: 1 minute.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a claim holds: an instance that died mid-send leaves the item to be claimed again after this.
    /// Default: 5 minutes.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the scheduler looks for due items. Default: 1 minute.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Most items one pass claims. Default: 20.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    public TimeSpan Delay => TimeSpan.FromHours(DelayHours);

    public TimeSpan ReopenResponse => TimeSpan.FromHours(ReopenResponseHours);

    public TimeSpan ReopenResolution => TimeSpan.FromHours(ReopenResolutionHours);

    public TimeSpan ReminderAfter => TimeSpan.FromHours(ReminderAfterHours);

    public TimeSpan CloseAfter => TimeSpan.FromHours(CloseAfterHours);

    /// <summary>The wait before retry number <paramref name="failures"/> (1 = after the first failure): the shared
    /// <see cref="RetryBackoff"/> from <see cref="RetryAfter"/>, at most a day.</summary>
    public TimeSpan Backoff(int failures) => RetryBackoff.Delay(failures, RetryAfter, TimeSpan.FromDays(1));
}

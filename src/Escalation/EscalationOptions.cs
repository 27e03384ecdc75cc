using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Escalation;

/// <summary>Section "Escalation".</summary>
public sealed class EscalationOptions
{
    public const string Section = "Escalation";

    /// <summary>The time zone whose calendar day a case number carries (AS-yyyyMMdd-NNNN), as an IANA or Windows id.
    /// Default: <c>Asia/Shanghai</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    // A method, not a property: data-annotation validation reads every property, and an unknown zone must fail
    // the HasKnownTimeZone rule with its message rather than throw from a getter.
    /// <summary>How long before a deadline the SLA monitor warns. Default: 1 hour.</summary>
    public TimeSpan SlaWarningBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the SLA monitor looks at open cases. Default: 1 minute.</summary>
    public TimeSpan SlaCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Minutes per place in the queue for the expected wait while no case was first answered in the last 7 days
    /// (then their median first response counts; <see cref="Cases.QueueWaitEstimate"/>).
    /// Default: 10.</summary>
    [Range(1, 1440)]
    public int AverageMinutesPerCase { get; set; } = 10;

    /// <summary>When people are on duty, per weekday, in <see cref="TimeZone"/>: "08:00-20:00", or "closed".
    /// Default: every day 08:00-20:00. A day not listed keeps its default.</summary>
    public Dictionary<DayOfWeek, string> StaffedHours { get; set; } = Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => "08:00-20:00");

    /// <summary>Closed days (public holidays), as dates in <see cref="TimeZone"/>: nobody is on duty and business-hours
    /// deadlines do not run. Default: none.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>Count first-response and resolution deadlines of escalated cases in staffed hours only
    /// (<see cref="StaffedHours"/>, <see cref="Holidays"/>; DOMAIN.md §8 "SLAs may run on business hours where
    /// configured"). Safety cases stay on clock hours. Default: false (clock hours).</summary>
    public bool DeadlinesOnBusinessHours { get; set; }

    /// <summary>A case whose unit had this many earlier repairs of the same fault opens urgent (a repeat failure). Default: 2,
    /// DOMAIN.md §7's repeat failure ("the same fault persists after 2 repairs"); a single earlier repair is shown on the
    /// case sheet but is no emergency. The 三包 replacement rule itself is the coverage policy's.</summary>
    [Range(1, 20)]
    public int RepeatRepairsForUrgent { get; set; } = 2;

    /// <summary>The emergency line a customer with a safety case is given outside staffed hours and when its deadline is missed
    /// (e.g. "400-800-1234"), beside the engineer on emergency duty and the public emergency numbers. Default: none (not named).</summary>
    [MaxLength(64)]
    public string? EmergencyLine { get; set; }

    /// <summary>How often the queue notifier recomputes places even without a change. Default: 1 minute.</summary>
    public TimeSpan QueueNoticeInterval { get; set; } = TimeSpan.FromMinutes(1);

    public Cases.StaffedSchedule FindStaffedHours() => Cases.StaffedSchedule.Parse(StaffedHours, FindZone(), Holidays);

    public bool HasValidStaffedHours() => Cases.StaffedSchedule.TryParseDays(StaffedHours, out _);

    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}

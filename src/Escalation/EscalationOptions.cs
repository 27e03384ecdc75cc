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

    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}

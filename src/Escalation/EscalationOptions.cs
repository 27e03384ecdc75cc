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
    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public bool HasKnownTimeZone() => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _);
}

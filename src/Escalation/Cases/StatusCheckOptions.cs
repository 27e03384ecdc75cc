using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Section "Escalation:StatusChecks": how wrong case-status checks are slowed down.</summary>
public sealed class StatusCheckOptions
{
    public const string Section = "Escalation:StatusChecks";

    /// <summary>Wrong checks (unknown number or wrong digits) allowed within <see cref="Window"/>, per conversation and per
    /// case number; further checks are refused until the oldest of them leaves the window. Default: 3.</summary>
    [Range(1, 100)]
    public int MaxWrongChecks { get; set; } = 3;

    /// <summary>How long a wrong check counts. Default: 15 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    public bool HasPositiveWindow() => Window > TimeSpan.Zero;
}

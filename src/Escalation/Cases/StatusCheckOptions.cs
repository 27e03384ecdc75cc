using System.ComponentModel.DataAnnotations;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Section "Escalation:StatusChecks": how wrong case-status checks are slowed down.</summary>
public sealed class StatusCheckOptions
{
    public const string Section = "Escalation:StatusChecks";

    /// <summary>Wrong checks (unknown number or wrong digits) allowed within <see cref="Window"/> per asker (the
    /// conversation asking); its further checks are refused until the oldest of them leaves the window. Default: 3.</summary>
    [Range(1, 100)]
    public int MaxWrongChecks { get; set; } = 3;

    /// <summary>Wrong checks on one case number, from all askers together, within <see cref="Window"/>; then the number
    /// is refused to askers that have not proved its digits (distributed guessing), until the oldest leaves the window.
    /// Above <see cref="MaxWrongChecks"/>, so one asker alone can never lock a customer out. Default: 10.</summary>
    [Range(1, 1000)]
    public int MaxWrongChecksPerCase { get; set; } = 10;

    /// <summary>How long a wrong check counts. Default: 15 minutes.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    public bool HasPositiveWindow() => Window > TimeSpan.Zero;
}

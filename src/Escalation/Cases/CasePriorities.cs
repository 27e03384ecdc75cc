using System.Globalization;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>The priority a case opens at: the bot's (safety, or urgent for anger and urgency), raised for a repeat failure
/// of the unit (issue 5: "anger, repeat failures and SLA risk raise it"; SLA risk is the <see cref="SlaMonitor"/>'s).</summary>
public static class CasePriorities
{
    /// <summary>The detail of a <see cref="CaseEventKinds.PriorityRaised"/> event for a repeat failure: "RepeatFailure {n}".</summary>
    public const string RepeatFailure = "RepeatFailure";

    /// <summary>The detail of a <see cref="CaseEventKinds.PriorityRaised"/> event for a hazard reported on an existing case.</summary>
    public const string Safety = "Safety";

    /// <summary>The priority to open at, and why it is higher than asked (null when it is not).</summary>
    public static (CasePriority Priority, string? Raised) AtOpening(CasePriority asked, CaseSheet sheet, int repeatRepairsForUrgent)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (asked == CasePriority.Normal && sheet.SameFaultRepairs >= repeatRepairsForUrgent)
            return (CasePriority.Urgent, string.Create(CultureInfo.InvariantCulture, $"{RepeatFailure} {sheet.SameFaultRepairs}"));
        return (asked, null);
    }

    /// <summary>The earlier repairs a raise event names, or null when it is not a repeat-failure raise.</summary>
    public static int? RepeatRepairs(string? detail) =>
        detail is not null && detail.StartsWith(RepeatFailure + " ", StringComparison.Ordinal)
            && int.TryParse(detail.AsSpan(RepeatFailure.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

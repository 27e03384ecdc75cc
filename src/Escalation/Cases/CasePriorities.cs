using System.Globalization;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>The priority a case opens at and how it rises (issue 5: "anger, repeat failures and SLA risk raise it"):
/// <see cref="Raised"/> is the one rule; the case's <see cref="EscalatedCase.RaisePriority"/> applies it later.</summary>
public static class CasePriorities
{
    /// <summary>The detail of a <see cref="CaseEventKinds.PriorityRaised"/> event for a repeat failure: "RepeatFailure {n}".</summary>
    public const string RepeatFailure = "RepeatFailure";

    /// <summary>The detail of a <see cref="CaseEventKinds.PriorityRaised"/> event for a hazard reported on an existing case.</summary>
    public const string Safety = "Safety";

    /// <summary>One step up where there is one to take: normal becomes urgent; urgent and safety stay.</summary>
    public static CasePriority Raised(CasePriority priority) => priority == CasePriority.Normal ? CasePriority.Urgent : priority;

    /// <summary>The priority to open at, and why it is higher than asked (null when it is not).</summary>
    public static (CasePriority Priority, string? Raised) AtOpening(CasePriority asked, CaseSheet sheet, int repeatRepairsForUrgent)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        if (sheet.SameFaultRepairs >= repeatRepairsForUrgent && Raised(asked) != asked)
            return (Raised(asked), string.Create(CultureInfo.InvariantCulture, $"{RepeatFailure} {sheet.SameFaultRepairs}"));
        return (asked, null);
    }

    /// <summary>The earlier repairs a raise event names, or null when it is not a repeat-failure raise.</summary>
    public static int? RepeatRepairs(string? detail) =>
        detail is not null && detail.StartsWith(RepeatFailure + " ", StringComparison.Ordinal)
            && int.TryParse(detail.AsSpan(RepeatFailure.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

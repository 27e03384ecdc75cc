using System.Globalization;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Bot.Escalation;

/// <summary>Words a desk notice in the customer's language (Resources/BotTexts*.resx); times in the customer's zone, named
/// (<see cref="CustomerTime"/>).</summary>
internal static class CustomerNoticeTexts
{
    /// <param name="emergencyLine"><c>Escalation:EmergencyLine</c>, named to safety cases when set.</param>
    public static string Render(CustomerNotice notice, CultureInfo culture, TimeZoneInfo zone, string? emergencyLine = null) => notice switch
    {
        AgentJoinedNotice n => BotTexts.Get("Notice.AgentJoined", culture, n.AgentName, n.CaseNumber),
        BackInQueueNotice n => BotTexts.Get("Notice.BackInQueue", culture, n.CaseNumber),
        QueuePositionNotice n => BotTexts.Get("Notice.QueuePosition", culture, n.CaseNumber, n.Position) + Wait(n, culture, zone, emergencyLine),
        SafetyDeadlineMissedNotice n => BotTexts.Get(n.SupervisorsAlerted > 0 ? "Notice.SafetyOverdue" : "Notice.SafetyOverdue.NoSupervisor", culture,
            n.CaseNumber, Local(n.Due, zone, culture), Line(emergencyLine, culture)),
        ApprovalDecidedNotice n => BotTexts.Get(n.Approved ? "Notice.ApprovalGranted" : "Notice.ApprovalDeclined", culture, n.CaseNumber,
            n.RemedyDescription),
        CaseResolvedNotice n => BotTexts.Get("Notice.Resolved", culture, n.CaseNumber, n.Outcome),
        _ => throw new ArgumentException($"No wording for {notice.GetType().Name}.", nameof(notice)),
    };

    /// <summary>Outside staffed hours: when the team is back and the answer due; otherwise the expected wait, if known.</summary>
    private static string Wait(QueuePositionNotice n, CultureInfo culture, TimeZoneInfo zone, string? emergencyLine)
    {
        var gap = Gap(culture);
        // A safety case outside staffed hours is with the emergency duty: never "the team is back at 08:00".
        if (n.StaffedAgainAt is not null && n.Priority == CasePriority.Safety)
            return gap + BotTexts.Get("Safety.OffHours", culture, Local(n.FirstResponseDue, zone, culture)) + Line(emergencyLine, culture);
        if (n.StaffedAgainAt is { } back)
            return gap + BotTexts.Get("Escalated.OffHours", culture, Local(back, zone, culture), Local(n.FirstResponseDue, zone, culture));
        if (n.ExpectedWait is not { } wait) return "";
        // The desk rounds the wait already (QueueWaitEstimate.Friendly): minutes under an hour, whole hours from there.
        if (wait < TimeSpan.FromHours(1))
            return gap + BotTexts.Get("Notice.QueueWait.Minutes", culture, Math.Max(1, (int)Math.Round(wait.TotalMinutes)));
        var hours = Math.Max(1, (int)Math.Round(wait.TotalHours, MidpointRounding.AwayFromZero));
        return gap + (hours == 1
            ? BotTexts.Get("Notice.QueueWait.Hour", culture)
            : BotTexts.Get("Notice.QueueWait.Hours", culture, hours));
    }

    // Chinese sentences run on without a space.
    private static string Gap(CultureInfo culture) => culture.Equals(CustomerLanguage.Chinese) ? "" : " ";

    /// <summary>" You can also call our emergency line …", or nothing when none is configured.</summary>
    private static string Line(string? emergencyLine, CultureInfo culture) =>
        emergencyLine is { Length: > 0 } line ? Gap(culture) + BotTexts.Get("Safety.EmergencyLine", culture, line) : "";

    private static string Local(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture) => CustomerTime.Format(at, zone, culture);
}

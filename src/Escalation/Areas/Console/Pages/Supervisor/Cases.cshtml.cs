using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Supervisor;

/// <summary>Every open case with its owner and timers, refreshed live: where the SLAs stand.</summary>
public sealed class CasesModel(CaseFiles files) : ConsolePageModel
{
    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    /// <summary>What the SLA monitor raised in the last two days (it notifies supervisors here).</summary>
    public IReadOnlyList<AfterSalesBot.Escalation.Cases.CaseEvent> Alerts { get; private set; } = [];

    /// <summary>Follow-ups the scheduler gave up on: a person has to reach these customers.</summary>
    public IReadOnlyList<AfterSalesBot.Escalation.FollowUps.ScheduledFollowUp> Parked { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await files.OpenAsync(ct);
        Parked = await files.ParkedFollowUpsAsync(ct);
        Alerts = await files.SlaAlertsAsync(Now.AddDays(-2), ct);
    }
}

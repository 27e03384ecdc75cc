using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Supervisor;

/// <summary>Every open case with its owner and timers, refreshed live: where the SLAs stand.</summary>
public sealed class CasesModel(CaseFiles files, IUndeliveredReplies undelivered) : ConsolePageModel
{
    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    /// <summary>What the SLA monitor raised in the last two days (it notifies supervisors here).</summary>
    public IReadOnlyList<AfterSalesBot.Escalation.Cases.CaseEvent> Alerts { get; private set; } = [];

    /// <summary>Follow-ups the scheduler gave up on: a person has to reach these customers.</summary>
    public IReadOnlyList<AfterSalesBot.Escalation.FollowUps.ScheduledFollowUp> Parked { get; private set; } = [];

    /// <summary>Conversations shown in "Replies the channel refused".</summary>
    public const int MaxRefusedConversations = 50;

    /// <summary>Replies the customer's channel refused for good (parked in the bot's outbox): a person has to reach
    /// these customers another way.</summary>
    public IReadOnlyList<UndeliveredConversation> Refused { get; private set; } = [];

    /// <summary>The newest case of each conversation in <see cref="Refused"/> that has one.</summary>
    public IReadOnlyDictionary<string, string> RefusedCases { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await files.OpenAsync(ct);
        Parked = await files.ParkedFollowUpsAsync(ct);
        Refused = await undelivered.ParkedAsync(MaxRefusedConversations, ct);
        RefusedCases = await files.LatestCaseNumbersAsync([.. Refused.Select(r => r.ConversationId)], ct);
        Alerts = await files.SlaAlertsAsync(Now.AddDays(-2), ct);
    }
}

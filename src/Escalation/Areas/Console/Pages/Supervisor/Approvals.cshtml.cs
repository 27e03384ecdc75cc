using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Supervisor;

/// <summary>Remedies beyond staff authority, waiting for a supervisor; the decision goes back to the case and the
/// customer is told.</summary>
public sealed class ApprovalsModel(ApprovalDesk approvals, ICustomerConversations customers, ConsoleLiveUpdates live) : ConsolePageModel
{
    public IReadOnlyList<PendingApproval> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await approvals.ListAsync(false, null, ct);

    public async Task<IActionResult> OnPostDecideAsync(long id, bool approve, string? note, CancellationToken ct)
    {
        var decision = await approvals.DecideAsync(id, UserName, approve, note, ct);
        if (!decision.Succeeded)
        {
            Tell(decision.Reason ?? L.T("Refusal.ChangedMeanwhile"), error: true);
            return RedirectToPage();
        }
        await AuditAsync(AuditActions.ApprovalDecided, decision.CaseNumber, $"{(approve ? "approved" : "rejected")}: {decision.Remedy!.Description}");
        await customers.NotifyAsync(decision.ConversationId!, new ApprovalDecidedNotice(decision.CaseNumber!, approve, decision.Remedy.Description), ct);
        live.CaseChanged(decision.CaseNumber!);
        live.ApprovalsChanged();
        Tell(L.T(approve ? "Approvals.Approved" : "Approvals.Rejected", decision.CaseNumber));
        return RedirectToPage();
    }
}

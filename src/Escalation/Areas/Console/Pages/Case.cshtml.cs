using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

/// <summary>
/// One case: the sheet the bot gathered, the coverage reasons, the live conversation with the chat box, notes, history
/// and the actions the case's status allows. Every action is audited and pushed to the other consoles; the customer
/// hears what concerns them (a person joined, back in the queue, resolved).
/// </summary>
public sealed partial class CaseModel(
    CaseFiles files,
    CaseQueue queue,
    CaseNotes notes,
    ApprovalDesk approvals,
    StaffDirectory directory,
    ITranscripts transcripts,
    ICustomerConversations customers,
    ConsoleLiveUpdates live,
    IOptions<ConsoleOptions> options) : ConsolePageModel
{
    public CaseFile CaseFile { get; private set; } = null!;
    public IReadOnlyList<TranscriptLine> Lines { get; private set; } = [];
    public IReadOnlyList<PendingApproval> Approvals { get; private set; } = [];
    public IReadOnlyList<StaffAccount> Colleagues { get; private set; } = [];
    public IReadOnlyList<FollowUps.ScheduledFollowUp> FollowUps { get; private set; } = [];
    public IReadOnlyList<FollowUps.FollowUpResult> FollowUpResults { get; private set; } = [];
    public EscalatedCase Case => CaseFile.Case;

    /// <summary>Why the case opened above the bot's priority: the earlier repairs of a repeat failure (<see cref="CasePriorities"/>).</summary>
    public string? RaisedForSafety => CaseFile.Events.Where(e => e.Kind == CaseEventKinds.PriorityRaised && e.Detail != null
            && e.Detail.StartsWith(CasePriorities.Safety + " ", StringComparison.Ordinal))
        .Select(e => e.Detail![(CasePriorities.Safety.Length + 1)..].Split(':')[0]).LastOrDefault();

    public int? RaisedForRepeatRepairs => CaseFile.Events.Where(e => e.Kind == CaseEventKinds.PriorityRaised)
        .Select(e => CasePriorities.RepeatRepairs(e.Detail)).FirstOrDefault(n => n is not null);
    public bool IsOwner => Case.Assignee == UserName;
    public bool CanChat => IsOwner && CaseStatuses.PersonOwnsConversation.Contains(Case.Status);
    public decimal StaffCreditCap => options.Value.StaffCreditCap;
    /// <summary>The case's address as staff see it (the number in capitals, as it is quoted).</summary>
    public string CaseUrl => "/console/case/" + Case.Number;
    public long LastSequence => Lines.Count == 0 ? 0 : Lines[^1].Sequence;

    /// <summary>The remedies the agent can hand back with or ask approval for: the ones the bot offered and any approved.</summary>
    public IReadOnlyList<SheetRemedy> KnownRemedies =>
        [.. Case.Sheet.RemediesOffered.Concat(Case.Sheet.RemediesRefused)
            .Concat(Approvals.Where(a => a.Status == ApprovalStatus.Approved).Select(a => a.Remedy with { GrantedBy = RemedyAuthority.Staff }))
            .Distinct()];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct)) return NotFound();
        await AuditAsync(AuditActions.CaseViewed, Case.Number);
        return Page();
    }

    public Task<IActionResult> OnPostTakeAsync(string number, CancellationToken ct) => ActAsync(number, "Take", async () =>
    {
        var capacity = (await directory.FindAsync(UserName, ct))?.Capacity ?? 0;
        var result = await queue.TakeAsync(number, UserName, Math.Max(capacity, 1), ct);
        if (result.Succeeded) await customers.NotifyAsync(Case.ConversationId, new AgentJoinedNotice(DisplayName, Case.Number), ct);
        return result;
    }, ct);

    public Task<IActionResult> OnPostReleaseAsync(string number, CancellationToken ct) => ActAsync(number, "Release", async () =>
    {
        var result = await queue.ReleaseAsync(number, UserName, ct);
        if (result.Succeeded) await customers.NotifyAsync(Case.ConversationId, new BackInQueueNotice(Case.Number), ct);
        return result;
    }, ct, ownerOnly: true);

    public Task<IActionResult> OnPostTransferAsync(string number, string? colleague, string? team, CancellationToken ct) => ActAsync(number, "Transfer", async () =>
    {
        if (!string.IsNullOrWhiteSpace(colleague))
        {
            var to = await directory.FindAsync(colleague, ct);
            if (to is null || to.Disabled) return new CaseActionResult(false, L.T("Transfer.UnknownColleague"), CaseRefusal.NotAllowed);
            var result = await queue.TransferAsync(number, UserName, TransferTarget.ToAgent(to.UserName), ct);
            if (result.Succeeded) await customers.NotifyAsync(Case.ConversationId, new AgentJoinedNotice(to.DisplayName, Case.Number), ct);
            return result;
        }
        if (string.IsNullOrWhiteSpace(team)) return new CaseActionResult(false, L.T("Transfer.Choose"), CaseRefusal.NotAllowed);
        var toTeam = await queue.TransferAsync(number, UserName, TransferTarget.ToTeam(team.Trim()), ct);
        if (toTeam.Succeeded) await customers.NotifyAsync(Case.ConversationId, new BackInQueueNotice(Case.Number), ct);
        return toTeam;
    }, ct, ownerOnly: true);

    public Task<IActionResult> OnPostResolveAsync(string number, string? outcome, CancellationToken ct) => ActAsync(number, "Resolve", async () =>
    {
        if (string.IsNullOrWhiteSpace(outcome)) return new CaseActionResult(false, L.T("Resolve.OutcomeRequired"), CaseRefusal.NotAllowed);
        var result = await queue.ResolveAsync(number, UserName, outcome.Trim(), ct);
        if (result.Succeeded) await customers.NotifyAsync(Case.ConversationId, new CaseResolvedNotice(Case.Number, outcome.Trim()), ct);
        return result;
    }, ct, ownerOnly: true);

    /// <summary>The owner takes a handed-back conversation back from the bot; the customer is told they joined again.</summary>
    public Task<IActionResult> OnPostTakeBackAsync(string number, CancellationToken ct) => ActAsync(number, "TakeBack", async () =>
    {
        var result = await queue.TakeBackAsync(number, UserName, ct);
        if (result.Succeeded) await customers.NotifyAsync(Case.ConversationId, new AgentJoinedNotice(DisplayName, Case.Number), ct);
        return result;
    }, ct, ownerOnly: true);

    /// <summary>The departments carried out the agreed remedy: resolved, and the follow-up is scheduled from now. The owner's
    /// (or a supervisor's) to say; a remedy the bot agreed has no owner, and then any staff member who arranged it may.</summary>
    public Task<IActionResult> OnPostActionDoneAsync(string number, CancellationToken ct) =>
        ActAsync(number, "ActionDone", () => queue.MarkActionDoneAsync(number, UserName, ct), ct, ownerOnly: true, openWhileUnowned: true);

    public Task<IActionResult> OnPostReopenAsync(string number, CancellationToken ct) =>
        ActAsync(number, "Reopen", () => queue.ReopenAsync(number, UserName, ct), ct);

    public async Task<IActionResult> OnPostNoteAsync(string number, string? text, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(text) || text.Length > CaseNotes.MaxLength)
            Tell(L.T("Note.Invalid", CaseNotes.MaxLength), error: true);
        else
        {
            await notes.AddAsync(Case.Number, UserName, text, ct);
            await AuditAsync(AuditActions.NoteAdded, Case.Number, $"{text.Length} characters");
            live.CaseChanged(Case.Number);
            Tell(L.T("Note.Added"));
        }
        return Redirect(CaseUrl);
    }

    public async Task<IActionResult> OnPostApprovalAsync(string number, int? remedyIndex, string? kind, decimal? refund, decimal? fee,
        decimal? credit, string? currency, string? description, string? justification, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct)) return NotFound();
        var chosen = ChosenRemedy(remedyIndex, kind, new RemedyAmounts(refund, fee, credit), currency, description);
        if (chosen.Remedy is not { } remedy)
        {
            Tell(chosen.Field is { } field
                ? L.T(chosen.Problem!, L.T("Remedy.Money." + field), L.T("Remedy." + kind))
                : L.T(chosen.Problem ?? "Approval.ChooseRemedy"), error: true);
            return Redirect(CaseUrl);
        }
        var result = await approvals.RequestAsync(Case.Number, UserName, remedy, justification ?? "", ct);
        if (result.Succeeded)
        {
            await AuditAsync(AuditActions.ApprovalRequested, Case.Number, remedy.Description);
            live.CaseChanged(Case.Number);
            live.ApprovalsChanged();
            Tell(L.T("Approval.Requested"));
        }
        else Tell(Refusal(result), error: true);
        return Redirect(CaseUrl);
    }

    /// <summary>A remedy from the list, or one the agent describes: kind, the kind's labelled sums (<see cref="RemedyTerms"/>), words.</summary>
    private RemedyTermsResult ChosenRemedy(int? index, string? kind, RemedyAmounts amounts, string? currency, string? description)
    {
        if (index is { } i && i >= 0 && i < KnownRemedies.Count) return new(KnownRemedies[i]);
        if (string.IsNullOrWhiteSpace(kind) || string.IsNullOrWhiteSpace(description)) return new(null);
        return RemedyTerms.Build(kind.Trim(), amounts, currency, description, StaffCreditCap, options.Value.RemedyAmountLimit);
    }

    /// <param name="openWhileUnowned">With <paramref name="ownerOnly"/>: a case nobody owns is open to any staff member.</param>
    private async Task<IActionResult> ActAsync(string number, string action, Func<Task<CaseActionResult>> act, CancellationToken ct,
        bool ownerOnly = false, bool openWhileUnowned = false)
    {
        if (!await LoadAsync(number, ct)) return NotFound();
        if (ownerOnly && !IsOwner && !User.IsSupervisor() && !(openWhileUnowned && Case.Assignee is null))
        {
            Tell(L.T("Refusal.NotOwner"), error: true);
            return Redirect(CaseUrl);
        }
        var result = await act();
        await AuditAsync(AuditActions.CaseAction, Case.Number, result.Succeeded ? action : $"{action} refused: {result.Reason}");
        // The queue raises CaseChanges for every committed change, which pushes it to the other consoles.
        if (result.Succeeded) Tell(L.T("Action.Done." + action));
        else Tell(Refusal(result), error: true);
        return Redirect(CaseUrl);
    }

    /// <summary>A refusal worded by this page (already in the page's language) as it is; the desk's own ones explained.</summary>
    private static string Refusal(CaseActionResult result) =>
        result.Refusal == CaseRefusal.NotAllowed && result.Reason is { } reason && !reason.StartsWith("Case ", StringComparison.Ordinal)
            ? reason : Explain(result);

    private async Task<bool> LoadAsync(string number, CancellationToken ct)
    {
        var file = await files.GetAsync(number ?? "", ct);
        if (file is null) return false;
        CaseFile = file;
        Lines = [.. (await transcripts.ReadAsync(file.Case.ConversationId, 0, ct)).Where(l => l.Type == "message")];
        Approvals = await approvals.ListAsync(false, file.Case.Number, ct);
        FollowUps = await files.FollowUpsAsync(file.Case.Number, ct);
        FollowUpResults = await files.FollowUpResultsAsync(file.Case.Number, ct);
        Colleagues = [.. (await directory.ListAsync(ct)).Where(a => !a.Disabled && a.UserName != UserName)];
        return true;
    }
}

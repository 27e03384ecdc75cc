using System.Globalization;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>Where the escalated case stands this turn (read from the desk once).</summary>
    private CaseHandling? _handling;

    /// <summary>
    /// While the case is escalated the desk decides who speaks: a person owns the conversation → the bot stays quiet
    /// (the message is in the transcript, which the console shows live); a pending hand-back → the bot claims it and
    /// resumes at the agent's step. True when the turn is done.
    /// </summary>
    private async Task<bool> WithDeskAsync(CancellationToken ct)
    {
        if (await TakenBackAsync(ct)) return true;
        if (_state.Step != ComplaintStep.Escalated || _state.CaseNumber is not { } number) return false;
        _handling = await _services.Desk.GetHandlingAsync(number, ct);
        if (_handling is null) return false;
        if (_handling.PendingHandBack is not null && await _services.Desk.ClaimHandBackAsync(number, ct) is { } claim)
        {
            await ResumeAsync(claim, ct);
            return true;
        }
        if (!_handling.PersonOwnsConversation) return false;
        if (_handling.Status == CaseStatus.WaitingOnCustomer) await _services.Desk.CustomerRepliedAsync(number, ct);
        return true;
    }

    /// <summary>While the bot carries on a handed-back case, the owner may take it back at any moment (the console's "take
    /// back"): then the customer hears that a person has it again, their message stays with the case (it is in the
    /// transcript the owner reads), and the bot goes quiet. True when that happened.</summary>
    private async Task<bool> TakenBackAsync(CancellationToken ct)
    {
        if (_state.HandedBackCase is not { } number) return false;
        var handling = await _services.Desk.GetHandlingAsync(number, ct);
        if (handling is not { PersonOwnsConversation: true }) return false;
        await PersonHasItAgainAsync(number, handling.AssigneeName, ct);
        return true;
    }

    private async Task PersonHasItAgainAsync(string number, string? owner, CancellationToken ct)
    {
        await EscalatedAgainAsync(number, ct);
        Say("HandBack.TakenBack", owner ?? _state.HandedBackBy ?? "", number);
    }

    /// <summary>The conversation is with the case's owner again: escalated on that case, no hand-back pending. The offers
    /// and answers of the bot's turn with the case go to its handling agreement first.</summary>
    private async Task EscalatedAgainAsync(string number, CancellationToken ct)
    {
        await ReportOffersAsync(ct);
        OffersHandedToDesk();
        _state.CaseNumber = number;
        _state.HandedBackCase = null;
        _state.Asking = FactQuestion.None;
        if (_state.Step != ComplaintStep.Escalated) _flow.Escalate();
    }

    /// <summary>A desk wake: pick up a hand-back if there is one; otherwise say nothing.</summary>
    private async Task DeskWakeAsync(CancellationToken ct)
    {
        if (_state.Step != ComplaintStep.Escalated || _state.CaseNumber is not { } number) return;
        _handling = await _services.Desk.GetHandlingAsync(number, ct);
        if (_handling?.PendingHandBack is not null && await _services.Desk.ClaimHandBackAsync(number, ct) is { } claim)
            await ResumeAsync(claim, ct);
    }

    /// <summary>Carries on exactly at the step the agent chose.</summary>
    private async Task ResumeAsync(ClaimedHandBack claim, CancellationToken ct)
    {
        _state.HandedBackCase = claim.Number;
        _state.HandedBackBy = claim.AgentName;
        Say("HandBack.Intro", claim.AgentName);
        switch (claim.Step)
        {
            case HandBackSteps.ProposeRemedy:
                await ProposeAgainAsync(claim, ct);
                break;
            case HandBackSteps.RecordAgreement:
                _state.Offers = [ToOffer(claim.Remedy!, claim.Agent)];
                _state.OfferIndex = 0;
                _state.OfferedAt ??= _turn.Now;
                await RecordAgreementAsync(ct);
                break;
            default:
                _flow.SettleAfterHandBack();
                var due = TimeZoneInfo.ConvertTime(claim.FollowUpDue ?? _turn.Now, CustomerTimeZone());
                Say("HandBack.FollowUp", claim.Number, due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>The agent's remedy first, then the options the customer has not refused; a fresh round of two refusals.</summary>
    private async Task ProposeAgainAsync(ClaimedHandBack claim, CancellationToken ct)
    {
        var remaining = _state.Offers.Where(o => !_state.Refused.Any(r => r.Kind == o.Kind && r.Description == o.Description));
        _state.Offers = claim.Remedy is { } chosen ? [ToOffer(chosen, claim.Agent), .. remaining] : [.. remaining];
        _state.OfferIndex = 0;
        _state.Rejections = 0;
        _state.OfferedAt = _turn.Now;
        if (!_flow.CanResumeProposal)
        {
            // Nothing left the bot may offer: the agent has to choose.
            await BackToOwnerAsync(claim.Number, EscalationReason.BeyondBotAuthority, "Escalated.Beyond", ct);
            return;
        }
        _flow.ResumeProposal();
        Offer();
    }

    /// <summary>After a hand-back, "a person" (or a second refusal) goes back to the same owner, not a new case.
    /// False when the case is no longer with the bot.</summary>
    private async Task<bool> BackToOwnerAsync(string number, EscalationReason reason, string introKey, CancellationToken ct)
    {
        var result = await _services.Desk.CustomerNeedsPersonAsync(number, reason.ToString(), ct);
        if (!result.Succeeded) return false;
        await EscalatedAgainAsync(number, ct);
        SayText(Text(introKey) + Gap + Text("HandBack.ToPerson", _state.HandedBackBy ?? "", number));
        return true;
    }

    /// <summary>Where the case stands, as the desk has it now: "with a colleague" only when someone owns it; in the queue, the
    /// place and, outside staffed hours, when we are back — or, for a safety case, the emergency route.</summary>
    private async Task SayWaitingAsync(string number, CancellationToken ct)
    {
        var handling = await _services.Desk.GetHandlingAsync(number, ct);
        if (handling is { QueuePosition: { } position })
        {
            SayText(Text("Escalated.Queued", number, position) + OffHours(handling.StaffedAgainAt, handling.FirstResponseDue, handling.Priority));
            return;
        }
        Say("Escalated.Waiting", number);
    }

    private string OffHours(DateTimeOffset? staffedAgainAt, DateTimeOffset firstResponseDue, CasePriority priority = CasePriority.Normal) =>
        staffedAgainAt is not { } back ? ""
        : priority == CasePriority.Safety ? Gap + EmergencyRoute(firstResponseDue)
        : Gap + Text("Escalated.OffHours", LocalTime(back), LocalTime(firstResponseDue));

    /// <summary>Outside staffed hours a safety case is with the engineer on emergency duty, by its deadline; the emergency line
    /// when one is configured (<c>Escalation:EmergencyLine</c>).</summary>
    private string EmergencyRoute(DateTimeOffset due) =>
        Text("Safety.OffHours", LocalTime(due))
        + (_services.Escalation.Value.EmergencyLine is { Length: > 0 } line ? Gap + Text("Safety.EmergencyLine", line) : "");

    /// <summary>Between two sentences: Chinese runs on without a space.</summary>
    private string Gap => _state.Language == "zh" ? "" : " ";

    /// <summary>A time in the customer's zone, always with the zone named (the page sends its zone).</summary>
    private string LocalTime(DateTimeOffset at) => CustomerTime.Format(at, CustomerTimeZone(), Culture);

    private static OfferedRemedy ToOffer(SheetRemedy r, string agent) => new(r.Kind, r.Cost, r.Currency, null, r.GrantedBy, r.Description, agent);
}

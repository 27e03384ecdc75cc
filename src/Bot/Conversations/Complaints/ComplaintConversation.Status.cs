using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// Case status self-service, in any step: the conversation a case came from hears it at once; anyone else gives the last
/// four digits of the phone on the case first. The desk decides (<see cref="ICaseDesk.CheckStatusAsync"/>): an unknown
/// number and wrong digits sound the same, and repeated wrong checks are slowed down. Afterwards the customer is back
/// where they were.
/// </summary>
public sealed partial class ComplaintConversation
{
    /// <summary>The check that waited for this message (taken off the state as the turn begins).</summary>
    private PendingStatusCheck? _pendingStatus;

    /// <summary>The phone digits the check asked for: true when this message gave them and the turn is done.</summary>
    private async Task<bool> AnswersStatusCheckAsync(CancellationToken ct)
    {
        if (_pendingStatus is not { Number: { } number } || _said.CaseNumber is not null || PhoneDigits() is not { } digits) return false;
        await CheckStatusAsync(number, digits, ct);
        return true;
    }

    /// <summary>A status question (with a number, or about this conversation's case), a number the bot asked for, or a
    /// message that did not give what the check asked. True when the turn is done.</summary>
    private async Task<bool> StatusAsync(CancellationToken ct)
    {
        if (AcceptsTheOfferFirst()) return false; // "ok, refund it then. can you give me the case number?": the agreement gives it
        // "有进展了发短信给我就行" (round 155): how to be told of progress, while the complaint is still taken (AnswersAnotherChannelAsync).
        if (_said.CaseNumber is null && _state.CaseNumber is null && _flow.IsInComplaint && AnotherChannel().IsMatch(_text)) return false;
        if (_said.CaseNumber is null && _pendingStatus is null && _state.CaseNumber is null && !_state.ForeignTicketAnswered
            && ForeignTicket().Match(_text.ToLowerInvariant()) is { Success: true } ticket)
            return AnswerForeignTicket(ticket.Groups["id"].Value.ToUpperInvariant());
        if (_said.CaseNumber is { } quoted && (_said.Intent == Intent.Status || _pendingStatus is not null))
        {
            await CheckStatusAsync(quoted, null, ct);
            return true;
        }
        if (_said.Intent == Intent.Status)
        {
            if (_state.CaseNumber is { } own)
            {
                await CheckStatusAsync(own, null, ct);
                return true;
            }
            if (_flow.IsInComplaint && AsksForTheNumber().IsMatch(_text)) return await PromiseTheNumberAsync(ct);
            // "什么时候来?" at an offer (round 81): a question about the visit on the table, not about an earlier case.
            if (_state.Step == ComplaintStep.AwaitingAgreement) return false;
            _state.StatusCheck = new PendingStatusCheck(null);
            Say("Status.AskNumber");
            return true;
        }
        // Asked for a number or digits and got neither: say so once and carry on; anything with a purpose of its own
        // (a complaint, a person, help…) is simply handled.
        if (_pendingStatus is not null && _said.Intent is Intent.Statement or Intent.Yes or Intent.No)
        {
            Say(_pendingStatus.Number is null ? "Status.NoNumber" : "Status.NoDigits");
            await ResumeAsync(ct);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A ticket number that is not one of ours ("ticket AS-518347", 工单号 AS-635871: from a phone call or an earlier system,
    /// round 36): said plainly that it cannot be found here, with an apology, and the message is then taken as the
    /// complaint it is, never "which case shall I look up?" again. Said once per conversation.
    /// </summary>
    private bool AnswerForeignTicket(string ticket)
    {
        if (!_state.Greeted) Greet();
        _state.ForeignTicketAnswered = true;
        Say("Status.NotOurNumber", ticket);
        if (_said.Intent == Intent.Status) _said = _said with { Intent = Intent.Complaint };
        return false;
    }

    [GeneratedRegex(@"(?<![a-z0-9])(?<id>as-?\d{5,7})(?![\d-])|(?<![a-z])(?:ticket|case|reference|ref|complaint|job)\s*(?:no\.?|number|#|id)?\s*(?:is|was|:|#)?\s*(?<id>[a-z]{0,3}-?\d{5,8})(?![\d-])|(?:(?:工单|投诉|案件|报修)(?:编号|号码|号)|(?<!订)单号)\s*(?:是|为|:|：)?\s*(?<id>[a-z]{0,3}-?\d{5,8})(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignTicket();

    /// <summary>
    /// "…and please repeat the case number at the end", 案件号是多少 before there is a case: the number comes with the case, at
    /// the end; the message is otherwise taken as it was meant (a story closed with it, a fact given with it), else the
    /// question stands.
    /// </summary>
    private async Task<bool> PromiseTheNumberAsync(CancellationToken ct)
    {
        Say("Status.NumberAtTheEnd");
        if (_state.Step == ComplaintStep.Listening && ClosesTheStory())
        {
            _flow.FinishVenting();
            await AskToConfirmAsync(ct);
            return true;
        }
        if (_tookFacts) return false;
        await ResumeAsync(ct);
        return true;
    }

    /// <summary>Asking for the case's number itself, not for news of an earlier case.</summary>
    [GeneratedRegex(@"case\s*(?:number|no\.?|#|id|reference)|reference\s+number|ticket\s+number|案件号|案件编号|工单号|单号|编号", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AsksForTheNumber();

    private async Task CheckStatusAsync(string number, string? digits, CancellationToken ct)
    {
        var answer = await _services.Desk.CheckStatusAsync(new CaseStatusCheck(number, Activity.Conversation!.Id!, digits), ct);
        switch (answer.Outcome)
        {
            case StatusCheckOutcome.Shown:
                SayText(Describe(answer.Status!));
                break;
            case StatusCheckOutcome.NeedsPhoneDigits:
                _state.StatusCheck = new PendingStatusCheck(number);
                Say("Status.AskDigits", number);
                return; // the question stands until the next message
            case StatusCheckOutcome.NotMatched:
                SayText(Text("Status.NoMatch", number) + (answer.RetryAt is { } retry ? Gap + Text("Status.TryAgainAt", LocalTime(retry)) : ""));
                break;
            default:
                Say("Status.Throttled", LocalTime(answer.RetryAt!.Value));
                break;
        }
        await ResumeAsync(ct);
    }

    /// <summary>The status and the next step in plain words.</summary>
    private string Describe(CustomerCaseStatus s) => s.Status switch
    {
        CaseStatus.Queued or CaseStatus.Reopened =>
            Text("CaseStatus." + s.Status, s.Number, s.QueuePosition ?? 1, LocalTime(s.FirstResponseDue)) + OffHours(s.StaffedAgainAt, s.FirstResponseDue, s.Priority),
        CaseStatus.Assigned or CaseStatus.WithBot => Text("CaseStatus.Assigned", s.Number, LocalTime(s.ResolutionDue)),
        CaseStatus.WaitingOnCustomer => Text("CaseStatus.WaitingOnCustomer", s.Number),
        CaseStatus.WaitingOnApproval => Text("CaseStatus.WaitingOnApproval", s.Number, LocalTime(s.ResolutionDue)),
        CaseStatus.ActionPending => Text("CaseStatus.ActionPending", s.Number, s.AgreedRemedy ?? Text("CaseStatus.AgreedRemedy"), LocalTime(s.ResolutionDue)),
        CaseStatus.Resolved => Text("CaseStatus.Resolved", s.Number, LocalTime(s.ResolvedAt ?? _turn.Now), s.Outcome ?? "—"),
        CaseStatus.Closed => Text("CaseStatus.Closed", s.Number),
        _ => Text("CaseStatus.InProgress", s.Number),
    };

    /// <summary>Four digits on their own ("5678", "尾号5678"), or a whole phone number's last four.</summary>
    private string? PhoneDigits()
    {
        if (_said.Phone is { } phone && phone.Count(char.IsAsciiDigit) >= 7) return new string([.. phone.Where(char.IsAsciiDigit)])[^4..];
        var groups = FourDigits().Matches(_text);
        return groups.Count == 1 ? groups[0].Value : null;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex FourDigits();
}

using System.Globalization;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Escalation.Privacy;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// The customer's rights over their data, in any step and either language: a copy, sent in the chat as a file; and
/// erasure, confirmed ("yes", or the last four digits of the phone on file, as a case-status check asks), refused with the
/// reason while an open case or a running agreement needs the data. Afterwards the customer is back where they were (a
/// copy) or starts afresh (an erasure). The notice in the first greeting says what is kept and for how long.
/// </summary>
public sealed partial class ComplaintConversation
{
    /// <summary>The erasure that waited for this message's confirmation (taken off the state as the turn begins).</summary>
    private PendingErasure? _pendingErasure;

    private string ConversationId => Activity.Conversation!.Id!;

    /// <summary>True when this message was about the customer's data and the turn is done.</summary>
    private async Task<bool> PrivacyAsync(CancellationToken ct)
    {
        if (_pendingErasure is { } pending) return await ConfirmErasureAsync(pending, ct);
        switch (Privacy)
        {
            case PrivacyRequest.Copy:
                await SendCopyAsync(ct);
                return true;
            case PrivacyRequest.Erase:
                await AskToEraseAsync(ct);
                return true;
            default:
                return false;
        }
    }

    private async Task SendCopyAsync(CancellationToken ct)
    {
        var file = await _services.Rights.CopyAsync(ConversationId, CustomerDataRights.CustomerActor, ct);
        if (file is null)
        {
            Say("Privacy.NothingHeld");
            return;
        }
        Say("Privacy.CopyReady", file.Conversations, file.Cases).Card(await _services.Rights.ShareAsync(Activity, file, ct));
        await ResumeAsync(ct);
    }

    private async Task AskToEraseAsync(CancellationToken ct)
    {
        var subject = await _services.Rights.SubjectAsync(ConversationId, ct);
        if (subject.Count == 0)
        {
            Say("Privacy.NothingHeld");
            return;
        }
        var holds = await _services.Rights.HoldsAsync(subject, ConversationId, CustomerDataRights.CustomerActor, ct);
        if (holds.Count > 0)
        {
            SayHeld(holds);
            await ResumeAsync(ct);
            return;
        }
        var digits = LastFour(_state.Phone) ?? await _services.Rights.PhoneLastFourAsync(subject, ct);
        _state.Erasure = new PendingErasure(digits);
        Say(digits is null ? "Privacy.ConfirmErase" : "Privacy.ConfirmEraseDigits");
    }

    private async Task<bool> ConfirmErasureAsync(PendingErasure pending, CancellationToken ct)
    {
        var confirmed = pending.PhoneLastFour is { } expected ? PhoneDigits() is { } given ? given == expected : (bool?)null
            : _said.Intent == Intent.Yes ? true : null;
        if (confirmed == true)
        {
            await EraseAsync(ct);
            return true;
        }
        Say(confirmed == false ? "Privacy.EraseWrongDigits" : "Privacy.EraseKept");
        // A refusal or the wrong digits end the request; anything with a purpose of its own is then handled as usual.
        if (confirmed == false || _said.Intent is Intent.No or Intent.Yes or Intent.Statement && Privacy == PrivacyRequest.None)
        {
            await ResumeAsync(ct);
            return true;
        }
        return false;
    }

    private async Task EraseAsync(CancellationToken ct)
    {
        var result = await _services.Rights.EraseAsync(ConversationId, CustomerDataRights.CustomerActor, ConversationId, ct);
        switch (result.Status)
        {
            case ErasureStatus.Held:
                SayHeld(result.Holds);
                await ResumeAsync(ct);
                return;
            case ErasureStatus.NotFound:
                Say("Privacy.NothingHeld");
                return;
        }
        _state = new ComplaintState { Language = _state.Language, LanguageWritten = _state.LanguageWritten, Greeted = true };
        _flow = new ComplaintFlow(_state);
        Say("Privacy.Erased", result.Conversations, result.Cases.Count);
    }

    private void SayHeld(IReadOnlyList<CaseHold> holds)
    {
        var hold = holds.FirstOrDefault(h => h.Reason == CaseHoldReason.OpenCase) ?? holds[0];
        var numbers = string.Join(_state.Language == "zh" ? "、" : ", ", holds.Where(h => h.Reason == hold.Reason).Select(h => h.CaseNumber));
        Say(hold.Reason == CaseHoldReason.OpenCase ? "Privacy.HeldOpenCase" : "Privacy.HeldAgreement", numbers);
    }

    /// <summary>The privacy notice for the first greeting: what is kept, how long, the policy link.</summary>
    private string PrivacyNotice()
    {
        var (closed, inactive) = RetentionDays();
        var options = _services.Rights.Options;
        return string.IsNullOrWhiteSpace(options.PolicyUrl)
            ? Text("Privacy.NoticeNoLink", closed, inactive)
            : Text("Privacy.Notice", closed, inactive, options.PolicyUrl);
    }

    /// <summary>A question about the customer's data asked mid-conversation: what is kept, how long, who sees it.</summary>
    private void AnswerThePrivacyQuestion()
    {
        var (closed, inactive) = RetentionDays();
        Say("Privacy.Answer", closed, inactive);
    }

    private (string Closed, string Inactive) RetentionDays()
    {
        var retention = _services.Rights.Options.Retention;
        return (((int)retention.ClosedCaseConversations.TotalDays).ToString(CultureInfo.InvariantCulture),
            ((int)retention.InactiveConversations.TotalDays).ToString(CultureInfo.InvariantCulture));
    }

    private static string? LastFour(string? phone) =>
        phone is null ? null : new string([.. phone.Where(char.IsAsciiDigit)]) is { Length: >= 4 } digits ? digits[^4..] : null;
}

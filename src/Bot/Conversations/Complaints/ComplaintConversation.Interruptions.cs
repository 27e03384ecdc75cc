using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>Help, cancel, start over, a person, status, warranty questions and thanks work in every step.</summary>
    private async Task<bool> InterruptedAsync(CancellationToken ct)
    {
        var answering = _state.Step == ComplaintStep.Gathering && _state.Asking != FactQuestion.None;
        switch (_said.Intent)
        {
            case Intent.Human:
                await EscalateAsync(EscalationReason.CustomerAskedForPerson, "Escalated.Human", ct);
                return true;
            case Intent.Cancel:
                if (_flow.IsInComplaint) _flow.Cancel();
                Say("Cancelled");
                return true;
            case Intent.StartOver:
                Restart();
                _flow.StartComplaint();
                Say("StartOver");
                return true;
            case Intent.Help:
                Say("Help");
                Resume();
                return true;
            case Intent.Status:
                await StatusAsync(ct);
                return true;
            case Intent.WarrantyQuestion when !answering && _state.Step != ComplaintStep.AwaitingAgreement:
                AnswerFromArticles();
                Resume();
                return true;
            case Intent.Thanks when _state.Step is not (ComplaintStep.Listening or ComplaintStep.Confirming) && !answering:
                Say("Thanks");
                Resume();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Repeats where the customer was, so an interruption never loses their place.</summary>
    private void Resume()
    {
        switch (_state.Step)
        {
            case ComplaintStep.Listening:
                Say("Listen.More").Buttons("Button.ThatsAll");
                break;
            case ComplaintStep.Confirming:
                AskToConfirm();
                break;
            case ComplaintStep.Gathering when _state.Asking != FactQuestion.None:
                Say("Resume", Text(QuestionKey(_state.Asking), _state.Asking == FactQuestion.Serial ? SerialExample() : ""));
                break;
            case ComplaintStep.AwaitingAgreement:
                Offer();
                break;
            case ComplaintStep.FollowingUp or ComplaintStep.Rating:
                ResumeFollowUp();
                break;
        }
    }

    private void AnswerFromArticles()
    {
        var hits = _services.Search.Search(_text, new SearchOptions { Product = _state.Model, Top = 1, Language = _state.Language });
        if (hits.Count == 0)
        {
            Say("Warranty.NoArticle");
            return;
        }
        var hit = hits[0];
        Say("Warranty.Article", _state.Language == "zh" ? hit.TitleZh : hit.TitleEn, _state.Language == "zh" ? hit.SnippetZh : hit.SnippetEn);
    }

    private async Task StatusAsync(CancellationToken ct)
    {
        var number = CaseNumber().Match(_text) is { Success: true } m ? m.Value.ToUpperInvariant() : _state.CaseNumber;
        if (number is null)
        {
            Say("Status.Ask");
            return;
        }
        var view = await _services.Desk.FindAsync(number, ct);
        // Only the conversation a case came from hears about it here; another customer's case is never revealed.
        if (view is null || view.ConversationId != Activity.Conversation?.Id)
        {
            Say("Status.NotFound", number);
            return;
        }
        var status = view.Status is "Queued" or "ActionPending" or "Assigned" or "WaitingOnCustomer" or "WaitingOnApproval"
            or "Resolved" or "Closed" or "Reopened"
            ? Text("Status." + view.Status)
            : Text("Status.Other");
        var due = TimeZoneInfo.ConvertTime(view.FirstResponseDue, CustomerTimeZone());
        Say("Status.Show", view.Number, status, due.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Resume();
    }

    [GeneratedRegex(@"\bAS-\d{8}-\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumber();
}

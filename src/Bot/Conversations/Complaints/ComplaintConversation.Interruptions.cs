using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>Help, cancel, start over, a person, warranty questions and thanks work in every step (status: <see cref="StatusAsync"/>).</summary>
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
                await ResumeAsync(ct);
                return true;
            case Intent.WarrantyQuestion when !answering && _state.Step != ComplaintStep.AwaitingAgreement:
                await AnswerFromArticlesAsync(ct);
                await ResumeAsync(ct);
                return true;
            case Intent.Thanks when _state.Step is not (ComplaintStep.Listening or ComplaintStep.Confirming) && !answering:
                Say("Thanks");
                await ResumeAsync(ct);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Repeats where the customer was, so an interruption never loses their place.</summary>
    private async Task ResumeAsync(CancellationToken ct)
    {
        switch (_state.Step)
        {
            case ComplaintStep.Listening:
                Say("Listen.More").Buttons("Button.ThatsAll");
                break;
            case ComplaintStep.Confirming:
                await AskToConfirmAsync(ct);
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

    /// <summary>The model's answer from the articles when it has one that cites them, else the best article's snippet.</summary>
    private async Task AnswerFromArticlesAsync(CancellationToken ct)
    {
        var hits = _services.Search.Search(_text, new SearchOptions { Product = _state.Model, Top = 3, Language = _state.Language });
        var composed = await _services.Wording.AnswerAsync(new WarrantyQuestion(_text, _state.Language, _state.Model, hits), _model, ct);
        if (composed is not null)
        {
            var titles = composed.Cited.Select(a => $"[{a.Code}] " + (_state.Language == "zh" ? a.TitleZh : a.TitleEn));
            SayText(composed.Text + "\n\n" + Text("Warranty.Sources", string.Join(_state.Language == "zh" ? "；" : "; ", titles)));
            return;
        }
        if (hits.Count == 0)
        {
            Say("Warranty.NoArticle");
            return;
        }
        var hit = hits[0];
        Say("Warranty.Article", _state.Language == "zh" ? hit.TitleZh : hit.TitleEn, _state.Language == "zh" ? hit.SnippetZh : hit.SnippetEn);
    }
}

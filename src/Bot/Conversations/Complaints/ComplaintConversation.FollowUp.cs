using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The follow-up (DOMAIN.md §2 step 6): the scheduler's wake asks whether the problem was solved; yes → the
/// satisfaction survey and the case closes; no → the case reopens with a person; no answer → one reminder, then the case
/// closes as unconfirmed.</summary>
public sealed partial class ComplaintConversation
{
    private static readonly string[] SkipWords = ["skip", "no thanks", "no, thanks", "跳过", "不用了", "不评"];

    /// <summary>A follow-up wake from the scheduler. Each item is spoken once: a send repeated after a crash finds it done.</summary>
    private async Task FollowUpWakeAsync(FollowUpPrompt prompt, CancellationToken ct)
    {
        var item = prompt.Item;
        if (_state.FollowUpsDone.Contains(item.Id))
        {
            prompt.Delivery = FollowUpDelivery.Sent;
            return;
        }
        switch (item.Kind)
        {
            case FollowUpKinds.Ask:
                if (!_flow.CanFollowUp)
                {
                    prompt.NotNow = "The customer is in the middle of another complaint; asked again later.";
                    return;
                }
                _flow.FollowUp();
                (_state.CaseNumber, _state.FollowUpCase, _state.FollowUpMisses, _state.Asking) = (item.CaseNumber, item.CaseNumber, 0, FactQuestion.None);
                _state.HandedBackCase = null;
                AskSolved("FollowUp.Ask");
                break;
            case FollowUpKinds.Reminder:
                if (!AwaitsAnswer(item.CaseNumber))
                {
                    prompt.Delivery = FollowUpDelivery.NotNeeded;
                    return;
                }
                AskSolved("FollowUp.Reminder");
                break;
            default:
                var closed = await _services.FollowUps.UnconfirmedAsync(item.CaseNumber, ct);
                if (AwaitsAnswer(item.CaseNumber))
                {
                    _flow.Unanswered();
                    Say("FollowUp.Unconfirmed", item.CaseNumber);
                }
                else if (!closed.Succeeded)
                {
                    prompt.Delivery = FollowUpDelivery.NotNeeded;
                    return;
                }
                break;
        }
        _state.FollowUpsDone = [.. _state.FollowUpsDone.TakeLast(9), item.Id];
        prompt.Delivery = FollowUpDelivery.Sent;
    }

    private bool AwaitsAnswer(string number) => _state.Step == ComplaintStep.FollowingUp && _state.FollowUpCase == number;

    private void AskSolved(string key) => Say(key, _state.FollowUpCase!).Buttons("Button.Solved", "Button.NotSolved");

    /// <summary>The customer's answer to the follow-up question or the survey. False lets the turn go on (an interruption
    /// such as help, or a new complaint after the survey).</summary>
    private async Task<bool> FollowingUpAsync(Satisfaction? submitted, CancellationToken ct)
    {
        if (_state.Step == ComplaintStep.FollowingUp) return await AnswerSolvedAsync(ct);
        if (_state.Step == ComplaintStep.Rating) return await AnswerSurveyAsync(submitted, ct);
        return false;
    }

    private async Task<bool> AnswerSolvedAsync(CancellationToken ct)
    {
        var number = _state.FollowUpCase!;
        var solved = _said.Intent == Intent.Human ? false
            : SolvedAnswer.Read(_text, _said.Intent, Text("Button.Solved"), Text("Button.NotSolved"))
              ?? (_said.Symptoms.Count > 0 || _said.Intent == Intent.Complaint ? false : null);
        if (solved is null)
        {
            if (IsInterruption()) return false;
            _state.FollowUpMisses++;
            AskSolved("FollowUp.Again");
            return true;
        }
        if (solved.Value)
        {
            var answer = await _services.FollowUps.SolvedAsync(number, EffectKey("follow-up-solved"), ct);
            _flow.Solved();
            if (!answer.Succeeded)
            {
                // The case was already settled by a person: nothing to rate against it.
                _flow.Rate();
                Say("Survey.Closed");
                return true;
            }
            AskRating();
            return true;
        }
        await NotSolvedAsync(number, ct);
        return true;
    }

    /// <summary>"No": the same case reopens with a raised priority and its history; the customer hears who and when.</summary>
    private async Task NotSolvedAsync(string number, CancellationToken ct)
    {
        var answer = await _services.FollowUps.NotSolvedAsync(number, EffectKey("follow-up-not-solved"), ct);
        if (!answer.Succeeded)
        {
            // The case cannot reopen (closed meanwhile): a new case with everything gathered.
            await EscalateAsync(EscalationReason.CustomerAskedForPerson, "FollowUp.NotSolvedIntro", ct);
            return;
        }
        _flow.NotSolved();
        _state.CaseNumber = number;
        var position = answer.QueuePosition is { } p ? Gap + Text("FollowUp.ReopenedPosition", p) : "";
        SayText(Text("FollowUp.Reopened", number, LocalTime(answer.ContactBy!.Value)) + position
            + OffHours(answer.StaffedAgainAt, answer.ContactBy.Value));
    }

    private void AskRating()
    {
        var reply = Say("Survey.Ask");
        if (SurveyCard.RendersOn(Activity.ChannelId)) reply.Card(SurveyCard.Build(Culture));
        else reply.Buttons("Button.Skip");
    }

    private async Task<bool> AnswerSurveyAsync(Satisfaction? submitted, CancellationToken ct)
    {
        var number = _state.FollowUpCase!;
        var rating = submitted ?? SatisfactionAnswer.Read(_text);
        if (rating is null)
        {
            if (_said.Intent == Intent.No || _text == Text("Button.Skip") || SkipWords.Any(w => Lower.Contains(w, StringComparison.Ordinal)))
            {
                _flow.Rate();
                Say("Survey.Skipped", number);
                return true;
            }
            if (_said.Intent == Intent.Complaint || _said.Symptoms.Count > 0)
            {
                _flow.Rate(); // unrated; what follows is a new complaint
                return false;
            }
            if (IsInterruption()) return false;
            _state.FollowUpMisses++;
            Say("Survey.Again").Buttons("Button.Skip");
            return true;
        }
        await _services.FollowUps.RateAsync(number, rating.Rating, rating.Comment, ct);
        _flow.Rate();
        Say("Survey.Thanks", rating.Rating, number);
        return true;
    }

    private bool IsInterruption() =>
        _said.Intent is Intent.Help or Intent.Status or Intent.Cancel or Intent.StartOver or Intent.WarrantyQuestion or Intent.Thanks;

    /// <summary>After an interruption, the follow-up question or the survey stands.</summary>
    private void ResumeFollowUp()
    {
        if (_state.Step == ComplaintStep.FollowingUp) AskSolved("FollowUp.Again");
        else if (_state.Step == ComplaintStep.Rating) AskRating();
    }
}

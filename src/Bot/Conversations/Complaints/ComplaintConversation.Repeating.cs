using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>This message only asked for the open question again ("say that again?", 你说啥？, "what have you got so far?").</summary>
    private bool _repeatOnly;

    /// <summary>The request came with a question about the question ("start of what?"): what it means is said with it.</summary>
    private bool _repeatNotUnderstood;

    /// <summary>"huh? oh yeah, that's it", 你说啥？对，是这样 (round 158): a leading "say that again" is split off, and what follows is
    /// the answer; a message that is nothing else is marked to have its question said again.</summary>
    private void SplitOffARepeatRequest()
    {
        _repeatOnly = false;
        _repeatNotUnderstood = false;
        if (_state.Step is not (ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.Gathering or ComplaintStep.AwaitingAgreement)
            || RepeatRequest.AnswerAfter(_text) is not { } answer)
            return;
        // "sorry what? start of what?", 啥？什么开始？ while a fact or the restatement is asked: a question about the question, so it
        // is said again with what it means.
        if (answer.Length > 0 && !(QuestionAboutTheQuestion(answer) && _state.Step is ComplaintStep.Gathering or ComplaintStep.Confirming))
            _text = answer;
        else
        {
            _repeatOnly = true;
            _repeatNotUnderstood = answer.Length > 0;
        }
    }

    /// <summary>The question asked back with no fact in it: "start of what?", "when did what start", 什么开始？.</summary>
    private static bool QuestionAboutTheQuestion(string answer) =>
        (answer.EndsWith('?') || answer.EndsWith('？')) && !answer.Any(char.IsDigit) && answer.Length <= 40
        && System.Text.RegularExpressions.Regex.IsMatch(answer, @"(?<![a-z])(?:what|which)(?![a-z])|什么|啥|哪", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The open question said again, in other words than a plain repeat, and what it means when the customer says they did
    /// not understand it. Nothing is taken as an answer, a refusal or a miss.</summary>
    /// <returns>True when the turn is done.</returns>
    private async Task<bool> RepeatsTheQuestionAsync(CancellationToken ct)
    {
        if (!_repeatOnly || _said.Hazard is not null || _said.Intent is Intent.Human or Intent.Cancel or Intent.StartOver) return false;
        var notUnderstood = _repeatNotUnderstood || RepeatRequest.NotUnderstood(_text);
        switch (_state.Step)
        {
            case ComplaintStep.Listening:
                Say("Repeat.Listening");
                return true;
            case ComplaintStep.Confirming:
                if (notUnderstood) Say("Meaning.Confirm");
                var restatement = await RestatementAsync(ct);
                var reply = Text("Repeat.Confirm", restatement);
                SayText(reply).Buttons("Button.Yes", "Button.No");
                _state.LastConfirmReply = reply;
                _state.LastRestatement = restatement;
                return true;
            case ComplaintStep.Gathering when _state.Asking != FactQuestion.None:
                if (notUnderstood && MeaningKey(_state.Asking) is { } meaning) Say(meaning);
                Say("Repeat.Question", Text(QuestionKey(_state.Asking), QuestionArgument(_state.Asking)));
                return true;
            case ComplaintStep.AwaitingAgreement:
                Say("Repeat.Offer");
                Offer();
                return true;
            default:
                return false;
        }
    }
}

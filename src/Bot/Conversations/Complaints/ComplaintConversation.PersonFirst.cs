using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>"算了，人工还要排队，我直接跟你说吧", "never mind, I'll just tell you": the person asked for is not wanted after all.</summary>
    private static readonly Regex WithdrawsThePerson = new(
        @"算了|不用了|不转了|不用人工|不要人工|不找人工|不转人工|跟你说|告诉你|你来吧|你说吧|forget it|never\s*mind|no need|i'?ll (?:just )?tell you|let'?s (?:just )?do it here|you'?ll do",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// "转人工" or "agent" as the very first thing said, calm, with nothing told yet: the customer is asked once for a sentence
    /// about the problem, so the colleague who takes the case can help at once, with the person one tap away; asking again
    /// (or "yes" to the button) passes them on. An angry customer, or one who has told us anything, is passed on at once.
    /// A customer who then takes the request back ("算了，我直接跟你说吧") is simply listened to. True when the turn is done.
    /// </summary>
    private bool PersonFirst()
    {
        var withdraws = _state.PersonAskedFirst && NothingToldYet() && _said.Symptoms.Count == 0 && _said.Models.Count == 0
            && WithdrawsThePerson.IsMatch(_text);
        if (_said.Intent == Intent.Human && !withdraws)
        {
            if (_state.PersonAskedFirst || _said.Anger >= 2 || !NothingToldYet()) return false;
            _state.PersonAskedFirst = true;
            if (!_state.Greeted) Greet(); // a channel without a join event: introduce ourselves first
            if (_state.Step == ComplaintStep.Idle) _flow.StartComplaint();
            Say("Human.AskFirst").Buttons("Button.Person");
            return true;
        }
        if (!withdraws) return false;
        Say("Human.Withdrawn").Buttons("Button.ThatsAll");
        return true;
    }

    private bool NothingToldYet() =>
        (_state.Step == ComplaintStep.Idle || _state.Step == ComplaintStep.Listening && _state.Heard.Count == 0)
        && _state.Model is null && _state.Symptoms.Count == 0 && _state.Serial is null && _state.CaseNumber is null;
}

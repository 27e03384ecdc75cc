using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>
    /// "Too expensive, I'll just buy a new one", "太贵了，不修了": the last offer turned down by a customer who wants nothing
    /// else from us. Not a demand beyond the bot's authority, so not a case for the queue on its own: a person is offered,
    /// and "no" leaves it there (DOMAIN.md §2 step 5: more than one kind of solution, never a forced escalation).
    /// </summary>
    private static readonly Regex LeaveIt = new(
        @"(?<![a-z])(?:too\s+(?:expensive|much|pricey|dear)|not\s+worth\s+it|(?:i'?ll|i\s+will|we'?ll|rather)\s+(?:just\s+)?(?:buy|get)\s+(?:a\s+)?(?:new|another)|buy\s+(?:a\s+)?new\s+one|forget\s+it|never\s*mind|leave\s+it|don'?t\s+bother)(?![a-z])"
        + "|太贵|贵了|不修了|不用修了|不值|不划算|买个新的|买新的|买一台新的|重新买|再买一台|自己买|那算了|算了吧|就算了",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private bool DeclinesAltogether() => _said.Intent != Intent.Human && LeaveIt.IsMatch(_text);

    private void OfferPersonAfterDecline()
    {
        _state.DeclinedAll = true;
        Say("Declined.OfferPerson").Buttons("Button.Person");
    }

    /// <summary>"要", "需要的", "转吧" to "需要转给人工客服吗？": a yes in the words of the question (round 21's customer was asked three times).</summary>
    private static readonly Regex WantsThePerson = new(@"^[\s\p{P}]*(?:要|要的|要啊|要吧|需要|需要的|转|转吧|转一下|帮我转|麻烦转|转人工吧?)[\s\p{P}]*$",
        RegexOptions.CultureInvariant);

    /// <summary>After "would you like a colleague?": yes hands it over, no closes the complaint without a case.</summary>
    private async Task AfterDeclineAsync(CancellationToken ct)
    {
        if (_said.Intent == Intent.Yes || _text == Text("Button.Person") || _said.Intent != Intent.Thanks && OfferAnswers.Accepts(_text)
            || WantsThePerson.IsMatch(_text))
        {
            _state.DeclinedAll = false;
            await EscalateAsync(RefusalReason(), "Escalated.Rejected", ct);
            return;
        }
        if (_said.Intent is Intent.No or Intent.Thanks or Intent.Cancel || OfferAnswers.Refuses(_text) || LeaveIt.IsMatch(_text))
        {
            _state.DeclinedAll = false;
            _flow.Cancel();
            Say("Cancelled");
            return;
        }
        Say("Declined.OfferPerson").Buttons("Button.Person");
    }
}

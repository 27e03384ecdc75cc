using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>"That's too expensive, can you do it cheaper?", 这么贵？能便宜点吗, "can't you do it for free?": a request for a lower price, not a question for the
    /// articles. "Too expensive, forget it" / 太贵了，不修了 alone is a refusal, answered as one.</summary>
    private static readonly Regex AsksForDiscount = new(
        @"cheaper|discount|(?:lower|reduce|drop) (?:the |your )?(?:price|fee|cost)|knock (?:some|something|a bit) off|best price|any deal|便宜|优惠|打折|打个折|折扣|少点|少收|减免|减一点|让点|能不能少|(?<![a-z])(?:for|of)\s+free(?![a-z])|free\s+of\s+charge|without\s+(?:a\s+|any\s+)?charg(?:e|ing)|waive|免费|不收钱|别收钱|不收费|别收费",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"…or I'll just buy a new one", 不修了, 算了: a discount asked for by someone leaving is a refusal.</summary>
    private static readonly Regex GivesUp = new(
        @"(?:i'?ll|i\s+will|we'?ll|rather)\s+(?:just\s+)?(?:buy|get)\s+(?:a\s+)?(?:new|another)|buy\s+(?:a\s+)?new\s+one|forget\s+it|never\s*mind|leave\s+it|don'?t\s+bother|不修了|不用修了|买个新的|买新的|重新买|再买一台|算了",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A price offer the customer pays for, haggled over: the fee is the schedule's and the bot cannot lower it.</summary>
    private bool HagglesOverThePrice() =>
        _state.Step == ComplaintStep.AwaitingAgreement
        && _state.OfferIndex < _state.Offers.Count
        && RemedyTerms.MoneyOf(ToSheetRemedy(_state.Offers[_state.OfferIndex])) is (RemedyMoney.FeeCustomerPays, > 0)
        && AsksForDiscount.IsMatch(_text) && !GivesUp.IsMatch(_text);

    /// <summary>
    /// The first time: why the price is what it is, and the same offer put again in other words (never the same sentence
    /// twice in a row, never the article search, never a loop). The second time: a supervisor decides on a reduction, so the case goes to a person.
    /// </summary>
    private async Task AnswerDiscountAskAsync(CancellationToken ct)
    {
        if (_state.AskedForDiscount)
        {
            await EscalateAsync(EscalationReason.BeyondBotAuthority, "Escalated.Discount", ct);
            return;
        }
        _state.AskedForDiscount = true;
        Say("Offer.NoDiscount");
        var offer = _state.Offers[_state.OfferIndex];
        NoteOffer(offer);
        var (_, fee) = RemedyTerms.MoneyOf(ToSheetRemedy(offer))!.Value;
        Say("Offer.Stands", Inline(offer.Description), FormatMoney(fee, offer.Currency), FormatHours(offer.ServiceHours))
            .Buttons("Button.Accept", "Button.Reject", "Button.Person");
    }
}

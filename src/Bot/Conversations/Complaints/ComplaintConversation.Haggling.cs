using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>"That's too expensive, can you do it cheaper?", 这么贵？能便宜点吗: a request for a lower price, not a question for the articles.</summary>
    private static readonly Regex AsksForDiscount = new(
        @"cheaper|discount|too (?:expensive|much|pricey|steep)|(?:lower|reduce|drop) (?:the |your )?(?:price|fee|cost)|knock (?:some|something|a bit) off|best price|any deal|便宜|优惠|打折|打个折|折扣|太贵|这么贵|贵了|少点|少收|减免|减一点|让点|能不能少",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>A price offer the customer pays for, haggled over: the fee is the schedule's and the bot cannot lower it.</summary>
    private bool HagglesOverThePrice() =>
        _state.Step == ComplaintStep.AwaitingAgreement
        && _state.OfferIndex < _state.Offers.Count
        && RemedyTerms.MoneyOf(ToSheetRemedy(_state.Offers[_state.OfferIndex])) is (RemedyMoney.FeeCustomerPays, > 0)
        && AsksForDiscount.IsMatch(_text);

    /// <summary>
    /// The first time: why the price is what it is, and the same offer again with a person on offer (never the article
    /// search, never a loop). The second time: a supervisor decides on a reduction, so the case goes to a person.
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
        Offer();
    }
}

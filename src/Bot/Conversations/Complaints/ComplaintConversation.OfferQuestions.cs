using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>How the remedy on the table is carried out, for the answers about it.</summary>
    private enum OfferWay { Visit, Remote, Arranged }

    private static OfferWay WayOf(OfferedRemedy offer) => offer.Kind switch
    {
        nameof(RemedyKind.FreeRepair) or nameof(RemedyKind.PaidRepair) => OfferWay.Visit,
        nameof(RemedyKind.RemoteSupport) => OfferWay.Remote,
        _ => OfferWay.Arranged,
    };

    /// <summary>Only questions about the offer ("before I say yes: how soon, must someone be in?", 要等几天？还能凑合用吗): nothing
    /// in it says yes or no, so it is answered from the offer and the offer still stands (round 97).</summary>
    private bool AsksAboutTheOfferOnly() =>
        _state.Step == ComplaintStep.AwaitingAgreement && !_state.DeclinedAll && _state.OfferIndex < _state.Offers.Count
        && (_said.Intent is not (Understanding.Intent.Human or Understanding.Intent.Cancel or Understanding.Intent.StartOver)
            || _said.Intent == Understanding.Intent.Cancel && OfferQuestions.DependsOnThePrice(_text))
        && _said.Hazard is null && !_tookDecidingFacts && !_wishChanged
        && OfferQuestions.AsksOnly(_text, clause => OfferAnswers.Accepts(clause) || OfferAnswers.Refuses(clause) || NamesTheOfferAlone(clause));

    /// <summary>One sentence per topic asked, from the offer's own terms: its time, its price, how it is carried out.</summary>
    private void AnswerAboutTheOffer(OfferTopic topics, OfferedRemedy offer)
    {
        var way = WayOf(offer);
        if (topics.HasFlag(OfferTopic.When))
            Say(offer.ServiceHours is null ? "OfferAnswer.When.Soon" : "OfferAnswer.When." + way, offer.ServiceHours ?? 0);
        if (topics.HasFlag(OfferTopic.Cost))
        {
            if (RemedyTerms.MoneyOf(ToSheetRemedy(offer)) is (RemedyMoney.FeeCustomerPays, var fee))
                Say("Answer.OfferCost", FormatMoney(fee, offer.Currency), offer.Description);
            else Say("Answer.OfferFree", offer.Description);
        }
        if (topics.HasFlag(OfferTopic.Who)) Say("OfferAnswer.Who." + way);
        if (topics.HasFlag(OfferTopic.BeThere)) Say("OfferAnswer.BeThere." + way);
        if (topics.HasFlag(OfferTopic.KeepUsing)) Say(IsSoftwareLine(_state.LineCode) || way == OfferWay.Remote ? "OfferAnswer.KeepUsing.Software" : "OfferAnswer.KeepUsing");
        if (topics.HasFlag(OfferTopic.Access)) Say(way == OfferWay.Remote ? "OfferAnswer.Access.Remote" : "OfferAnswer.Access");
    }
}

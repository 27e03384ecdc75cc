using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>The decision behind a paid offer questioned: "surely that counts as warranty?", "why should I pay for this?",
    /// "that should be on you", 不能算保修吗, 凭什么要收费, 怎么就不管了, 不是还在保修期吗.</summary>
    private static readonly Regex QuestionsTheVerdict = new(
        @"surely\s+(?:that|this|it)\s+(?:counts|is\s+covered|should\s+be)|(?:that|this|it)\s+(?:should|must)\s+(?:still\s+)?(?:be|count)\s+(?:as\s+)?(?:covered|under\s+(?:the\s+)?warranty|warranty|free|on\s+you)|should\s+be\s+on\s+you|why\s+(?:should|do|must|would)\s+(?:i|we)\s+(?:have\s+to\s+)?pay|why\s+(?:is|isn'?t)\s+(?:it|this|that)\s+(?:not\s+)?(?:covered|under\s+(?:the\s+)?warranty|free)|how\s+(?:come|is)\s+(?:it|this|that)\s+(?:is\s+)?not\s+covered|(?:can'?t|cannot|couldn'?t)\s+(?:it|this|that|you)\s+(?:still\s+)?(?:be\s+)?(?:count(?:ed)?|covered|under\s+warranty)|counts?\s+as\s+(?:warranty|covered)|should\s+(?:still\s+)?be\s+(?:covered|free|under\s+(?:the\s+)?warranty)|(?:that'?s|it'?s|this\s+is)\s+not\s+fair"
        + @"|不能算(?:保修|在保|三包)|算不算保修|不能保修吗|怎么就不(?:管|保|包|算)|凭什么(?:要)?(?:收费|收钱|不保|要钱|要我(?:付|出)钱|我(?:付|出)钱|不管)|为(?:什么|啥)(?:不保|不在保|要收费|收费|要钱|要我付|不免费|不管|过保)|怎么(?:就)?(?:过保|不在保|要收费|要钱)|应该(?:是)?(?:保修|免费|在保|你们(?:负责|出钱|承担))|不应该(?:收费|收钱|要钱)|不是(?:还)?在保(?:修期)?(?:内)?吗",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// A paid offer's decision questioned with nothing new in the message ("we only fitted it after the renovation, surely that
    /// counts?", 我们是老客户了，凭什么要收费？): the reasons again, what would change them, and the offer stands. Not a refusal to
    /// send to a person: the customer has not said no, they have asked why. A second time it is answered as what it is, and so is a question that
    /// takes the offer all the same ("I still think it should be free, but OK, go ahead") or refuses it outright ("不行 凭什么收钱":
    /// a refusal, answered as one).
    /// </summary>
    private bool ExplainsTheVerdictAgain()
    {
        if (_state.Step != ComplaintStep.AwaitingAgreement || _state.VerdictExplained || _tookFacts || _wishChanged || _state.Reasons.Count == 0
            || _state.Verdict is not (nameof(AfterSalesBot.Knowledge.Coverage.Verdict.NotCovered) or nameof(AfterSalesBot.Knowledge.Coverage.Verdict.CoveredWithFee))
            || _said.Intent is Intent.Human or Intent.Cancel or Intent.Yes || _state.OfferIndex >= _state.Offers.Count
            || OfferAnswers.Accepts(_text) || OfferAnswers.Refuses(_text) || !QuestionsTheVerdict.IsMatch(_text))
            return false;
        _state.VerdictExplained = true;
        SayText(Text("Offer.Disputed") + "\n\n" + string.Join("\n", _state.Reasons.Take(4).Select(r => Text("Decision.Reason", r.Text)))
            + "\n\n" + Text("Offer.Disputed.Check"));
        OfferStillStands();
        return true;
    }
}

using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>
    /// E-mail, text messages or WeChat asked for instead of this chat ("could we carry on over email?", "is there a WeChat I can
    /// add?", 有进展发短信给我就行, 先别安排，价格发我邮箱; round 155), while the complaint is taken or at the offer: said plainly that
    /// the case is handled here and how our people do reach the customer (by phone, on the number given here), and the question
    /// or the offer stands. Before: an unrelated article (software changes, service times, where the serial is), "which case do
    /// you mean?", or 安排 in it booked the visit. A call asked for is a person asked for (IntentWords.CallBack), not this.
    /// </summary>
    /// <returns>True when the turn is done.</returns>
    private async Task<bool> AnswersAnotherChannelAsync(CancellationToken ct)
    {
        if (!_flow.IsInComplaint || _said.Hazard is not null || _said.Intent is Intent.Human or Intent.Cancel or Intent.StartOver
            || _state.Step is not (ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.Gathering or ComplaintStep.AwaitingAgreement)
            || _state.Step == ComplaintStep.AwaitingAgreement && (_state.DeclinedAll || _state.OfferIndex >= _state.Offers.Count)
            || _tookFacts || !AnotherChannel().IsMatch(_text))
            return false;
        Say("Channel.ThisChat");
        if (_state.Step == ComplaintStep.AwaitingAgreement) OfferStillStands();
        else await ResumeAsync(ct);
        return true;
    }

    /// <summary>A request to be reached by e-mail, text message or WeChat — not an address given, nor a message that says one was sent.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:e-?mail|text|message|sms)\s+(?:me|us)(?![a-z])|(?<![a-z])(?:by|over|via|through|on|per)\s+(?:e-?mail|text(?:\s+message)?|sms|wechat|weixin)(?![a-z])|(?<![a-z])(?:e-?mail|sms|wechat|weixin)\s+(?:instead|rather)(?![a-z])|(?<![a-z])(?:send|forward)\s+(?:it|them|this|that|me|us|everything|the\s+\w+(?:\s+\w+)?)\s+(?:to\s+)?(?:by\s+|via\s+|to\s+)?(?:my\s+)?(?:e-?mail|inbox|phone\s+by\s+text)(?![a-z])|(?<![a-z])(?:add|message|contact|reach)\s+(?:you|your\s+\w+|me|us)\s+(?:guys\s+)?on\s+wechat(?![a-z])|(?<![a-z])(?:is\s+there|do\s+you\s+have|have\s+you\s+got)\s+(?:a\s+)?(?:wechat|weixin|an?\s+e-?mail\s+(?:address\s+)?(?:i\s+can|to))(?![a-z])|(?<![a-z])continue\s+(?:this\s+)?(?:by|over|on|via)\s+(?:e-?mail|wechat)(?![a-z])|(?:给|跟)(?:我|我们)发(?:个|一个|一封|条|一条)?(?:邮件|短信|微信)|发(?:个|一个|一封|条|一条)?(?:邮件|短信|微信)(?:给|到)?(?:我|我们)|(?:发|寄)(?:到|给)?我(?:的)?(?:邮箱|手机|微信)|(?:邮件|短信|微信)(?:通知|联系|告诉|发|回复)(?:我|一下|吧)|加(?:个|一个|下|一下)?(?:你们的?)?微信|(?:有没有|有|你们有)微信(?:客服|号)?|微信(?:客服|上(?:聊|说|发|联系))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnotherChannel();
}

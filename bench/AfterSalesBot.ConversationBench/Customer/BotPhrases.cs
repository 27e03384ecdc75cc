using System.Text.RegularExpressions;

namespace AfterSalesBot.ConversationBench.Customer;

/// <summary>
/// The bot's questions and outcomes, recognised by fixed parts of its own texts in both languages
/// (src/Bot/Conversations/Resources/BotTexts.resx and BotTexts.zh-Hans.resx; the resource name is in each comment).
/// When a text changes there, change its pattern here: this is the only place the bench knows the bot's words.
/// </summary>
public static partial class BotPhrases
{
    /// <summary>In order of precedence when one reply matches several.</summary>
    public static readonly IReadOnlyList<(QuestionKind Kind, Regex Pattern)> Questions =
    [
        (QuestionKind.Offer, P("What I can offer|我可以为您(?:免费)?提供：|Shall I go ahead with this|要按这个方案办理吗|I still can't tell which way|我还是没能确定您的意思")), // Offer, Offer.NoCost, Offer.Unclear, Offer.Stands, Offer.UnclearAgain
        (QuestionKind.Person, P("Would you like a colleague to take over|just say “a person”|需要转给人工客服吗|请说“转人工”")), // Invalid.OfferPerson, Unreasonable
        (QuestionKind.Confirm, P("Is that correct\\?|我确认一下是否理解正确")),                          // Confirm
        (QuestionKind.Product, P("Which product is it\\?|是哪一款产品")),                               // Ask.Product
        (QuestionKind.Serial, P("give me the serial number|请提供机身号码")),                            // Ask.Serial
        (QuestionKind.Started, P("When did the problem start\\?|问题是什么时候开始的")),                  // Ask.Started
        (QuestionKind.Circumstances, P("has it been dropped or knocked|did that happen|产品是否摔过|确实发生过吗")),                  // Ask.Circumstances
        (QuestionKind.Wants, P("What would you like us to do|您希望我们怎么处理")),                      // Ask.Wants
        (QuestionKind.Phone, P("phone number where our service team can reach you|方便服务人员联系您的电话号码")), // Ask.Phone
        (QuestionKind.Done, P("I'm listening|is there anything else\\?|what else happened|anything else I should know|is that everything|我在认真听|我在听|还有其他情况吗|后来又怎么样|还有其他需要|还有别的情况")), // Listen.*, Confirm.Correct
    ];

    public static readonly IReadOnlyList<(ReplyOutcome Outcome, Regex Pattern)> Outcomes =
    [
        (ReplyOutcome.Agreed, P("I've recorded our agreement under case|已把我们的处理协议记录在案")),     // Agreed
        (ReplyOutcome.Escalated, P("I've passed this to a colleague: case|已将此事转交同事处理")),        // Escalated, Escalated.Due
        (ReplyOutcome.Escalated, P("I've raised this as top priority: case|列为最高优先级，案件号")),      // Safety.Raised
        (ReplyOutcome.Cancelled, P("OK, I've stopped here|好的，先到这里")),                             // Cancelled
    ];

    /// <summary>The offer still open, asked about again (Offer.Unclear, Offer.UnclearAgain): not a new offer, so the same answer list position.</summary>
    public static readonly Regex OfferAskedAgain = P("not sure whether that's a yes|I still can't tell which way|我不确定您是否同意|我还是没能确定您的意思");

    /// <summary>TurnFailed: the host caught an exception in the turn. Not a bare 出错: the symptom 授权出错 contains it.</summary>
    public static readonly Regex SomethingWentWrong = P("something went wrong on our side|处理您的消息时出了问题");                  // TurnFailed

    /// <summary>A case number as the desk numbers them (AS-yyyyMMdd-NNNN).</summary>
    [GeneratedRegex(@"AS-\d{8}-\d{4}")]
    public static partial Regex CaseNumber();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    public static partial Regex Cjk();

    private static Regex P(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}

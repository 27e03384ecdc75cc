using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>
    /// Whether it is covered, whether they pay, or when the visit can be, asked while the story or the facts are still being
    /// taken ("just tell me if it's covered", 先说保不保修, "am I going to get charged again?", "I'm not paying a cent", "can the
    /// engineer come after 6?", round 145–146): said plainly when they will know, and the question asked stands; facts given
    /// in the same message are taken. Before: whatever article the other words found.
    /// </summary>
    /// <returns>True when the turn is done.</returns>
    private async Task<bool> AnswersAnEarlyQuestionAsync(CancellationToken ct)
    {
        if (!_flow.IsInComplaint || _state.Verdict is not null || _state.Step is not (ComplaintStep.Listening or ComplaintStep.Gathering)
            || _said.Hazard is not null || _said.Intent is Intent.Human or Intent.Cancel or Intent.StartOver || _said.Consumable is not null
            // The wish question reads its own answers: 先看看能不能保修吧 (no particular wish), 修好，该多少钱我出 (the repair).
            || _state.Step == ComplaintStep.Gathering && _state.Asking == FactQuestion.Wants)
            return false;
        var asks = AsksSomething.IsMatch(Lower) || _text.Contains('?') || _text.Contains('？');
        string? key = null;
        if (WontPay().IsMatch(_text) || asks && (CostAsk.IsMatch(_text) || PayAsk().IsMatch(_text))) key = "Answer.CostAfterCheck";
        else if (asks && (StillCovered.IsMatch(_text) || CoveredAsk().IsMatch(_text))) key = "Answer.WarrantyAfterCheck";
        else if (asks && VisitTimeAsk().IsMatch(_text)) key = "Answer.VisitTime";
        // Questions of their own: the warranty's length, the annual fee, impatience, a consumable's price.
        if (key is null || WarrantyLength.IsMatch(_text) || AnnualFee.IsMatch(_text) || Impatient.IsMatch(_text) || ConsumableRecogniser.IsNamed(Lower))
            return false;
        Say(key);
        if (_tookFacts) return false;
        await ResumeAsync(ct);
        return true;
    }

    [GeneratedRegex(@"(?<![a-z])(?:(?:is|it'?s|its|be|still|are)\s+(?:it\s+|this\s+|that\s+)?(?:still\s+)?(?:covered|under\s+(?:the\s+)?warranty|in\s+warranty)|covered\s+or\s+not|(?:whether|if)\s+(?:it'?s|its|it\s+is|this\s+is|that'?s)\s+(?:still\s+)?covered)(?![a-z])|保不保修|保修吗|还在保|在保吗|过保了吗|还保吗|还能保修|还保修吗|能不能保修|能保修吗|算不算保修|属于保修吗|在保修期内吗|在不在保修", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CoveredAsk();

    [GeneratedRegex(@"(?<![a-z])(?:charged|pay\s+anything|have\s+to\s+pay|(?:do|will|would|should)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?pay)(?![a-z])|出钱吗|要我出钱|付钱吗|掏钱吗|自费吗|收钱吗|要不要钱", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PayAsk();

    [GeneratedRegex(@"(?<![a-z])(?:not|never|won'?t|refuse\s+to|not\s+going\s+to)\s+(?:be\s+)?pay(?:ing)?\s+(?:a\s+(?:single\s+)?(?:cent|penny|thing|dime)|anything|one\s+more|for\s+(?:this|it|that|another))|(?:不会|不想|不愿意|不可能|绝不|坚决不)再?(?:出|付|花|掏)(?:一分)?钱|一分钱(?:都|也)不(?:出|付|花|掏)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WontPay();

    [GeneratedRegex(@"(?<![a-z])(?:come|visit|be\s+here|call\s+round|pop\s+round)(?![a-z])[^.?!]{0,30}(?<![a-z])(?:evening|evenings|weekend|weekends|saturday|sunday|after\s+\d|after\s+work|before\s+\d|in\s+the\s+morning|in\s+the\s+afternoon|lunchtime)(?![a-z])|(?<![a-z])(?:evening|weekend)\s+(?:visit|appointment)s?(?![a-z])|(?:晚上|周末|休息日|下班后|下班以后|中午|\d+点(?:以后|之后|后|前|以前))[^，。,.？?]{0,8}(?:来|上门|过来|修)|(?:来|上门)[^，。,.？?]{0,4}(?:晚上|周末|休息日|下班后)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VisitTimeAsk();
}

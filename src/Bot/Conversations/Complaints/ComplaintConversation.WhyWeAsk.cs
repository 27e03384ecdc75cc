using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>This message's "why do you ask?" was answered: its question is not answered again from the articles.</summary>
    private bool _whyAnswered;

    /// <summary>A plain yes after the "why?" ("…? yes, that's right", "…？对，就是这样"): the restatement is confirmed.</summary>
    private bool _yesAfterWhy;

    [GeneratedRegex(@"^\s*(?:yes|yeah|yep|yup|right|correct|exactly|that'?s\s+(?:it|right|correct)|对|对的|是的?|没错|就是这样)(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YesAfterTheWhy();

    /// <summary>"Why do you need the licence number?", 问电压干嘛, 要我手机号干嘛 (round 94): the reason for the question is said, and
    /// the question stands; an answer given in the same message still counts ("why, does it matter? a week ago").</summary>
    /// <returns>True when the turn is done (no answer came with the question).</returns>
    private async Task<bool> ExplainsWhyWeAskAsync(CancellationToken ct)
    {
        if (_state.Step is not (ComplaintStep.Gathering or ComplaintStep.Confirming) || _said.Hazard is not null
            || _said.Intent is Intent.Human or Intent.Cancel or Intent.StartOver || AskedAgainRightAfterItsAnswer())
            return false;
        // "What is voltage, dear?", 电压不稳是啥意思 (round 92): the word explained, and the same question stands.
        var meaning = _state.Asking == FactQuestion.Circumstances && VoltageMeaningAsked().IsMatch(_text);
        // "Why, what are you able to offer?", 你们一般能怎么处理？ (round 102) asked for the wish: what the remedies are and that the
        // warranty decides, and the question stands (before: "I couldn't find an article about that").
        var options = _state.Step == ComplaintStep.Gathering && _state.Asking == FactQuestion.Wants && _said.Wants is null && OptionsAsked().IsMatch(_text);
        // "you mean when it broke or when we bought it?", 手机号是谁的？我的还是我爱人的？ (round 140): what the open question means is
        // said and the question stands; an answer given beside it is simply taken.
        var clarifying = meaning || options ? null : ClarifyingKey();
        if (clarifying is not null)
        {
            if (_tookFacts || _state.Step == ComplaintStep.Confirming && _said.Intent is Intent.Yes or Intent.No) return false;
            Say(clarifying);
            _state.QuestionAnswered = Fingerprint(_text);
            _whyAnswered = true;
            await ResumeAsync(ct);
            return true;
        }
        if (!meaning && !options && !WhyAsked().IsMatch(_text)) return false;
        var about = AskedAbout();
        if (options) Say("Why.Options");
        else if (meaning) Say("Meaning.Voltage");
        else if (about == FactQuestion.Phone) AnswerThePrivacyQuestion();
        else Say(about == FactQuestion.None ? "Why.Confirm" : "Why." + about);
        _state.QuestionAnswered = Fingerprint(_text);
        // "why are you repeating everything back to me? yes, that's right" (round 94): the answer after the question counts.
        var asked = _text.LastIndexOfAny(['?', '？']);
        var answerAfter = asked >= 0 && _text[(asked + 1)..].Trim().Length > 0;
        _yesAfterWhy = answerAfter && YesAfterTheWhy().IsMatch(_text[(asked + 1)..]);
        _whyAnswered = true;
        // While a fact is asked, only the fact itself answers ("does it even matter? it's out of warranty either way" gives none,
        // round 94 hold-out: the start was skipped and the expired copier refused where a review was due); at the restatement a
        // yes or no does.
        if (_tookFacts || _state.Step == ComplaintStep.Confirming && (answerAfter || _said.Intent is Intent.Yes or Intent.No)) return false;
        await ResumeAsync(ct);
        return true;
    }

    /// <summary>The text that says what the open question means, when this message asks what it means (a clarifying question
    /// or an either-or about it) and is no warranty question of its own; else null.</summary>
    private string? ClarifyingKey()
    {
        var question = _state.Step == ComplaintStep.Confirming ? FactQuestion.None : _state.Asking;
        if (_state.Step == ComplaintStep.Gathering && question == FactQuestion.None) return null;
        if (!ClarifyingAsked().IsMatch(_text) && !EitherOrAsked().IsMatch(_text) || WarrantyTopic().IsMatch(_text)) return null;
        // 这个E1是什么意思 (a code on the display), "does toner even count as part of the machine?" at the wish: questions of their own.
        if (CodeOrConsumableNamed().IsMatch(_text) && question is not FactQuestion.Circumstances) return null;
        return MeaningKey(question);
    }

    /// <summary>The text that says what <paramref name="question"/> means (<see cref="FactQuestion.None"/>: the restatement).</summary>
    private string? MeaningKey(FactQuestion question) => question switch
    {
        FactQuestion.Started => "Meaning.Started",
        FactQuestion.Serial => "Meaning.Serial",
        FactQuestion.Circumstances => VoltageNamed().IsMatch(_text) ? "Meaning.Voltage" : "Meaning.Circumstances",
        FactQuestion.Phone => "Meaning.Phone",
        FactQuestion.Product => "Meaning.Product",
        FactQuestion.Wants => "Why.Options",
        FactQuestion.None => "Meaning.Confirm",
        _ => null,
    };

    /// <summary>"what do you mean", "do you mean…", "what counts as…", "which number?", 什么意思, 是指, 你是问, 哪个号？, 算不算,
    /// 需要我提供什么, 是谁的？ — never the customer's own "我是指…".</summary>
    [GeneratedRegex(@"(?<![a-z])(?:what\s+(?:do|d)\s+(?:you|u|ya)\s+mean|wdym|(?:do|did)\s+(?:you|u)\s+mean|you\s+mean\s+(?:the|when|which|my|our|like|is|do|did|it|if|whether)|meaning\s+what|what\s+(?:exactly\s+)?counts?\s+as|what\s+(?:exactly\s+)?(?:does|do)\s+(?:that|it|this|you)\s+(?:count|mean|include)|does\s+(?:[a-z']+\s+){1,5}count(?:\s+as)?|which\s+(?:one|number|serial|date|phone|code|info|details?)(?:\s+do\s+you\s+(?:want|need|mean))?|what\s+(?:info|information|details?)\s+do\s+you\s+(?:need|want)|what\s+do\s+you\s+need\s+from\s+me)(?![a-z])|(?:啥|什么)意思|(?<!我)是指|指的是|指(?:什么|啥)|(?:什么|啥)叫|你(?:问|要)的是|(?<!我)是问|你是说|(?:哪个|哪一个|哪串)(?:号|号码|时间|日期|电话|编号)?[？?]|要哪个|算吗|算不算|(?:需要|要)我(?:提供|给|说)(?:什么|啥|哪些)|你们(?:需要|要)我?(?:提供|给)?(?:什么|啥|哪些)(?:信息|资料)?[？?]|是谁的[？?]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClarifyingAsked();

    /// <summary>An either-or about the question: "mine or my husband's?", "mobile or the landline?", 购买日期还是安装日期？.</summary>
    [GeneratedRegex(@"^[^.!?。！？]{0,40}?(?<![a-z])[a-z']+\s+or\s+(?!not\b)(?:the\s+|my\s+|a\s+|an\s+|our\s+)?[a-z']+(?:\s+[a-z']+)?\s*\?|[^，。,.!！？?]{1,12}还是(?!不|没|一样|老样子|坏|那样|这样|有|会|要|想|得|照样|很|挺|在)[^，。,.!！？?]{1,12}[？?]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EitherOrAsked();

    /// <summary>A warranty or cost question of its own, answered from the articles, never as what our question means.</summary>
    [GeneratedRegex(@"保修|延保|在保|过保|保不保|收费|费用|多少钱|免费|(?<![a-z])(?:warrant\w*|guarantee\w*|covered|cover|free|cost|costs|price|fee|fees|charge)(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WarrantyTopic();

    [GeneratedRegex(@"(?<![a-z0-9])[a-z]{1,2}-?\d{1,3}(?![0-9])|代码|(?<![a-z])(?:code|toner|ink|cartridges?|drum|ribbon)(?![a-z])|墨粉|墨盒|硒鼓|色带|粉盒", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CodeOrConsumableNamed();

    [GeneratedRegex(@"电压|(?<![a-z])(?:voltage|surge|surges|power\s+surge)(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VoltageNamed();

    /// <summary>The question the customer asks about: the one named ("why do you need my phone?"), else the one open.</summary>
    private FactQuestion AskedAbout()
    {
        if (PhoneNamed().IsMatch(_text)) return FactQuestion.Phone;
        if (SerialNamed().IsMatch(_text)) return FactQuestion.Serial;
        if (CircumstanceNamed().IsMatch(_text)) return FactQuestion.Circumstances;
        return _state.Step == ComplaintStep.Confirming ? FactQuestion.None : _state.Asking;
    }

    [GeneratedRegex(@"(?<![a-z])(?:why\s+(?:do|does|would|are|did|is)\s+(?:you|u|ya|a\s+(?:chat)?bot|the\s+bot|it|that|this)\b[^.?!。？！]{0,40}?\b(?:need|want|ask|asking|matter|repeating|care)|why\s+(?:does|would)\s+(?:that|it|this)\s+matter|what\s+(?:do\s+you\s+need|would\s+you\s+need)\s+(?:it|that|this|my\s+[a-z]+)\s+for|what(?:'s|\s+is)\s+(?:it|that|this)\s+for|what\s+difference\s+does\s+(?:it|that)\s+make|does\s+(?:it|that)\s+(?:even\s+|really\s+)?matter)(?![a-z])|(?<![a-z])why\s+(?:do|should|must|would)\s+i\s+(?:have\s+to\s+|need\s+to\s+)?(?:give|share|tell|provide|hand\s+over)(?![a-z])|干嘛|干什么用|做什么用|有什么用|有啥用|为什么要|为啥要|(?:为什么|为啥|凭什么)(?:非|一定|必须|非得|还)(?:要|得)?(?:给|留|填|提供|说)|非(?:要|得)(?:给|留|填)|为什么问|为啥问|(?:有(?:什么|啥)关系|有关系吗|有没有关系|有影响吗)(?<!(?:不知道|不清楚|不确定|说不好|说不准|也不知)[^，。,.!！？?]{0,6}(?:有(?:什么|啥)关系|有关系吗|有没有关系|有影响吗))|问这个做什么|问这干啥", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WhyAsked();

    [GeneratedRegex(@"(?<![a-z])(?:what\s+(?:are\s+you|r\s+u|do\s+you|can\s+you|could\s+you|would\s+you|will\s+you|do\s+you\s+guys|are\s+you\s+guys)\s+(?:able\s+to\s+|allowed\s+to\s+|usually\s+|normally\s+)?(?:offer|do|suggest|propose)(?:\s+(?:me|for\s+me|about\s+(?:it|this|that)|in\s+(?:this|a)\s+case))?|what\s+(?:are\s+)?(?:my|the)\s+options|what\s+options|what\s+(?:choices|remedies)|what\s+can\s+i\s+(?:get|have|ask\s+for|choose))(?![a-z])|(?:你们|你)?(?:一般|通常|平时)?(?:能|可以|会)(?:怎么|如何)(?:处理|解决|办|弄)|有(?:哪些|什么|啥)(?:处理)?(?:办法|方案|选择|方式)|都?(?:能|可以)(?:给我)?(?:提供|给)(?:什么|啥|哪些)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OptionsAsked();

    [GeneratedRegex(@"(?<![a-z])(?:what(?:'s|\s+is|\s+does)\s+(?:unstable\s+)?(?:voltage|a\s+(?:power\s+)?surge)|what\s+do\s+you\s+mean\s+by\s+(?:unstable\s+)?(?:voltage|power|a\s+surge))(?![a-z])|电压(?:不稳)?(?:是|就是)?(?:啥|什么)(?:意思)?|(?:啥|什么)(?:叫|是)电压", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VoltageMeaningAsked();

    [GeneratedRegex(@"(?<![a-z])(?:phone|mobile|cell|number\s+to\s+call|call\s+me)(?![a-z])|电话|手机", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PhoneNamed();

    [GeneratedRegex(@"(?<![a-z])(?:serial|licen[cs]e\s+(?:number|no|key)|licen[cs]e)(?![a-z])|序列号|机身号|授权号|编号", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SerialNamed();

    [GeneratedRegex(@"(?<![a-z])(?:opened|dropped|voltage|power|wet|blame|repaired\s+(?:it|elsewhere))(?![a-z])|电压|拆|摔|进水|修过", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CircumstanceNamed();
}

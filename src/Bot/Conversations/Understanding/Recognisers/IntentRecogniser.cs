using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// The one intent of a message, by precedence: a request to leave the flow (a person, start over, cancel, help) beats
/// everything; then an opening yes/no; then a case-status question; a warranty question; a problem described; a
/// warranty remark; a short "ok"; thanks; a greeting that opens the message; else a statement. Phrases that only mean the intent in a short
/// message ("help", "stop", "ok") count only there.
/// </summary>
internal static partial class IntentRecogniser
{
    // Only ever asked whether it matches, on every message: one pattern per phrase is far cheaper here (Text/PhraseSet.cs).
    private static readonly PhraseSet Human = new(IntentWords.Human);
    private static readonly ScriptedPattern CallBack = ScriptedPattern.Compile(IntentWords.CallBack);
    private static readonly ScriptedPattern Cancel = ScriptedPattern.Compile(IntentWords.Cancel);
    private static readonly ScriptedPattern CancelShort = ScriptedPattern.Compile(IntentWords.CancelShortOnly);
    private static readonly ScriptedPattern StartOver = ScriptedPattern.Compile(IntentWords.StartOver);
    private static readonly ScriptedPattern StartOverShort = ScriptedPattern.Compile(IntentWords.StartOverShortOnly);
    private static readonly ScriptedPattern Help = ScriptedPattern.Compile(IntentWords.Help);
    private static readonly ScriptedPattern HelpShort = ScriptedPattern.Compile(IntentWords.HelpShortOnly);
    private static readonly ScriptedPattern Status = ScriptedPattern.Compile(IntentWords.Status);
    private static readonly ScriptedPattern Warranty = ScriptedPattern.Compile(IntentWords.Warranty);
    private static readonly ScriptedPattern Question = ScriptedPattern.Compile(IntentWords.QuestionMarks);
    private static readonly ScriptedPattern Complaint = ScriptedPattern.Compile(IntentWords.Complaint);
    private static readonly ScriptedPattern Thanks = ScriptedPattern.Compile(IntentWords.Thanks);
    private static readonly ScriptedPattern Greeting = ScriptedPattern.CompileOpening(IntentWords.Greeting);
    private static readonly ScriptedPattern SoftCancel = ScriptedPattern.Compile(IntentWords.SoftCancel);
    private static readonly ScriptedPattern QuestionOpening = ScriptedPattern.CompileOpening(IntentWords.QuestionOpenings);
    private static readonly ScriptedPattern AboutTheBot = ScriptedPattern.Compile(IntentWords.AboutTheBot);
    private static readonly Regex LatinWord = new("[a-z0-9']+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <param name="problemDescribed">Whether a symptom, a hazard or anger was recognised in the message.</param>
    /// <param name="wishNamed">Whether the message names a remedy it wants: then "算了" drops the old wish, not the complaint.</param>
    [GeneratedRegex(@"(?:到底|究竟|还)?有没有人(?:管|理|在管)|(?:都|根本|就)?没(?:有)?人(?:管|理)(?:了|啊|吗)?[？?！!。]*$|(?<![a-z])(?:does\s+)?(?:anyone|anybody)\s+(?:there\s+)?(?:even\s+)?care(?![a-z])|(?<![a-z])nobody\s+(?:there\s+)?(?:even\s+)?cares(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex NobodyCares();

    public static Intent Find(UtteranceText text, bool problemDescribed, bool wishNamed = false)
    {
        var s = text.Folded;
        var isShort = IsShort(s);
        // "你们客服到底有没有人管？" (round 134): a complaint that nobody at support cares, not a request for a person.
        if (NobodyCares().IsMatch(s) && !AsksForAPerson().IsMatch(s))
            return Intent.Complaint;
        if (Human.IsMatch(s) && !PersonOnlyIfNeeded().IsMatch(s) || NamesACall(s) && CallBack.IsMatch(s) && !CallBeforeTheVisit().IsMatch(s))
            return AsksWhetherABot(s) && !AsksForAPerson().IsMatch(s) ? Intent.AboutTheBot : Intent.Human;
        if (AboutTheBot.IsMatch(s) && AboutTheBot.IsMatch(SorryForTheRemark().Replace(s, " ")))
            return Intent.AboutTheBot;
        if (wishNamed && SoftCancel.IsMatch(s) && !CancelWord().IsMatch(s))
            return Intent.Statement;
        // "算了，先说说你们能怎么处理？": "never mind that" before a question goes on, it does not end the complaint.
        // "算了 还是说中文吧 … 就是那台DC-4525 一开机就报SC542": the same for a message that goes on to tell the problem.
        var onlySoftCancelBeforeAQuestion = !isShort && (IsQuestion(s) || problemDescribed) && SoftCancel.IsMatch(s) && !Cancel.IsMatch(SoftCancel.Replace(s, " "));
        // "算了，重新来吧", "never mind, let me start over": dropping what was said to tell it again is starting over.
        // "十来天前 reset之后" (after the computer was reset): a Latin command word inside Chinese is the story, not a command.
        // "刚才说错了重新说：不是半个月前，是前天…" (round 169 hold-out): said again right in the same message, a correction.
        if ((StartOver.IsMatch(s) || isShort && StartOverShort.IsMatch(s) && !s.Any(UtteranceText.IsCjk)) && !SaidAgainRightHere().IsMatch(s))
            return Intent.StartOver;
        var cancelled = s.Contains("cancel", StringComparison.Ordinal) || s.Contains("void", StringComparison.Ordinal) || s.Contains("取消", StringComparison.Ordinal)
            ? OtherThingCancelled().Replace(s, " ") : s;
        if ((Cancel.IsMatch(cancelled) || isShort && CancelShort.IsMatch(s)) && !onlySoftCancelBeforeAQuestion && !CancelTakenBack().IsMatch(s)
            && !ConditionalCancel().IsMatch(s) && !OnlyADigressionDropped(s))
            return Intent.Cancel;
        if (Help.IsMatch(s) || isShort && LatinWord.Count(s) <= 2 && HelpShort.IsMatch(s))
            return Intent.Help;

        var answer = YesNoRecogniser.Find(text, out var shortOnly);
        if (answer is { } strong && !shortOnly)
            return strong;
        if (Status.IsMatch(s))
            return Intent.Status;
        // "修好，该多少钱我出", "repair it, I'll pay whatever it costs" (round 125): the wish with a willingness to pay asks nothing.
        if (wishNamed && WillingToPay().IsMatch(s)) s = WillingToPay().Replace(s, " ");
        var warranty = Warranty.IsMatch(s);
        // "I'd like it mended under the guarantee, please" (round 29) is a wish that cites the warranty, not a question about it.
        if (warranty && Question.IsMatch(s) && !(wishNamed && CitesTheWarranty().IsMatch(s) && !IsQuestion(s)))
            return Intent.WarrantyQuestion;
        // "保险公司要你们出个证明，说是质量问题，这个能开吗？" (round 132): a document asked for is a question, whatever it says of the fault.
        if (!problemDescribed && IsQuestion(s) && DocumentAsked().IsMatch(s))
            return Intent.Question;
        if (problemDescribed || Complaint.IsMatch(s))
            return Intent.Complaint;
        // "who pours water on a stove?? nobody touched it" (round 160): a rhetorical question asks nothing of the articles.
        if ((!wishNamed || AsksWhatItMeans().IsMatch(s) || AsksHowARemedyGoes(s)) && IsQuestion(RhetoricalQuestion.Without(s)) && (!Greeting.IsMatch(s) || AsksAfterTheGreeting(s)) && !AreYouThere().IsMatch(s))
            return Intent.Question;
        // "请按三包规定给我换一台", "in line with your warranty terms I would like a replacement": a wish citing the rules.
        if (warranty && !wishNamed)
            return Intent.WarrantyQuestion;
        if (answer is { } weak && isShort)
            return weak;
        if (Thanks.IsMatch(s))
            return Intent.Thanks;
        if (Greeting.IsMatch(s))
            return Intent.Greeting;
        return Intent.Statement;
    }

    [GeneratedRegex(@"(?:出|开|写|给|提供|出具)(?:个|一个|一份|份|张|一张)?(?:书面)?(?:证明|检测报告|报告|鉴定)|证明信|(?<![a-z])(?:a|an|some)\s+(?:written\s+)?(?:letter|report|statement|confirmation|certificate)\s+(?:from\s+you|for\s+(?:my|our|the)\s+(?:insurer|insurance|landlord|bank|card))(?![a-z])|(?<![a-z])(?:write|send|give)\s+(?:me\s+|us\s+|them\s+)?(?:a\s+)?(?:letter|report)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentAsked();

    [GeneratedRegex(@"该多少钱?(?:就)?(?:我|我们)(?:就)?(?:来)?(?:出|付|给)|多少钱(?:我|我们)?都(?:行|可以|认|出|付|给)|(?:钱|费用)(?:我|我们)(?:自己)?(?:来)?(?:出|付)|(?<![a-z])(?:whatever|however\s+much)\s+it\s+costs(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex WillingToPay();

    /// <summary>"hi, quick question - do you do weekend visits?": a greeting that opens a question of its own (not "hi, how are you?").</summary>
    private static bool AsksAfterTheGreeting(string folded)
    {
        var greeting = Greeting.Match(folded);
        var rest = folded[(greeting.Index + greeting.Length)..].Trim(' ', ',', '，', '!', '！', '.', '。', '-', '—', '~');
        rest = QuestionLeadIn().Replace(rest, "");
        // "Hello, my H-16 boiler stopped … Could someone take a look please?" is a complaint with a request, not a question:
        // an English question after a greeting opens with a question word.
        var opensAsAQuestion = QuestionOpening.IsMatch(rest) || rest.Any(UtteranceText.IsCjk) && IsQuestion(rest);
        return rest.Length >= 12 && opensAsAQuestion && !HowAreYou().IsMatch(rest);
    }

    [GeneratedRegex(@"^(?:(?:a\s+)?quick\s+(?:question|q)|just\s+(?:a\s+)?(?:quick\s+)?question|question|just\s+wondering|before\s+i\s+go\s+into\s+it|one\s+thing)[\s,:\-—]*")]
    private static partial Regex QuestionLeadIn();

    [GeneratedRegex(@"^(?:how\s+are\s+you|how\s+r\s+u|how'?s\s+it\s+going|are\s+you\s+there|anyone\s+there|你好吗|在吗|在不在|有人吗)")]
    private static partial Regex HowAreYou();

    /// <summary>A question mark, or a question word opening the message (吗/呢 ending a Chinese one).</summary>
    private static bool IsQuestion(string folded)
    {
        var trimmed = folded.Trim();
        var answer = EchoedQuestion().Replace(trimmed, "", 1);
        if (answer.Length > 0 && answer.Length < trimmed.Length) trimmed = answer;
        if (IsHedgedFact(trimmed)) return false;
        return trimmed.EndsWith('?') || QuestionOpening.IsMatch(trimmed) || ChineseQuestionEnd().IsMatch(trimmed) || ChineseQuestionInside().IsMatch(trimmed);
    }

    /// <summary>
    /// A fact said with a question mark of doubt ("maybe ten days ago? could be more", "H-something? H16 maybe", 大概半个月？,
    /// 两年前？): no question word, and a hedge or a past date. The customer is unsure of an answer, not asking one (round 23).
    /// </summary>
    private static bool IsHedgedFact(string folded) =>
        !QuestionWord().IsMatch(folded) && (HedgeWord().IsMatch(folded) || PastDate().IsMatch(folded));

    [GeneratedRegex(@"(?:^|[.!?,;:]\s*|\s-\s*)(?:what|where|when|how|why|which|who|whose|can|do|does|did|is|are|am|will|would|should|shall|have|has|any|(?:could|may|might)(?!\s+be\b))(?![a-z'])|吗|么(?!有)|什么|啥|哪|怎么|咋|多少|多久|几(?:个|次|天|号|点|年|月|块|时)|是不是|有没有|能不能|可不可以|会不会|要不要|算不算|为什么|为啥|呢\s*[?？]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionWord();

    [GeneratedRegex(@"(?<![a-z])(?:maybe|perhaps|probably|i\s+think|i\s+guess|i\s+believe|not\s+sure|unsure|no\s+idea|not\s+certain|can'?t\s+remember|don'?t\s+remember|or\s+so|something|ish|could\s+be|might\s+be|or\s+the\s+one\s+before|honestly)(?![a-z])|好像|大概|可能|也许|记不清|记不太清|记不得|不记得|记不住|忘了|估计|左右|差不多|吧\s*[?？]|说不准|不太确定|不确定", RegexOptions.CultureInvariant)]
    private static partial Regex HedgeWord();

    [GeneratedRegex(@"(?<![a-z])(?:ago|yesterday|since|last\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![a-z])|前(?![面门盖台边头])|上个?(?:月|礼拜|星期|周)|上上|昨天|前天|去年", RegexOptions.CultureInvariant)]
    private static partial Regex PastDate();

    /// <summary>The bot's own question repeated before the answer: "什么时候开始的 估计是上个月底吧", 啥时候买的记不住了.</summary>
    [GeneratedRegex(@"^(?:什么时候|啥时候|哪天|哪一天)(?:开始的?|买的|坏的|装的|出的问题|出现的|开始坏的)?(?:[?？，,。\s]+|(?=记|忘|不记|估计|大概|好像))", RegexOptions.CultureInvariant)]
    private static partial Regex EchoedQuestion();

    /// <summary>"工本费是啥意思？跟正常修理费有啥区别": a Chinese question word or mark inside the message.</summary>
    [GeneratedRegex("啥意思|什么意思|啥区别|什么区别|有啥不同|是啥|咋|怎么办|怎么算|肿么|为啥|[？?](?=.)")]
    private static partial Regex ChineseQuestionInside();

    /// <summary>Asking what a word means: a question even when it names a remedy ("跟正常修理费有啥区别").</summary>
    [GeneratedRegex("啥意思|什么意思|啥区别|什么区别|有啥不同|什么不同|what does .{1,30} mean|what'?s the difference")]
    private static partial Regex AsksWhatItMeans();

    /// <summary>
    /// "how long would a replacement take?", "do I have to pack it for the return?", "what happens after the exchange?": a
    /// question about how a remedy goes, not a wish for it (round 11: "how long does a repair take" at the phone number).
    /// "will you replace it?" and "can I get a refund?" stay wishes.
    /// </summary>
    public static bool AsksHowARemedyGoes(string folded) => RemedyProcessQuestion().IsMatch(folded.TrimStart());

    [GeneratedRegex(@"^(?:(?:so|and|ok|okay|also|sorry|quick question)[,\s]+)?(?:how\s+(?:long|soon|quickly|fast|many\s+days)|when\s+(?:will|would|can|could|does|do|is)|will\s+(?:i|we|the|your|they|he|she|my)(?![a-z])|would\s+(?:i|we)\s+(?:need|have)|do\s+(?:i|we)\s+(?:need|have)|what\s+happens|what\s+do\s+(?:i|we)\s+(?:need|have)|who\s+(?:will|pays|comes)|is\s+there\s+(?:a|any)\s+(?:fee|charge|cost))", RegexOptions.CultureInvariant)]
    private static partial Regex RemedyProcessQuestion();

    /// <summary>"how can I obtain a new colour cartridge?", "where do I order toner?", 原装墨盒在哪里能买到？, 能否购买色带：asking
    /// how to buy something, not a wish for a replacement (round 24).</summary>
    /// <summary>The call-back phrases (<see cref="IntentWords.CallBack"/>) all name a call: without one of these words they are not
    /// tried. Folded into <see cref="Human"/> they doubled the intent's cost per message (InterpreterBench --breakdown: 22.8 →
    /// 47.1 µs); read behind this check, 23.3 µs.</summary>
    private static bool NamesACall(string s) =>
        s.Contains("call", StringComparison.Ordinal) || s.Contains("ring", StringComparison.Ordinal) || s.Contains("phone", StringComparison.Ordinal)
        || s.Contains("电话", StringComparison.Ordinal) || s.Contains("致电", StringComparison.Ordinal) || s.Contains("来电", StringComparison.Ordinal) || s.Contains("bell", StringComparison.Ordinal) || s.Contains("buzz", StringComparison.Ordinal);

    /// <summary>"上门之前先给我打个电话", "ring me before the engineer goes round": how to arrange the visit, not a request for a
    /// person (round 39: a yes to a replacement with "call me first, then go to my mother's" was handed over).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:call|phone|ring)\s+(?:me|us)\s+(?:first\s+)?(?:before|ahead\s+of)(?![a-z])|(?<![a-z])(?:first|beforehand)\s+before(?![a-z])|(?<![a-z])before\s+(?:they|you|he|she|someone|anyone|the\s+(?:engineer|technician|fitter|plumber|man|guy|visit))\s+(?:come|comes|go|goes|visit|visits|arrive|arrives|head|heads|turn|turns|call|calls|is|are)(?![a-z])|先[^，。,.!！？?]{0,6}(?:打|来)[^，。,.!！？?]{0,3}电话[^。.!！？?]{0,12}(?:再|然后)|(?:上门|来|去|过去|出发)(?:之)?前[^，。,.!！？?]{0,6}(?:打|来)[^，。,.!！？?]{0,3}电话", RegexOptions.CultureInvariant)]
    private static partial Regex CallBeforeTheVisit();

    public static bool AsksHowToBuy(string folded) => HowToBuy().IsMatch(folded);

    /// <summary>"Is this a real person or a bot?", "am I chatting with a real human?", 对面是真人吗, 你是人工还是机器人: a question about
    /// who answers, honestly answered, not a request for a person (round 27: it was sent to the queue for its "real person").</summary>
    /// <summary>"mended under the guarantee", "fixed on the warranty": the warranty cited beside a wish.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:under|on|within)\s+(?:the\s+|its\s+|my\s+|his\s+|her\s+)?(?:guarantee|warranty)(?![a-z])|保修期?内|按(?:照)?保修", RegexOptions.CultureInvariant)]
    private static partial Regex CitesTheWarranty();

    public static bool AsksWhetherABot(string folded) => WhetherABot().IsMatch(folded);

    [GeneratedRegex(@"(?<![a-z])(?:are\s+(?:you|u)|r\s+u)\s+(?:just\s+|even\s+|really\s+|actually\s+)?(?:an?\s+)?(?:bot|robot|machine|human|person|ai|computer|program|real|actual\s+(?:person|human)|automated|live\s+(?:person|agent))(?![a-z])|(?<![a-z])(?:is\s+(?:this|that|it)|am\s+i\s+(?:talking|speaking|chatting|writing|texting)\s+(?:to|with))\s+(?:just\s+|really\s+|actually\s+)?(?:an?\s+)?(?:bot|robot|machine|human|person|real\s+(?:person|human|one)|actual\s+(?:person|human)|live\s+(?:person|agent)|automated|ai|computer|program)(?![a-z])(?!\s+(?:error|fault|problem|issue|defect|mistake))|(?<![a-z])am\s+i\s+(?:talking|speaking|chatting|writing|texting)\s+(?:to|with)\s+(?:an?\s+)?machine(?![a-z])|你(?:到底|究竟|真的|是真)?是(?:不是)?(?:机器人|真人|人工|ai|电脑|程序|自动)|(?:真人|人)还是(?:机器人|机器|ai|电脑|程序|自动回复)|(?:机器人|机器|ai|自动回复)还是(?:真人|人)|(?:对面|这边|那边|这)(?:是|是不是)(?:真人|人工|机器人|自动回复|机器|ai)|是(?:机器人|真人|人工)吗|是不是机器人|机器人吗|(?:真人|人工)在(?:回|打字|聊)|自动回复(?:还是|吗|嘛)", RegexOptions.CultureInvariant)]
    private static partial Regex WhetherABot();

    /// <summary>A person asked for beside the question: "are you a bot? get me a human", 给我转真人.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:get|give|want|need|let\s+me\s+(?:talk|speak)|put\s+me\s+through|transfer|connect)\s+(?:me\s+)?(?:to\s+|with\s+)?(?:an?\s+|some\s+)?(?:real\s+|actual\s+|live\s+)?(?:person|human|agent|someone)(?![a-z])|转(?:给)?(?:真人|人工)|(?:给我|我要|要|找)(?:转)?(?:个)?(?:真人|人工)(?!在)", RegexOptions.CultureInvariant)]
    private static partial Regex AsksForAPerson();

    [GeneratedRegex(@"(?<![a-z])(?:how|where|can|could|do|does|is\s+it\s+possible\s+to)(?![a-z])[^?.!]{0,40}(?<![a-z])(?:buy|purchase|order|obtain|get\s+hold\s+of|source)(?![a-z])|(?<![a-z])(?:from|through)\s+you(?:\s+directly)?\s+or\s+(?:only\s+)?(?:from\s+|through\s+)?(?:the\s+|a\s+|our\s+)?(?:dealer|reseller|shop|store|retailer|distributor|supplier)(?![a-z])|(?:哪里|哪儿|在哪|怎么|如何|能不能|可不可以|可以|能否|去哪)[^，。,.]{0,8}(?:买|购买|订购|订)|(?:买|购买|订购)[^，。,.]{0,8}(?:吗|么|[?？])", RegexOptions.CultureInvariant)]
    private static partial Regex HowToBuy();

    /// <summary>At most four Latin words and six Chinese characters: "ok", "help me", "好的", "算了吧".</summary>
    private static bool IsShort(string folded) =>
        LatinWord.Count(folded) <= 4 && folded.Count(UtteranceText.IsCjk) <= 6;

    /// <summary>"forget it... no wait, don't cancel, I do need this fixed", 算了…不对，别取消: taken back in the same message.</summary>
    [GeneratedRegex(@"(?:don'?t|do\s+not|not)\s+cancel|no\s+wait|wait,?\s+no|i\s+(?:do\s+)?(?:still\s+)?need\s+(?:this|it)\s+(?:fixed|repaired|sorted)|别取消|不要取消|先别取消|不取消|等等[，,\s]*(?:别|不)|(?:你|您)先?(?:说说?|讲讲?)(?:看)?能?(?:怎么|咋)|算了[，,\s]*(?:你|您)?(?:先|就)?(?:帮我|给我)?(?:记下|记着|记一下|记录|登记|记|继续|往下|接着)")]
    private static partial Regex CancelTakenBack();

    /// <summary>"sorry about the dumb bot thing", 刚才说你是人工智障不好意思 (round 47): an apology for a remark, no complaint about the bot.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:sorry|apologies|i\s+apologi[sz]e)\s+(?:about|for)\s+(?:(?!\bbut\b)[^.!?;,]){0,30}?(?:bot|robot|machine)(?:\s+(?:thing|comment|remark|bit|crack))?(?:\s+earlier)?(?![a-z])|(?:不好意思|抱歉|对不起)[^。！？!?；;]{0,12}(?:机器人|人工智障|没用的机器)|(?:机器人|人工智障|没用的机器)[^。！？!?；;]{0,8}(?:不好意思|抱歉|对不起)", RegexOptions.CultureInvariant)]
    private static partial Regex SorryForTheRemark();

    /// <summary>"要是不在保就算了", "if it's not covered then forget it": a condition on the answer still to come, not a cancel;
    /// nor "…or should I just forget about it?" (round 44: asked about a callback, it ended the complaint).</summary>
    [GeneratedRegex(@"错了?[^。.!！？?]{0,6}(?:重新说|重说|重新讲)(?:一下|一遍)?\s*[：:，,]\s*[^\s]{4,}|(?<![a-z])(?:i\s+got\s+(?:that|it)\s+wrong|i\s+made\s+a\s+mistake)[^.!?]{0,12}(?:let\s+me\s+)?start\s+(?:again|over)\s*[:,-]\s*\S{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex SaidAgainRightHere();

    [GeneratedRegex(@"(?<![a-z])(?:should|shall|do|must|can)\s+i\s+(?:just\s+)?(?:forget\s+(?:about\s+)?(?:it|this|that|the\s+whole\s+thing)|give\s+up)(?![a-z])|(?:要是|如果|假如|若是|万一|不在保的话|过保的话)[^，。,.!！？?]{0,14}(?:就|那就|那)?(?:算了|不修了|不用了)|(?:太贵|贵的话|太高|超过[^，。,.!！？?]{0,6})(?:的话)?(?:我|我们)?(?:就|那就|那)?(?:算了|不修了|不用了)|(?<![a-z])if\s+(?:it'?s|its|it\s+is)\s+(?:too\s+)?(?:expensive|pricey|much|dear)[^.!?]{0,25}(?:forget\s+it|never\s*mind|don'?t\s+bother|won'?t\s+bother|leave\s+it)|(?<![a-z])(?:if|unless)\s+(?:it'?s|it\s+is|its|we'?re|i'?m)\s+(?:not\s+|no\s+longer\s+)?(?:covered|under\s+warranty|in\s+warranty|free)[^.!?]{0,25}(?:forget\s+it|never\s*mind|don'?t\s+bother)")]
    private static partial Regex ConditionalCancel();

    /// <summary>"你们这个机器人能解决就解决 不能就直接给我转人工", "if you can't sort it, then get me a person" (round 67): a person
    /// only if the bot cannot help, so the bot goes on helping.</summary>
    [GeneratedRegex(@"能(?:解决|处理|搞定|弄好|修好)就(?:解决|处理|搞定|弄|修)[^。！？!?]{0,6}(?:不能|不行|解决不了|处理不了|搞不定)(?:的话)?(?:就|再)|(?:解决|处理|搞|弄|搞定)不了(?:的话)?(?:就|再)(?:直接)?(?:给我|帮我)?(?:转|找|叫)|(?<![a-z])if\s+(?:you|u|the\s+bot)\s+(?:can'?t|cannot|can\s+not|are\s+unable\s+to)\s+(?:\w+\s+){0,4}?(?:then\s+)?(?:get|put|transfer|pass|give|connect)\s+me(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonOnlyIfNeeded();

    /// <summary>"唉算了不提这个了", "算了，说回热水器", "anyway, never mind all that, back to the heater" (round 40): a digression
    /// dropped, not the complaint.</summary>
    [GeneratedRegex(@"不(?:说|提|讲|聊|扯)(?:这个|那个|这些|那些|这事|那事|别的)|扯远了|跑题了|说回|言归正传|回到正题|(?<![a-z])never\s*mind\s+(?:all\s+)?(?:that|this|those|me|about\s+that)(?![a-z])(?!\s+(?:repair|complaint|case|claim))|(?<![a-z])(?:back\s+to\s+(?:the|my|our)|forget\s+i\s+(?:said|mentioned)|where\s+was\s+i)(?![a-z])")]
    private static partial Regex DigressionDropped();

    /// <summary>The digression dropped and nothing else cancelled: "算了不说这个了，不修了" still cancels.</summary>
    private static bool OnlyADigressionDropped(string s) =>
        DigressionDropped().IsMatch(s) && !Cancel.IsMatch(LooseNeverMind().Replace(DigressionDropped().Replace(s, " "), " "));

    [GeneratedRegex(@"算了|(?<![a-z])never\s*mind(?![a-z])")]
    private static partial Regex LooseNeverMind();

    /// <summary>Something else cancelled: "I'll cancel the chargeback with my bank", 12315的投诉我回头去取消, and "does living by the
    /// sea cancel the warranty?", 会不会取消保修 (round 105/107 strangers: the yes before it, or the whole complaint, was dropped).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:cancel|void)(?:l?ed|l?ing|s)?\s+(?:out\s+)?(?:the\s+|my\s+|our\s+|your\s+|its\s+|that\s+|this\s+|any\s+)?(?:bank(?:'s)?\s+|card\s+|credit\s+card\s+|payment\s+)?(?:charge-?backs?|disputes?|claims?\s+with|complaints?\s+(?:with|to)|reviews?|warrant(?:y|ies)|guarantees?|cover|coverage|(?:service|maintenance|support|annual|yearly)\s+(?:contracts?|plans?|agreements?|subscriptions?)|contracts?|subscriptions?|memberships?|orders?\s+with\s+you)(?![a-z])|(?:投诉|差评|12315|举报|拒付|退单申请)[^，。,.!！？?]{0,10}取消|取消[^，。,.!！？?]{0,3}(?:投诉|差评|保修|质保|保修资格|三包|拒付)|取消[^，。,.!！？?]{0,6}(?:合同|维保|服务协议|年费|会员|订阅)", RegexOptions.CultureInvariant)]
    private static partial Regex OtherThingCancelled();

    [GeneratedRegex("取消|cancel")]
    private static partial Regex CancelWord();

    [GeneratedRegex("are you there|anyone there|anybody there|在吗|有人吗|在不在")]
    private static partial Regex AreYouThere();

    [GeneratedRegex("[吗呢][。.！!]?$")]
    private static partial Regex ChineseQuestionEnd();
}

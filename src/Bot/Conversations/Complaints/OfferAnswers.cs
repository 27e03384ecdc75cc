using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>
/// Answers to an offer that do not open with a plain yes or no: "OK, if the parts are free I'll accept that",
/// "I still think it should be free, but OK, go ahead", "可以，麻烦安排师傅", "修？刚买的新灶就要修？我不要修"; scorn
/// ("100块？打发叫花子呢", "are you kidding?") is a refusal too, not a question for the articles, and so is a polite
/// "fine, charge me then" and 收费就收费吧 (pay if I must, round 27) take it;
/// "不好意思，这个价格我们接受不了" / "sorry, we can't accept that price" (接受 inside 接受不了 is no agreement). "Thanks, that's all I
/// wanted" takes the offer ("no thanks" does not), and so does a shrug ("whatever works", "I guess so"). "要不要补发票？"
/// asks; its 不要 is no refusal. A refusal
/// anywhere wins over agreement words ("no problem" and 没问题 are agreement).
/// </summary>
internal static partial class OfferAnswers
{
    [GeneratedRegex(@"(?<![a-z'])(?:yes|yeah|yep|ok|okay|fine|go ahead|accept|agreed?|sounds good|deal|sure|please do|book it|arrange it|let'?s do|that works|fair enough|that's fair|no problem|perfect|brilliant|excellent|lovely|wonderful|awesome|thanks|thank\s+you|cheers|that'?s\s+all\s+i\s+(?:wanted|asked)|that'?ll\s+do|alright|all\s+right|go\s+on\s+then|grand|righto|go\s+on(?:\s+(?:so|ahead))?(?=\s*[.!,]*\s*$)|come\s+and\s+(?:fix|repair|do)|send\s+(?:someone|somebody|an?\s+(?:engineer|technician|tech|fitter|repairman)|the\s+(?:engineer|technician|tech|fitter|repairman)|a\s+man)|book\s+(?:the|a)\s+(?:visit|engineer|technician|repair)|please\s+come|(?:please\s+|kindly\s+)?proceed|understood|acceptable|very\s+well|that\s+(?:is|would\s+be)\s+fine|i\s+accept|do\s+it|let'?s\s+go\s+ahead|whatever\s+works|whatever\s+you\s+(?:think|suggest|recommend)|works\s+for\s+me|i\s+guess\s+so|i\s+suppose\s+so|if\s+you\s+say\s+so)(?![a-z'])|(?<![a-z'])(?:charge\s+me(?:\s+then)?|(?:i'?ll|i\s+will|we'?ll|we\s+will)\s+pay\s+(?:it|then|for\s+it|the\s+fee))(?![a-z'])|(?<pay>收费|花钱|要钱|付钱|出钱|给钱|付费|交钱|收钱)就\k<pay>吧|(?:收|付|出|给|交|花)(?:钱|费)?就(?:收|付|出|给|交|花)(?:钱|费)?(?:吧|呗)|谢谢|多谢|感谢|这样就行|就这样吧|修吧|上门吧|来吧|弄吧|安排吧|收就收吧|派(?:个|一个)?(?:人|师傅|技术员|工程师)|可以|行吧|行|好的|好吧|(?<!不|没|修不|弄不)好(?!像|久|多|几)|接受|同意|没问题|安排|先远程|远程吧|远程就行|远程也行|来修吧|就这样|那就这样|买一个|买个|那就买|就买吧|买吧|换个新|(?<![a-z'])(?:i'?ll|i\s+will)\s+(?:buy|take|pay\s+for)\s+(?:it|one|that|them)(?![a-z'])|(?<![a-z'])buy\s+one(?![a-z'])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Agreement();

    [GeneratedRegex(@"(?<![a-z'])(?:no|nope|nah|not (?:ok|okay|acceptable|happy|interested)|don'?t want|do not want|refuse|reject|decline|no way|no thanks|are you joking|unacceptable|too (?:expensive|much|pricey)|not worth it|are you (?:kidding|serious)|you'?re (?:kidding|joking)|ridiculous|insulting|can'?t accept|cannot accept|can not accept|can'?t afford|cannot afford|not enough|isn'?t enough|too high|(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:rather|prefer)\s+not|not\s+(?:really\s+|too\s+|that\s+)?keen)(?![a-z'])|不太想|不大想|不太愿意|不怎么想|接受不了|受不了|不能接受|没法接受|无法接受|难以接受|付不起|出不起|承受不起|负担不起|太高了|打发叫花子|打发要饭|开玩笑|逗我|(?<!要)不要|不行|不接受|不同意|不可以|不满意|拒绝|不需要|开什么玩笑|太贵|不修了|不用修|不用(?:来|上门|派人)(?:修|来)?了?|不划算|不值得|不买|买不起|(?<![a-z'])(?:won'?t|will\s+not)\s+(?:buy|pay|take)(?![a-z'])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();

    /// <summary>"no problem", and a "no" that describes the place for the engineer ("there's no lift", "we have no parking"; round 52).</summary>
    [GeneratedRegex(@"no problem|没问题|no worries|不要钱|不收钱|不用钱|不要费用|不收费|不花钱|不用花钱|不用付钱|(?<![a-z'])no\s+(?:charge|charges|cost|costs|fee|fees|payment|extra\s+(?:charge|cost))(?![a-z])|(?<![a-z'])(?:there'?s|there\s+is|there\s+are|there'?re|there\s+was|there'?ll\s+be|we\s+have|we'?ve\s+got|it\s+has|has|with)\s+no\s+(?!(?:way|thanks|deal|chance)(?![a-z]))[a-z]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotARefusal();

    /// <summary>"嗯 快点", "k, be quick about it": a bare yes with the hurry it comes with.</summary>
    [GeneratedRegex(@"^\s*(?:嗯+[嗯呢]?|k|kk|yep|yup|ya|y)[\s,，.。!！~]+.*(?:快点|快些|赶紧|抓紧|尽快|麻利|(?<![a-z])(?:hurry|quick|quickly|asap|fast|soon)(?![a-z]))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HurriedYes();

    public static bool Accepts(string text)
    {
        if (NoYesYet(text)) return false;
        text = WithoutGrumbleAfterABut(WithoutFreeCondition(text));
        return AgreesAfterAQuestion(text) || AgreesAfterABut(text) || AgreesInTheLastSentence(text) || HurriedYes().IsMatch(text) && !Refuses(text) || Agreement().IsMatch(text) && !Refuses(text);
    }

    /// <summary>Praise that means the opposite ("oh perfect, another visit, how thrilling", 太好了，又得我守一下午，真贴心呵呵; round
    /// 149), or the booking held back ("先别安排", "don't book anything yet"; round 155): whatever agreement words it holds, no yes.</summary>
    public static bool NoYesYet(string text) => Sarcasm().IsMatch(text) || NotYet().IsMatch(text) || ConditionalThreat().IsMatch(text)
        || RemedyEchoedInDoubt().IsMatch(text) && !RefusalIn(text) && !AgreedAfterTheEcho().IsMatch(text);

    /// <summary>"remote support? ok", 退款？对，退款 (round 176): the remedy echoed and agreed straight after.</summary>
    [GeneratedRegex(@"^[^?？]{1,30}[?？]\s*(?:yes|yeah|yep|ok|okay|fine|sure|alright|go\s+ahead|please|对|行|好|可以|是的|嗯|没问题)(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgreedAfterTheEcho();

    /// <summary>"你们要是又只派个人来看看说没问题，我下午就直接去消协", "if you send someone who just looks again, I'm going to the
    /// consumer council" (round 173): a threat under a condition, whatever agreement words it holds, is no yes.</summary>
    [GeneratedRegex(@"(?:要是|如果|假如|万一)[^。！？!?]{0,30}就[^。！？!?]{0,8}(?:去|找|投诉|告|曝光|发|打)(?:消协|12315|媒体|网上|法院|律师|投诉|电话)|(?<![a-z])if\s+[^.!?]{0,60}(?:i'?ll|i\s+will|we'?ll|we\s+will|i'?m\s+going\s+to|we'?re\s+going\s+to|i'?m\s+gonna)\s+(?:go\s+to|take\s+(?:it|this)\s+to|report|complain|call\s+(?:the|my)|write\s+to|post|sue|cancel)(?![a-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConditionalThreat();

    /// <summary>A counter-offer at the offer (round 175): "what if I pay half?", "can you do better?", "knock something off", "split
    /// the cost", 我出一半, 打个折行不行, 便宜点, 能不能再给点补偿. Answered once with the offer standing; made again, a colleague
    /// decides.</summary>
    public static bool Bargains(string text) => Bargain().IsMatch(text);

    [GeneratedRegex(@"(?<![a-z'])(?:(?:what|how)\s+about\s+(?:if\s+)?(?:i|we)\s+(?:pay|paid|cover|split)|what\s+if\s+(?:i|we)\s+(?:pay|paid|cover|split|meet)|(?:pay|paid|cover)\s+(?:only\s+)?half|split\s+(?:it|the\s+(?:cost|bill|difference|fee|price))|fifty[-\s]fifty|50\s*/\s*50|meet\s+(?:me|us)\s+(?:halfway|half\s+way|in\s+the\s+middle)|(?:can|could)\s+(?:you|u)\s+(?:not\s+)?do\s+(?:any\s+|a\s+bit\s+|something\s+)?better|do\s+better\s+than|knock\s+(?:something|a\s+bit|some|\d+)\s+off|(?:any|a|some)\s+(?:discount|reduction)|(?:a\s+bit|any|something|little)\s+cheaper|(?:for|at)\s+half(?:\s+the)?\s+(?:price|cost|fee)|(?:do|fix)\s+it\s+for\s+half|your\s+best\s+price|(?:lower|reduce|drop|waive)\s+the\s+(?:price|fee|cost|call-?out(?:\s+fee)?|visit\s+fee|charge))(?![a-z'])"
        + @"|我出一半|出一半|一人一半|各出一半|各一半|平摊|打个?(?:折|对折|八折|九折|七折)|便宜(?:点|些|一点|一些)|少收(?:点|些|一点)|再(?:少|便宜|优惠)(?:点|些|一点)?|优惠(?:点|些|一点)|能不能(?:再)?(?:多)?给(?:点|些)|再(?:多)?给(?:点|些)|让(?:点|一点|些)利|(?:减|降)(?:点|一点|些)|免(?:了|掉)(?:上门费|工本费|人工费|费用)"
        // A freebie asked on top: "throw in a toner", 再送个墨粉盒吧 (round 175: the toner became the fault and was sold instead).
        + @"|(?:再|多|顺便|另外)送(?:个|一个|我|点|些|几个|一盒|一支)?|送(?:我|张|个|一张|一个|点)?(?:券|代金券|优惠券|购物卡|赠品|礼品|墨粉盒?)|(?<![a-z'])(?:throw\s+in|chuck\s+in|and\s+a\s+free|plus\s+a\s+free)(?![a-z'])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Bargain();

    /// <summary>The remedy echoed back as a question ("远程？重启过好几遍了", "remote? I've already reinstalled it twice", round 156):
    /// a doubt about it, never the remedy named back as a yes.</summary>
    [GeneratedRegex(@"^\s*(?:(?:a\s+|another\s+)?(?:remote(?:\s+support|\s+help|\s+session)?|repair|replacement|refund|visit|engineer|technician)|远程(?:支持|协助|处理)?|修|维修|又修|换|换新|退款|退货|上门)\s*[?？]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RemedyEchoedInDoubt();

    [GeneratedRegex(@"呵呵|[“""'‘](?:好|太好了|棒|真棒|贴心|体贴|靠谱|负责|专业|高效|快)[”""'’]|真(?:贴心|体贴|周到)(?:啊|呀)?(?:呵|哈哈)|(?<![a-z'])(?:how\s+(?:thrilling|exciting|delightful|marvell?ous)|oh\s+joy|yeah,?\s+right|what\s+a\s+treat|just\s+what\s+i\s+(?:needed|wanted)|because\s+that\s+(?:worked|went)\s+so\s+well(?:\s+last\s+time)?|(?:great|perfect|wonderful|brilliant|lovely),?\s+(?:just\s+)?(?:great|perfect|wonderful|brilliant|lovely)[.!]*\s*(?:another|more|again)|(?:perfect|great|wonderful|brilliant|lovely|fantastic|marvell?ous|super)(?![a-z'])[^.!?]{0,12}(?:yet\s+another|another|a\s+(?:second|third|fourth))\s+(?:visit|engineer|technician|repair|call-?out|trip))(?![a-z'])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Sarcasm();

    [GeneratedRegex(@"先(?:别|不要|不用|甭)(?:急着)?(?:安排|派|来|上门|定|约|弄)|(?:别|不要)急着(?:安排|派|定)|(?<![a-z'])(?:don'?t|do\s+not)\s+(?:book|arrange|schedule|send)\s+(?:anything|anyone|anybody|it|that|them|someone)?\s*(?:yet|just\s+yet)|(?<![a-z'])(?:not\s+yet|hold\s+off)(?![a-z'])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotYet();

    /// <summary>The words of a thank-you, Latin and Chinese (<see cref="ThanksOnly"/>, <see cref="ThanksWords"/>).</summary>
    private const string ThanksLatin = @"thanks|thank\s+you|thx|ty|cheers";

    private const string ThanksHan = "谢谢|多谢|感谢|谢了";

    /// <summary>Only a thank-you says yes here ("oh thank you, that's so kind of you", 谢谢谢谢 你们真负责): no other word of
    /// agreement once the thanks are taken out.</summary>
    public static bool AcceptsOnlyByThanks(string text) =>
        Accepts(text) && ThanksWords().IsMatch(text) && !Accepts(ThanksWords().Replace(text, " ")) && !GladBesideTheThanks().IsMatch(text);

    /// <summary>"great, thank you", "super, thanks": glad of the offer, beside the thanks, is the yes.</summary>
    [GeneratedRegex(@"(?<![a-z'])(?:great|super|fantastic|marvellous|marvelous)(?![a-z'])|(?<!你们|您|你|人)太好了|好极了", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GladBesideTheThanks();

    [GeneratedRegex(@"(?<![a-z'])(?:" + ThanksLatin + @")(?![a-z'])|" + ThanksHan + @"|(?:你们|您|你)(?:人)?(?:真是|真|太)好(?:了|啊|呀)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThanksWords();

    public static bool Refuses(string text)
    {
        text = WithoutGrumbleAfterABut(WithoutFreeCondition(text));
        return !AgreesAfterAQuestion(text) && !AgreesAfterABut(text) && !AgreesInTheLastSentence(text) && RefusalIn(text);
    }

    /// <summary>A visit asked for with a no to remote help: "no, not remote again, send someone", 不要远程了，派个人过来.</summary>
    public static bool WantsAVisitInstead(string text)
    {
        // "先远程吧 不行再上门": a visit as the fallback is no refusal of the remote help.
        text = Fallback().Replace(text, " ");
        return Visit().IsMatch(text) && (PlainNo().IsMatch(text) || NotRemote().IsMatch(text));
    }

    [GeneratedRegex(@"(?<![a-z])(?:send\s+(?:someone|somebody|an?\s+(?:engineer|technician|tech|person)|the\s+(?:engineer|technician))|(?:engineer|technician|someone|somebody)\s+to\s+come|come\s+(?:in|out|over|round|here)|on[\s-]?site|in\s+person|visit)(?![a-z])|上门|派(?:个|一个)?(?:人|师傅|技术员|工程师)|过来(?:看|修|弄)?|来一趟|到现场", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Visit();

    [GeneratedRegex(@"(?<![a-z])(?:not\s+(?:remote|remotely|online|another\s+remote)|no\s+(?:more\s+)?remote|remote\s+(?:again|didn'?t|did\s+not|never|doesn'?t|won'?t))(?![a-z])|不要远程|别远程|不想远程|远程(?:没用|不行|搞不定|弄不好|解决不了)|又(?:是)?远程", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotRemote();

    /// <summary>A no said softly: "I'd rather not", "not really keen", "hmm…", 不太想, 不大愿意; not "no, that's unacceptable" (a
    /// plain no in it refuses outright).</summary>
    public static bool RefusesSoftly(string text) => HedgedNo().IsMatch(text) && !PlainNo().IsMatch(text);

    [GeneratedRegex(@"(?<![a-z])(?:(?:i'?d|i\s+would|we'?d|we\s+would)\s+(?:rather|prefer)\s+not|not\s+(?:really\s+|too\s+|that\s+|so\s+|very\s+)?keen|hm+|not\s+sure\s+about\s+(?:that|this)|(?:don'?t|do\s+not)\s+really\s+(?:want|fancy|like))(?![a-z])|不太想|不大想|不怎么想|不太愿意|不大愿意|不是很想|不太情愿|有点不想",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HedgedNo();

    /// <summary>The plain words of <see cref="Refusal"/>: no, nope, nah, 不要, 不行, 不接受, 不同意.</summary>
    [GeneratedRegex(@"(?<![a-z'])(?:no|nope|nah)(?![a-z'])|不要|不行|不接受|不同意", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlainNo();

    /// <summary>"ok, as long as there's no call-out fee then yes, book it", 只要不收上门费就行 (round 43): a yes on the condition
    /// that it costs nothing. The conversation checks the condition against the offer's price; its "no" is no refusal.</summary>
    public static bool OnlyIfFree(string text) => FreeCondition().IsMatch(text);

    private static string WithoutFreeCondition(string text) => FreeCondition().Replace(Fallback().Replace(DroppedExtra().Replace(text, " "), " "), " ");

    /// <summary>"行吧，券不要了，上门修吧", "fine, forget the voucher, send someone" (round 175): the extra bargained for dropped, which is
    /// no refusal of the offer.</summary>
    [GeneratedRegex(@"(?:券|代金券|优惠券|补偿|赔偿|折扣|打折|优惠|赠品|礼品|墨粉盒|那个)(?:就|也|我)?(?:不要了|算了|免了|不用了)|(?<![a-z'])(?:forget|never\s*mind|skip|drop|scrap)\s+(?:about\s+)?(?:the|that)\s+(?:voucher|discount|compensation|credit|freebie|extra|half)(?![a-z'])|(?<![a-z'])no\s+(?:voucher|discount|compensation|credit|freebie)\s+then(?![a-z'])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DroppedExtra();

    /// <summary>"先远程吧 不行再上门", "remote first, and if that doesn't fix it send someone" (round 91 hold-out): what happens if
    /// the offer does not work is no refusal of it.</summary>
    [GeneratedRegex(@"[,，\s]*(?:(?:如果|要是)?(?:不行|没用|解决不了|搞不定|弄不好|修不好)(?:的话)?(?:再|就|然后)[^，。,.!！？?]*)|[,\s]*(?<![a-z'])(?:and\s+|but\s+)?if\s+(?:that|it|this)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|can'?t|cannot)\s+(?:work|fix\s+it|help|sort\s+it)[^.!?]*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Fallback();

    [GeneratedRegex(@"(?<![a-z'])(?:(?:as|so)\s+long\s+as|provided(?:\s+that)?|providing|on\s+condition\s+that|only\s+if|if(?=\s+(?:it'?s|it\s+is|there'?s|there\s+is|you\s+don'?t|you\s+do\s+not|i\s+don'?t|i\s+do\s+not|no\b)))"
        + @"\s+(?:(?:it'?s|it\s+is|that'?s|that\s+is)\s+(?:all\s+|completely\s+|totally\s+)?(?:free|free\s+of\s+charge|at\s+no\s+cost)|(?:there'?s|there\s+is|there\s+are|there'?ll\s+be|there\s+will\s+be)\s+no\s+(?:[a-z-]+\s+){0,2}(?:charges?|fees?|costs?|payment)|(?:you\s+)?(?:don'?t|do\s+not|won'?t|will\s+not)\s+charge(?:\s+(?:me|us))?(?:\s+(?:anything|for\s+(?:it|the\s+[a-z-]+)))?|(?:i|we)\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:have\s+to\s+)?pay(?:\s+(?:anything|a\s+(?:penny|cent|thing)))?|no\s+(?:[a-z-]+\s+){0,2}(?:charges?|fees?|costs?))(?:\s+(?:then|though))?"
        + @"|(?:只要|如果|要是)?(?:不收(?:上门费|钱|费|费用|上门的钱)|不要钱|不花钱|免费|不用(?:付|交|出)钱|不用花钱)(?:的话)?(?:就(?:行|可以|好|成)|就)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FreeCondition();

    /// <summary>"not thrilled about paying but fine, send the engineer", 不太满意，但是可以，安排吧 (round 36): the unhappiness
    /// first, the agreement after the last "but", with no refusal in it, decides.</summary>
    public static bool AgreesAfterABut(string text)
    {
        var buts = But().Matches(text);
        if (buts.Count == 0) return false;
        var last = buts[^1];
        var after = text[(last.Index + last.Length)..];
        return after.Trim().Length > 0 && Agreement().IsMatch(after) && !RefusalIn(after);
    }

    [GeneratedRegex(@"(?<![a-z'])(?:but|though|although)(?![a-z'])|但是|不过|可是|但", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex But();

    /// <summary>"fine. go ahead, but I'm not happy", "行吧，修吧，不过我不太满意" (round 64 hold-out): the grumble tacked on with a but
    /// is no refusal; what comes before it answers.</summary>
    private static string WithoutGrumbleAfterABut(string text) => GrumbleAfterABut().Replace(text, "");

    [GeneratedRegex(@"(?<=\S)\s*[,，]?\s*(?:(?<![a-z'])(?:but|though)\s+(?:i'?m\s+|i\s+am\s+|we'?re\s+|still\s+)?(?:not|hardly|far\s+from)\s+(?:very\s+|too\s+|at\s+all\s+)?(?:happy|thrilled|pleased|impressed|amused|delighted)(?:\s+(?:about|with)\s+(?:it|that|this|any\s+of\s+it))?(?:\s+(?:tbh|though|at\s+all|honestly))?|(?:但是?|不过|可是)(?:我|我们)?(?:还是|真的|很|挺)?(?:不太|不怎么|不是很|很不|不)(?:满意|高兴|开心|爽))\s*(?=[.!。！]*\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GrumbleAfterABut();

    /// <summary>"ridiculous. ok. do it. what choice do I have", "too expensive if you ask me. ok, do it" (round 47): scorn first,
    /// then a sentence of agreement; the last sentence that agrees or refuses decides ("ok. no, that's ridiculous" refuses).</summary>
    public static bool AgreesInTheLastSentence(string text)
    {
        var sentences = text.Split(Understanding.Text.Clauses.SentenceStops, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (sentences.Length < 2) return false;
        for (var i = sentences.Length - 1; i >= 0; i--)
        {
            // "well. fine. send me one. not happy about it" (round 56 hold-out): grumbling after the yes is no refusal.
            if (i > 0 && GrumbleOnly().IsMatch(sentences[i])) continue;
            if (RefusalIn(sentences[i])) return false;
            // "No. Thank you.", "too expensive. thanks anyway": a thank-you closing the message is politeness, not agreement.
            if (ThanksOnly().IsMatch(sentences[i])) continue;
            if (Agreement().IsMatch(sentences[i])) return i > 0;
        }
        return false;
    }

    [GeneratedRegex(@"^(?:(?:ok|okay|well|but)\s+)?(?:" + ThanksLatin + "|" + ThanksHan + @")(?:\s*(?:anyway|anyways|all\s+the\s+same|though|a\s+lot|very\s+much|so\s+much|您|你|啦|了))*\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThanksOnly();

    [GeneratedRegex(@"^(?:but\s+|and\s+)?(?:i'?m\s+|i\s+am\s+|we'?re\s+|still\s+)?(?:not|hardly|far\s+from)\s+(?:very\s+|too\s+|at\s+all\s+)?(?:happy|thrilled|pleased|impressed|amused|delighted)(?:\s+(?:about|with)\s+(?:it|that|this|any\s+of\s+it))?(?:\s+(?:tbh|though|at\s+all|honestly))?\s*$|^(?:但是?|不过)?(?:我)?(?:还是|真的|很|挺)?(?:不太|不怎么|不是很)?(?:满意|高兴|开心|爽)(?:啊|吧|的)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GrumbleOnly();

    /// <summary>"so there's no charge for the visit then? ok", "所以上门不要钱对吧？好的": a question about the offer, then agreement after
    /// it; the no-words are inside the question.</summary>
    public static bool AgreesAfterAQuestion(string text)
    {
        var mark = text.LastIndexOfAny(['?', '？']);
        if (mark <= 0 || mark == text.Length - 1) return false;
        var after = text[(mark + 1)..].Trim();
        return after.Length > 0 && Agreement().IsMatch(after) && !RefusalIn(after);
    }

    /// <summary>"did I give you the wrong phone number? … no, it's right", 电话是不是留错了……哦没错, 等下……哦没事: a worry about
    /// another fact, checked and dropped (round 48). Neither a yes nor a no to the offer, which still stands.
    /// A yes after the all-clear ("…yes it is, never mind. ok then, book it", 哦没错。那就安排吧) is the answer to the offer.</summary>
    public static bool IsAFalseAlarm(string text) => AnotherFact().IsMatch(text) && AllFine().IsMatch(text) && !AgreesAfterTheAllClear(text);

    private static bool AgreesAfterTheAllClear(string text)
    {
        var last = AllFine().Matches(text)[^1];
        var after = text[(last.Index + last.Length)..];
        return Agreement().IsMatch(after) && !RefusalIn(after);
    }

    [GeneratedRegex(@"(?<![a-z])(?:phone|number|mobile|serial|date|address|e-?mail|typed|wrote|gave|misread|mixed\s+up)(?![a-z])|电话|号码|手机|序列号|机身号|日期|地址|留错|写错|填错|打错|看错|说错",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnotherFact();

    [GeneratedRegex(@"(?<![a-z])(?:(?:it'?s|it\s+is|that'?s|that\s+is|it\s+was|that\s+was)\s+(?:all\s+)?(?:right|correct|fine|ok|okay)|never\s*mind|nvm|ignore\s+(?:me|that)|my\s+(?:bad|mistake)|false\s+alarm|all\s+good)(?![a-z])|没错|没事|是对的|不用改|没留错|没写错|没打错",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AllFine();

    private static bool RefusalIn(string text) => Refusal().IsMatch(NotARefusal().Replace(text, ""));

    /// <summary>"退。那你们什么时候来拿？", "refund. who picks it up?" (round 52): a first sentence of a few words, with no question
    /// or refusal in it, then questions. The first sentence is the answer; the questions come after it.</summary>
    public static bool ShortAnswerThenQuestions(string text)
    {
        var stop = text.IndexOfAny(['。', '.', '!', '！', '，', ',']);
        if (stop <= 0 || text.IndexOfAny(['?', '？']) < stop) return false;
        var first = text[..stop].Trim();
        var words = System.Text.RegularExpressions.Regex.Count(first, "[A-Za-z]+");
        var cjk = first.Count(Understanding.Text.UtteranceText.IsCjk);
        return first.Length > 0 && words <= 3 && cjk <= 4 && !RefusalIn(first);
    }
}

using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Exclusion circumstances with their polarity: true when the customer says it happened ("I dropped it", 找外面修过),
/// false when they deny it ("never dropped it", 没有拆过, 从来没修过). When a message says both, the denial wins only
/// if it is the last word on that cause.
/// </summary>
internal static partial class CauseRecogniser
{
    private static readonly PhraseTable<string> Table = new(CauseWords.All);

    /// <summary>The force majeure named is weather alone ("it was the storm", 打雷): the occasion of a surge, never damage itself.</summary>
    public static bool OnlyWeather(UtteranceText text)
    {
        var named = Table.FindAll(text.Folded).Where(h => h.Value == "FORCE_MAJEURE").ToList();
        return named.Count > 0 && named.All(h => CauseWords.WeatherOnly.Contains(text.Folded.Substring(h.Span.Start, h.Span.Length)));
    }

    [GeneratedRegex(@"volt|power|surge|spike|supply|mains|electric|measured|tested|checked|电压|稳不稳|电(?:到底|究竟)?(?:正不正常|有没有问题|有没有事|怎么样)|波动|浪涌|(?:电|电压)(?:不稳|忽高忽低)|有没有不稳", RegexOptions.CultureInvariant)]
    private static partial Regex SupplyNamed();

    /// <summary>The causes with their polarity, where they were named, and whether the supply was said not to be known
    /// (<see cref="VoltageUnknown"/>, looked for only where power is named at all and no voltage cause was read).</summary>
    public static (Dictionary<string, bool> Causes, List<TextSpan> Spans, bool SupplyNotKnown) Find(UtteranceText text)
    {
        var causes = new Dictionary<string, bool>();
        bool? supplyUnknown = null;
        bool SupplyUnknown() => supplyUnknown ??= VoltageUnknown().IsMatch(text.Folded);
        var hits = Hits.LongestFirst(Table.FindAll(text.Folded));
        var admitted = new List<(string Cause, string Phrase)>();
        var unowned = WhoItWasNot(text.Folded);
        foreach (var hit in hits)
        {
            var phrase = text.Folded.Substring(hit.Span.Start, hit.Span.Length);
            // "I can't say whether anyone knocked it", 不知道有没有碰过: not known either way, so neither admitted nor denied.
            if (Unsure().IsMatch(Before(text.Folded, hit.Span))) continue;
            if (HedgedBothWays(text.Folded, hit.Span, phrase)) continue;
            if (Hypothetical(text.Folded, hit.Span)) continue;
            if (Figurative(text.Folded, hit.Span)) continue;
            // "dropped, no. opened? nope", 摔过？没有 (round 176): the circumstances question echoed back with its answer after it.
            var echoed = EchoedQuestion.Answer(text.Folded, hit.Span);
            if (echoed == Echoed.Unanswered) echoed = EchoedAndDismissed(text.Folded, hit.Span) ? Echoed.No : echoed;
            if (echoed == Echoed.Unanswered) continue;
            if (echoed != Echoed.Yes && Planned(text.Folded, hit.Span)) continue;
            // 师傅说“这个是进水了”，可是根本没进水; the shop told me 'it's the voltage' (round 177): someone else's words, quoted.
            if (echoed == Echoed.None && QuotedFromSomeoneElse(text.Folded, hit.Span)) continue;
            // "电压不稳是啥意思?", "what does unstable voltage mean?" (round 92), "为什么问我们摔过它?" (round 94): the word or the
            // question asked about, nothing owned up to.
            if (MeaningAsked().IsMatch(Clause(text.Folded, hit.Span))) continue;
            // "不知道 物业说停过电 电压稳不稳我说不上来" (round 66 hold-out): a power cut heard of, the supply itself not known.
            if (hit.Value == "VOLTAGE" && SupplyUnknown()) continue;
            // "the breaker only tripped because of an overload", 跳闸是因为同时开了好几个电器 (round 123): a trip the customer explains
            // by the load on the circuit says nothing about the supply.
            if (hit.Value == "VOLTAGE" && BreakerWord().IsMatch(phrase) && TripExplained().IsMatch(text.Folded)) continue;
            if (IsUpkeepOrACheck(hit.Value, text.Folded, hit.Span)) continue;
            // "why would I drop a built-in hob?!", 难道是我弄坏的吗？, 谁家电压天天不稳啊 (round 160): asked only to deny it.
            var happened = echoed == Echoed.Yes || echoed == Echoed.None && !RhetoricalQuestion.Covers(text.Folded, hit.Span)
                && !Negation.IsNegated(unowned, hit.Span.Start, englishWords: 6, chineseChars: 6, lists: true)
                && !(ByOurPeople.Contains(hit.Value) && ByOurStaff(Clause(text.Folded, hit.Span))
                     && !(hit.Value == "USER_DAMAGE" && OurStaffOnlyRepaired().IsMatch(Clause(text.Folded, hit.Span))))
                && !EchoedAndDismissed(text.Folded, hit.Span)
                // "Nobody dropped it, opened it, nothing spilled" (round 173): the denial carries along its list of verbs.
                && !DeniedVerbListBefore().IsMatch(text.Folded.AsSpan(ClauseStart(text.Folded, hit.Span), hit.Span.Start - ClauseStart(text.Folded, hit.Span)));
            if (happened) admitted.Add((hit.Value, phrase));
            // A denial takes back only what it names: "锅轻轻磕了一下…没摔没拆" still admits the knock.
            causes[hit.Value] = happened || admitted.Any(a => a.Cause == hit.Value && !a.Phrase.Contains(phrase) && !phrase.Contains(a.Phrase));
        }
        // "opened? yes, opened by my colleague as I said" (round 176): a bare circumstance echoed and owned up to.
        foreach (Match bare in BareCauseOwnedUpTo().Matches(text.Folded))
        {
            var cause = bare.Groups["w"].Value switch
            {
                var w when w.StartsWith("open", StringComparison.Ordinal) || w.StartsWith("taken", StringComparison.Ordinal) || w.StartsWith("dismantled", StringComparison.Ordinal) => "DISASSEMBLY",
                var w when w.StartsWith("modified", StringComparison.Ordinal) || w.StartsWith("tampered", StringComparison.Ordinal) => "MODIFICATION",
                var w when w.StartsWith("repaired", StringComparison.Ordinal) => "UNAUTHORISED_REPAIR",
                _ => "USER_DAMAGE",
            };
            if (!causes.ContainsKey(cause)) causes[cause] = true;
        }
        // "the voltage, yes, like I said" (round 176): the supply named bare and owned up to.
        if (!causes.ContainsKey("VOLTAGE") && SupplyOwnedUpTo().IsMatch(text.Folded)) causes["VOLTAGE"] = true;
        // "the voltage is fine, it's on a UPS", 电压正常: the power said to be fine denies the voltage clause outright.
        if (!causes.ContainsKey("VOLTAGE") && (PowerIsFine().IsMatch(text.Folded) || BreakerFine().IsMatch(text.Folded)) && !SupplyUnknown()) causes["VOLTAGE"] = false;
        if (causes.GetValueOrDefault("VOLTAGE") && causes.GetValueOrDefault("FORCE_MAJEURE")
            && admitted.Where(a => a.Cause == "FORCE_MAJEURE").All(a => CauseWords.WeatherOnly.Contains(a.Phrase)))
            causes.Remove("FORCE_MAJEURE");
        // "电有没有问题我真不知道,打雷那天我们没看" (round 92): a thunderstorm beside a supply nobody knows about is the occasion of a
        // surge that may or may not have come, not force majeure owned up to.
        if (causes.GetValueOrDefault("FORCE_MAJEURE") && admitted.Where(a => a.Cause == "FORCE_MAJEURE").All(a => CauseWords.WeatherOnly.Contains(a.Phrase))
            && SupplyUnknown())
            causes.Remove("FORCE_MAJEURE");
        var supplyNotKnown = !causes.ContainsKey("VOLTAGE") && SupplyNamed().IsMatch(text.Folded) && SupplyUnknown();
        return (causes, hits.Select(h => h.Span).ToList(), supplyNotKnown);
    }

    [GeneratedRegex(@"(?:^|[.!?;,]\s*)(?<w>opened(?:\s+up)?|taken\s+apart|dismantled|dropped|knocked|wet|water|modified|tampered\s+with|repaired\s+by\s+(?:someone|somebody|anyone|anybody)\s+else)\s*[?:,–—-]+\s*(?:yes|yeah|yep|yup|correct)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex BareCauseOwnedUpTo();

    [GeneratedRegex(@"(?<![a-z])(?:the\s+)?(?:voltage|power|surge|spike|supply)\s*[,:?–—-]+\s*(?:yes|yeah|yep|yup|correct)(?![a-z])|(?:电压|电压不稳)\s*[？?，,:：]\s*(?:是的|是(?![说指不什啥问])|有(?!没有|点|些)|对(?!了))", RegexOptions.CultureInvariant)]
    private static partial Regex SupplyOwnedUpTo();

    [GeneratedRegex(@"(?<![a-z])(?:nobody|no\s+one|no-one|never|not|hasn'?t|haven'?t|wasn'?t|didn'?t|has\s+not|have\s+not)\s+(?:been\s+|ever\s+|has\s+|have\s+)*(?:dropped|knocked|opened|repaired|modified|touched|spilled|soaked|wet|tampered\s+with|taken\s+apart)(?:\s+[a-z']+){0,3}\s*,\s*(?:or\s+|nor\s+|and\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DeniedVerbListBefore();

    /// <summary>The hit inside quotation marks opened right after a verb of saying ("said 'it's water damage'", 师傅说“进水了”).</summary>
    private static bool QuotedFromSomeoneElse(string folded, TextSpan span)
    {
        var open = folded.LastIndexOfAny(QuoteMarks, Math.Max(0, span.Start - 1));
        if (open < 0 || span.Start - open > 40) return false;
        var close = folded.IndexOfAny(QuoteMarks, span.End);
        if (close < 0 || close - span.End > 40) return false;
        // 阿姨跟我说“我擦机器的时候水洒进去一点点” (round 177 hold-out of the same class): the one who did it owning up, quoted, counts.
        return SaidBefore().IsMatch(folded.AsSpan(Math.Max(0, open - 24), open - Math.Max(0, open - 24)))
            && !FirstPerson().IsMatch(folded.AsSpan(open + 1, close - open - 1));
    }

    [GeneratedRegex(@"我|(?<![a-z])(?:i|we|i'?ve|i'?d|i'?m|we'?ve|my|our)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();

    private static readonly char[] QuoteMarks = ['"', '\'', '“', '”', '「', '」', '『', '』'];

    [GeneratedRegex(@"(?:说|问|讲|喊|叫|嚷|讲的是|说的是|说了句|说是|认为|觉得|判断)\s*[:：，,]?\s*$|(?<![a-z])(?:said|says|say|told\s+(?:me|us|her|him)|asked|asks|shouted|yelled|reckons?|reckoned|thinks?|thought|claimed|claims|insisted|went|goes|like|was\s+like)\s*[:,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SaidBefore();

    /// <summary>What someone means to do, or might do, and has not done (round 173): "our IT guy was going to open it tomorrow",
    /// "I'm this close to taking the tray apart", 明天要自己拆开看看, 你们再不来我就找外面的师傅修了. Told as past ("he was going to
    /// open it but had already taken the cover off") the later words still own up to it.</summary>
    private static bool Planned(string folded, TextSpan span)
    {
        var start = folded.LastIndexOfAny(PhraseStops, Math.Max(0, span.Start - 1)) + 1;
        var before = folded[start..span.Start];
        var after = folded.AsSpan(span.End);
        if (after.StartsWith("过") || after.StartsWith("了过")) return false;
        return PlanBefore().IsMatch(before);
    }

    [GeneratedRegex(@"(?<![a-z])(?:(?:was|were|am|is|are|'m|'re|'s|i'm|he's|she's|we're|they're)\s+(?:\w+\s+)?(?:going\s+to|gonna|about\s+to|planning\s+(?:to|on)|thinking\s+(?:of|about)|tempted\s+to)|(?:this|so|very|really)\s+close\s+to|offered\s+to|offering\s+to|volunteered\s+to|suggested|(?:i'll|we'll|he'll|she'll|they'll|will|shall|gonna|intend\s+to|plan\s+to|plans\s+to|want(?:s)?\s+to|wanted\s+to|going\s+to|next\s+step)(?![a-z]))(?:(?!\b(?:admit|confess|honest|say|tell|own)\b)[^.!?;])*$"
        + @"|(?<!不)(?:打算|准备|计划|考虑|想要|想(?!到|起)|就要|(?<![主需重只])要(?!求|了|不是)|(?<![机社聚开理学])会(?!计|议|员|所|场|儿|不会|了))(?!了)[^，。,.!！？?；;]{0,10}$|(?:的话|再不|不然|否则|要不然|要不)[^，。,.!！？?；;]{0,4}就[^，。,.!！？?；;]{0,10}$", RegexOptions.CultureInvariant)]
    private static partial Regex PlanBefore();

    /// <summary>A figure of speech (round 152): "the print quality has fallen off a cliff", "like it was hit by lightning", 跟被雷劈了似的,
    /// 像摔过一样, and the figure explained ("when I said it fell off a cliff I meant the printing", 我说被雷劈是打个比方).</summary>
    private static bool Figurative(string folded, TextSpan span)
    {
        var start = Clauses.SentenceStart(folded, span.Start);
        var end = folded.AsSpan(span.End).IndexOfAny(SentenceEnds);
        var sentence = folded[start..(end < 0 ? folded.Length : span.End + end)];
        return FigureExplained().IsMatch(sentence)
            || SimileBefore().IsMatch(folded[start..span.Start]) && (SimileAfter().IsMatch(folded[span.End..]) || !UtteranceText.IsCjk(folded[span.Start]))
            || OffACliff().IsMatch(folded[span.End..]);
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?。！？\n");

    [GeneratedRegex(@"(?<![a-z])(?:when\s+i\s+said|i\s+(?:only\s+|just\s+)?meant|figure\s+of\s+speech|metaphor|just\s+a\s+(?:saying|joke|expression|way\s+of\s+(?:speaking|putting\s+it))|manner\s+of\s+speaking)(?![a-z])|打个?比方|比喻|形容一下|形容的|夸张(?:的|了|一下)|开玩笑的", RegexOptions.CultureInvariant)]
    private static partial Regex FigureExplained();

    [GeneratedRegex(@"(?:跟|像|好像|好比|如同|仿佛|就像)[^，。,.!！？?]{0,8}$|(?<![a-z])(?:like|as\s+if|as\s+though)\s+(?:it\s+(?:was|were|had|'d|got|has)\s+(?:been\s+|just\s+)?|it'?s\s+(?:been\s+|just\s+)?)(?:\w+\s+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SimileBefore();

    [GeneratedRegex(@"^[^，。,.!！？?]{0,8}(?:似的|一样|一般|的样子)", RegexOptions.CultureInvariant)]
    private static partial Regex SimileAfter();

    [GeneratedRegex(@"^\s*(?:off\s+)?(?:a|the)\s+cliff(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex OffACliff();

    [GeneratedRegex(@"(?<![a-z])(?:voltage|power|electricity|mains|supply)(?:'s|\s+is|\s+was|\s+has\s+been)?\s+(?:always\s+)?(?:fine|normal|ok|okay|stable|steady)(?![a-z])|(?<![a-z])no\s+(?:power|voltage|electrical|electricity)\s+(?:issues?|problems?|surges?|spikes?|trouble|fluctuations?)(?![a-z])|(?:on|through|behind)\s+(?:a|an|our|the)\s+(?:ups|surge\s+protector|voltage\s+stabili[sz]er)(?![a-z])|电压(?:也|都|一直)?(?:正常|没问题|稳定|很稳)|(?:接|用|有)了?(?:稳压器|ups)", RegexOptions.CultureInvariant)]
    private static partial Regex PowerIsFine();

    [GeneratedRegex(@"(?:啥|什么)意思|(?:啥|什么)叫|(?:是指|指的是|指的|指)(?:什么|啥|哪些|哪种)|(?<![a-z])what\s+(?:exactly\s+)?counts?\s+as(?![a-z])|(?:为什么|为啥|干嘛|凭什么)(?:要)?问|(?<![a-z])why\s+(?:are\s+you\s+|do\s+you\s+|would\s+you\s+)?(?:ask|asking)(?![a-z])|(?<![a-z])(?:what(?:'s|\s+is|\s+does)\s+(?:an?\s+)?(?:unstable\s+)?[a-z]+(?:\s+[a-z]+)?\s+mean|what\s+do\s+you\s+mean\s+by|what(?:'s|\s+is)\s+(?:unstable\s+)?voltage)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex MeaningAsked();

    private static readonly PhraseTable<bool> QualityClaims = new([(true, CauseWords.QualityClaim)]);

    /// <summary>"It's a quality problem", 这是质量问题 — not "it's not a quality problem".</summary>
    public static bool ClaimsQualityFault(UtteranceText text) =>
        QualityClaims.FindAll(text.Folded).Any(h => !Negation.IsNegated(text.Folded, h.Span.Start, englishWords: 3, chineseChars: 3)
            && !Disclaims().IsMatch(Clause(text.Folded, h.Span)[..Math.Max(0, h.Span.Start - ClauseStart(text.Folded, h.Span))]));

    /// <summary>"I'm not going to pretend it's a factory fault", 我不是说质量问题: the claim disowned before it is named.</summary>
    [GeneratedRegex(@"(?:\bnot|n't|\bnever)\s+(?:going\s+to\s+|gonna\s+|trying\s+to\s+)?(?:pretend|say|saying|claim|claiming|argue|arguing|blame|blaming)\b|不是说|不怪|没说是|不能说是|不敢说是", RegexOptions.CultureInvariant)]
    private static partial Regex Disclaims();

    private static int ClauseStart(string folded, TextSpan span) => Clauses.SentenceStart(folded, span.Start);

    /// <summary>Opened, repaired or changed by someone: when that someone is our own engineer, it is our repair.</summary>
    private static readonly string[] ByOurPeople = ["UNAUTHORISED_REPAIR", "DISASSEMBLY", "MODIFICATION", "USER_DAMAGE"];

    /// <summary>"The only person who ever opened it is YOUR engineer", 除了你们师傅没人拆过: our own staff, in the customer's words.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:your|ur)\s+(?:own\s+)?(?:(?:repair|service|maintenance|installation|install|tech|technical|support|after-?sales?)\s+)?(?:engineers?|technicians?|techs?|guys?|people|man|men|service\s*(?:team|man|men|engineer)?|repair\s*m[ae]n|staff|team|installers?|fitters?)(?![a-z])|you\s+guys|你们的?(?:师傅|人|工程师|售后|技术员|维修员)|售后的?师傅|厂家的?师傅|安装师傅", RegexOptions.CultureInvariant)]
    private static partial Regex OurStaff();

    /// <summary>"掰断的 别的没有 之前你们师傅来修过一次" (round 70): our staff named only as who repaired it before; a repair is no
    /// breakage, so the damage stays the customer's.</summary>
    [GeneratedRegex(@"(?:你们|售后|厂家)的?(?:师傅|人|工程师|售后|技术员)?(?:之前|上次|以前)?(?:来|上门)?(?:修|维修)(?:过|了)", RegexOptions.CultureInvariant)]
    private static partial Regex OurStaffOnlyRepaired();

    /// <summary>Our staff named in the clause, and not as "not one of yours" / 不是你们的人.</summary>
    /// <remarks>Our staff named only as who failed to come, with an outside repairer beside them ("your engineer never turned up so
    /// a local handyman had a go", 你们的人约了不来，我只好找外面的师傅修过, round 160), is no repair of ours.</remarks>
    private static bool ByOurStaff(string clause) => OurStaff().IsMatch(clause) && !NotOurStaff().IsMatch(clause) && !OutsideRepairer().IsMatch(clause);

    /// <summary>A repairer who is plainly not ours: a local handyman, an outside repair shop, 外面的师傅, 楼下修电器的, 路边的修理铺.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:(?:local|outside|independent|third[-\s]party|private|random)\s+(?:handyman|guy|bloke|man|repairer|repair\s*(?:man|shop|guy)|engineer|technician|tech|plumber|electrician|shop|fitter)|handyman)(?![a-z])|外面的?(?:师傅|人|维修|修理)|外面找的|(?:楼下|街边|路边|小区门口)的?(?:修|维修|修理)|修电器的|修理铺|个体(?:师傅|维修)|游击队", RegexOptions.CultureInvariant)]
    private static partial Regex OutsideRepairer();

    /// <summary>"not from your company", "not one of yours", "none of your staff", "not your engineer", "a local guy who isn't one
    /// of your people" (round 43), "we didn't have your people install it",
    /// 不是你们的人, 不是你们售后, 非厂家.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:not|isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not|weren'?t|none\s+of|nobody\s+from|no\s+one\s+from|no-one\s+from|neither\s+of)\s+(?:from\s+|one\s+of\s+|by\s+|with\s+)?(?:your|yours|ur|you\s+guys)(?![a-z])|(?:didn'?t|did\s+not|never|don'?t|do\s+not|wasn'?t|was\s+not)\s+(?:have|get|use|call|book|ask|let)\s+(?:your|ur|you\s+guys)(?![a-z])|不是你们|并非你们|非你们|不是售后|不是厂家|非厂家", RegexOptions.CultureInvariant)]
    private static partial Regex NotOurStaff();

    /// <summary>The text with "not from your company", 不是你们的人 blanked (same length, so spans hold): it denies who did it, not
    /// that it was done ("the guy from the shop downstairs (not from your company) opened it", round 50).</summary>
    private static string WhoItWasNot(string folded) =>
        NotOurStaff().IsMatch(folded) ? NotOurStaff().Replace(folded, m => new string(' ', m.Length)) : folded;

    /// <summary>The customer does not know whether it happened, said just before the circumstance (its clause, up to a comma):
    /// "can't say whether", 不知道有没有, "nobody told me they hit it or dropped anything" (round 40: not there, only told).</summary>
    [GeneratedRegex(@"(?:(?:don'?t|do\s+not|doesn'?t|didn'?t|can'?t|cannot|couldn'?t)\s+(?:really\s+)?(?:know|say|tell(?:\s+you)?|be\s+sure)|no\s+idea|not\s+sure|unsure|no\s+clue|(?:not|never)\s+certain)\s+(?:[a-z']+\s+){0,2}(?:whether|if)\s+(?:(?!\bbut\b|\band\b)[^.!?;,])*$|(?:don'?t|can'?t|cannot|couldn'?t)\s+(?:remember|recall)\s+(?:(?!\bbut\b|\band\b)[^.!?;,])*$|(?<![a-z])(?:nobody|no\s+one|no-one|none\s+of\s+them|they\s+never)\s+(?:has\s+|have\s+)?(?:told|tells|said|says|mentioned|admitted|owned\s+up)(?:\s+(?:me|us|to\s+me|to\s+us))?(?:\s+that)?\s+(?:(?!\bbut\b)[^.!?;,])*$|(?:不知道|不清楚|说不好|说不清|说不准|记不清|记不得|不确定|不记得|想不起来)[^，。,.!！？?；;]{0,6}(?:有没有|是不是|是否|有无)(?:(?!但|不过|可是)[^，。,.!！？?；;])*$", RegexOptions.CultureInvariant)]
    private static partial Regex Unsure();

    /// <summary>A grease filter washed or paper cleared as the manual says is upkeep, not taking the unit apart; a breaker
    /// checked, or found fine, says nothing against the supply (PowerIsFine denies the clause then). Round 31.</summary>
    private static bool IsUpkeepOrACheck(string cause, string folded, TextSpan span) => cause switch
    {
        "DISASSEMBLY" => Upkeep().IsMatch(Phrase(folded, span)),
        // A shop's quote for a unit it has not touched ("the repair shop said 60 but they haven't touched it", round 34).
        "UNAUTHORISED_REPAIR" => NobodyTouchedIt().IsMatch(folded),
        // "我们只是正常加墨粉", 按时加墨粉 (round 140): a copier's toner topped up in the ordinary way, no refilled cartridge.
        "MODIFICATION" => RoutineTopUp().IsMatch(folded.AsSpan(0, span.End)),
        "VOLTAGE" => Phrase(folded, span) is var phrase && (BreakerFine().IsMatch(phrase) || BreakerChecked().IsMatch(phrase)),
        _ => false,
    };

    /// <summary>"the breaker was fine", "the fuse box is ok", "it never tripped", 空气开关没跳, 电闸正常 (round 31).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:breakers?|fuse\s*box|trip\s+switch|switch\s*box|rcd|fuses?)\s+(?:was|is|were|are|'s|looked|looks|seemed|seems)\s+(?:all\s+|perfectly\s+|totally\s+)?(?:fine|ok|okay|normal|on|up|good)(?![a-z])|(?:didn'?t|did\s+not|never|hasn'?t|has\s+not|wasn'?t|not)\s+(?:been\s+)?trip(?:ped)?(?![a-z])|(?:空气开关|电闸|闸|漏保|保险)(?:也|都)?(?:没跳|没有跳|正常|没问题)|没(?:有)?跳(?:过)?闸", RegexOptions.CultureInvariant)]
    private static partial Regex BreakerFine();

    /// <summary>"I checked the breaker": looked at, which says nothing about the supply either way.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:checked|check|tested|test|looked\s+at|had\s+a\s+look\s+at)\s+(?:the\s+|our\s+|my\s+)?(?:breakers?|fuse\s*box|trip\s+switch|rcd|fuses?)(?![a-z])|(?:检查|看)了?(?:一下|下)?(?:空气开关|电闸|漏保)", RegexOptions.CultureInvariant)]
    private static partial Regex BreakerChecked();

    [GeneratedRegex(@"(?:正常|平时|平常|按时|定期|日常|照常|按提示|按说明)(?:地|的)?(?:加|添)墨$", RegexOptions.CultureInvariant)]
    private static partial Regex RoutineTopUp();

    [GeneratedRegex(@"(?:他们|他|人家|店里|师傅)(?:还|都)?没(?:有)?(?:动过|碰过|修过|拆过|动)|(?<![a-z])(?:they|he|she)\s+(?:haven'?t|hasn'?t|didn'?t|never|have\s+not|has\s+not)\s+(?:even\s+)?(?:touched|opened|repaired|looked\s+at|worked\s+on)\s+it(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex NobodyTouchedIt();

    /// <summary>Parts the manual has the customer take out, clean or change: filters, trays, jammed paper, consumables.</summary>
    [GeneratedRegex(@"油网|滤网|过滤网|油杯|油盒|集油|滤芯|纸盒|纸仓|进纸|卡纸|取纸|废纸|墨盒|硒鼓|粉盒|色带|(?<![a-z])(?:(?:grease|oil)\s+)?filters?(?![a-z])|paper\s+tray|(?:jammed|stuck|crumpled|torn|creased)\s+(?:paper|sheets?|pages?)|paper\s+jam|(?<![a-z])(?:pull|pulled|pulling|take|took|taking|get|got|getting|clear|cleared|clearing|remove|removed|removing)\s+(?:out\s+)?(?:the|a|that)\s+(?:paper|sheets?|pages?)(?![a-z])|(?<![a-z])(?:toner|cartridges?|drum|ribbon)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Upkeep();

    private static readonly char[] PhraseStops = [.. Clauses.SentenceStops, ',', '，', '、'];

    /// <summary>The hit's phrase: its clause up to the nearest comma on either side.</summary>
    private static string Phrase(string folded, TextSpan span) => Around(folded, span, PhraseStops);

    /// <summary>"maybe there was a surge, maybe not, no idea", 可能跳过闸，也可能没有 (round 47), and weather nobody can vouch for
    /// ("a storm that night but nobody knows if the power did anything", round 45): not known either way.</summary>
    private static bool HedgedBothWays(string folded, TextSpan span, string phrase)
    {
        var end = folded.IndexOfAny(Clauses.SentenceStops, span.End);
        var after = folded[span.End..(end < 0 ? folded.Length : end)];
        if (CauseWords.WeatherOnly.Contains(phrase) && NobodyKnows().IsMatch(after)) return true;
        var phraseStart = folded.LastIndexOfAny(PhraseStops, Math.Max(0, span.Start - 1)) + 1;
        return Perhaps().IsMatch(folded[phraseStart..span.Start]) && PerhapsNot().IsMatch(after);
    }

    [GeneratedRegex(@"(?<![a-z])(?:maybe|perhaps|possibly|might|may\s+have|could\s+have)(?![a-z])|可能|也许|或许|说不定", RegexOptions.CultureInvariant)]
    private static partial Regex Perhaps();

    [GeneratedRegex(@"tripp|breaker|trip\s+switch|跳[^，。,.!！？?]{0,3}闸", RegexOptions.CultureInvariant)]
    private static partial Regex BreakerWord();

    /// <summary>A tripped breaker explained by the load: an overload, too much on one circuit, 过载, 同时开了好几个电器, 功率太大.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:overload\w*|over-load\w*|too\s+(?:much|many\s+(?:things|appliances|devices))\s+(?:on|plugged)|(?:on|in)\s+(?:one|the\s+same|a\s+single)\s+(?:circuit|socket|plug|extension))(?![a-z])|过载|超负荷|负荷太大|功率(?:太|过)?大|(?:同时|一起)(?:开|用|插)了?|电器太多", RegexOptions.CultureInvariant)]
    private static partial Regex TripExplained();

    /// <summary>The supply itself not known: 电压稳不稳我说不上来, "电压到底有没有问题我也说不准", "有没有电压问题我真不知道",
    /// "不知道有没有电压问题" (rounds 76/82), "no idea if there was a surge" (round 77).</summary>
    [GeneratedRegex(@"(?:电压|电)(?:到底|究竟)?(?:稳不稳|正不正常|有没有问题|有没有事|怎么样)[^，。,.!！？?]{0,6}(?:说不上来|说不好|说不准|说不清|不知道|不清楚|不确定|没法说)"
        + @"|(?:有没有|是不是|是否)[^，。,.!！？?]{0,4}电压[^，。,.!！？?]{0,10}(?:说不上来|说不好|说不准|说不清|不知道|不清楚|不确定|没法说)"
        + @"|(?:不知道|不清楚|说不好|说不准|不确定|搞不清)[^，。,.!！？?]{0,4}(?:有没有|是不是|是否)[^，。,.!！？?]{0,12}电压"
        // Round 133 hold-out: "电压的事我真不知道，就是跳闸过几次" (the supply named, then not known; a trip is no measured surge).
        + @"|电压(?:的事|这块|方面|这个|有没有问题|稳不稳)(?:我|我们)?(?:是|也|真|真的|确实|实在)?(?:不知道|不清楚|说不好|说不准|不确定|搞不清)"
        // Round 92: the supply described and then not known: "电压不稳就是电忽高忽低吧？那天有没有这样我可说不上来".
        + @"|(?:有没有|是不是|是否)(?:这样|这种情况|这回事|这个情况)[^，。,.!！？?]{0,8}(?:说不上来|说不好|说不准|说不清|不知道|不清楚|不确定|没法说)"
        // Round 140: a power cut told, then whether it surged not known: "停过一次电 有没有波动我不清楚", "电有没有不稳我不清楚".
        + @"|(?:有没有|是不是|是否)(?:电压|电)?(?:波动|不稳|过压|浪涌|忽高忽低)[^，。,.!！？?]{0,6}(?:说不上来|说不好|说不准|说不清|不知道|不清楚|不确定|没法说)"
        + @"|(?:不知道|不清楚|说不好|说不准|不确定|搞不清)(?:有没有|是不是|是否)(?:电压|电)?(?:波动|不稳|过压|浪涌|忽高忽低)"
        + @"|(?<![a-z])(?:don'?t|do\s+not|can'?t|cannot)\s+(?:know|say|tell)\s+(?:if|whether)\s+(?:the\s+)?(?:[a-z]+'?s?\s+)?(?:voltage|power\s+supply|supply|mains)\s+(?:was|is|has\s+been)(?![a-z])"
        // Round 93: "whether there was a voltage spike I really don't know" (the doubt after the supply).
        + @"|(?<![a-z])(?:whether|if)\s+(?:there\s+(?:was|were)\s+|it\s+was\s+)?(?:a\s+|any\s+)?(?:power\s+|voltage\s+)?(?:surges?|spikes?|voltage)[^.!?;]{0,25}(?<![a-z])(?:i\s+)?(?:really\s+|honestly\s+|just\s+)?(?:don'?t|do\s+not|can'?t|cannot|couldn'?t)\s+(?:know|say|tell)(?![a-z])"
        // Round 101: the supply named and then not known, before a flicker: "the power I honestly don't know, the lights flicker
        // sometimes but nobody ever measured anything", "electrics wise I can't say".
        + @"|(?<![a-z])(?:the\s+)?(?:power(?:\s+supply)?|voltage|supply|mains|electrics?|electricity)(?:\s+(?:surges?|spikes?))?(?:\s*-?\s*wise)?\s*[,:?–—-]?\s*(?:i\s+)?(?:honestly\s+|really\s+|just\s+|genuinely\s+)?(?:i\s+)?(?:don'?t|do\s+not|can'?t|cannot|couldn'?t)\s+(?:know|say|tell)(?![a-z])"
        + @"|(?<![a-z])(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+|had\s+)?(?:ever\s+)?(?:measured|tested|checked)\s+(?:anything|it|them|the\s+(?:voltage|power|supply|electrics|wiring))(?![a-z])"
        + @"|(?<![a-z])(?:no\s+idea|not\s+sure|unsure|(?:don'?t|do\s+not)\s+know|can'?t\s+(?:say|tell))\s+(?:if|whether)\s+(?:there\s+(?:was|were)\s+|it\s+was\s+)?(?:a\s+|any\s+)?(?:power\s+|voltage\s+)?(?:surges?|spikes?|voltage)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex VoltageUnknown();

    [GeneratedRegex(@"(?<![a-z])(?:maybe\s+not|or\s+not|might\s+not|may\s+not|perhaps\s+not|no\s+idea|who\s+knows|not\s+sure|can'?t\s+(?:say|tell)|(?:don'?t|do\s+not)\s+know)(?![a-z])|也可能没|也许没|或许没|说不好|说不准|说不清|不确定|不知道|不清楚", RegexOptions.CultureInvariant)]
    private static partial Regex PerhapsNot();

    [GeneratedRegex(@"(?<![a-z])(?:(?:nobody|no\s+one|no-one)\s+(?:knows|can\s+(?:tell|say)|is\s+sure)|(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+know|not\s+sure|no\s+idea|can'?t\s+(?:tell|say))(?![a-z])|不知道|说不好|说不准|说不清|不清楚|不确定|没人知道", RegexOptions.CultureInvariant)]
    private static partial Regex NobodyKnows();

    /// <summary>The text of the hit's clause before it.</summary>
    /// <summary>"摔?那是嵌在台面里的怎么摔", "dropped? how, it's built in" (round 57): the question echoed with a question mark and
    /// dismissed in the next breath is a denial, not an admission.</summary>
    private static bool EchoedAndDismissed(string folded, TextSpan span)
    {
        var end = span.Start + span.Length;
        var rest = folded[end..];
        // …怎么可能摔, 哪会进水呢, 谁能摔它啊: the rhetorical question itself, ending its clause.
        if (Rhetoric().IsMatch(folded[..span.Start]) && (rest.Length == 0 || RhetoricEnd().IsMatch(rest))) return true;
        var mark = rest.TrimStart(' ', '过', '了');
        if (mark.Length == 0 || mark[0] is not ('?' or '？')) return false;
        return Dismissal().IsMatch(mark[1..Math.Min(mark.Length, 24)]);
    }

    [GeneratedRegex(@"(?:怎么|哪|谁)(?:可能|会|能|敢|里会|里能)?(?:会|去)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Rhetoric();

    [GeneratedRegex(@"^(?:过|了|得了)?(?:它|他|这个|那个|机器)?\s*(?:呢|啊|嘛|呀|吗)?\s*(?:[?？!！。，,.\s]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex RhetoricEnd();

    [GeneratedRegex(@"怎么(?:可能|会|能)?|哪(?:能|会|可能|里)|不可能|开玩笑|(?<![a-z])(?:how|no\s+way|never|impossible|as\s+if)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Dismissal();

    /// <summary>"like if someone spilled coffee on it?", 要是洒了点水上去，算不算？ (round 61): a circumstance supposed in a question
    /// about what counts, neither admitted nor denied. "if I'm honest, he dropped it." is no question, so it still admits.</summary>
    private static bool Hypothetical(string folded, TextSpan span)
    {
        var start = Clauses.SentenceStart(folded, span.Start);
        if (!Supposing().IsMatch(folded.AsSpan(start, span.Start - start))) return false;
        var end = folded.IndexOfAny(Clauses.SentenceStops, span.End);
        return end >= 0 && folded[end] is '?' or '？' || CountsQuestion().IsMatch(folded.AsSpan(span.End, (end < 0 ? folded.Length : end) - span.End));
    }

    /// <summary>Supposing, or the bot asked back whether it is accusing them ("do you think we broke it?", 你是觉得我们摔过吗？,
    /// round 94): with a question mark, nothing owned up to.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:what\s+if|like\s+if|say\s+if|if|suppose|supposing|say|imagine|in\s+case|what\s+about\s+if|(?:do|did)\s+you\s+think|are\s+you\s+(?:saying|suggesting|implying|accusing)|so\s+you\s+think|you\s+think)(?![a-z])|要是|如果|假如|假设|万一|比如|譬如|比方说|你(?:们)?(?:是)?(?:觉得|认为|怀疑|意思是)|是不是(?:觉得|认为|怀疑|想说)|想说是", RegexOptions.CultureInvariant)]
    private static partial Regex Supposing();

    [GeneratedRegex(@"算不算|算吗|也算|算不|会不会|行不行|怎么办|(?<![a-z])(?:count|counts|covered)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CountsQuestion();

    private static string Before(string folded, TextSpan span) => folded[ClauseStart(folded, span)..span.Start];

    /// <summary>The sentence around a hit.</summary>
    private static string Clause(string folded, TextSpan span) => Around(folded, span, Clauses.SentenceStops);

    private static string Around(string folded, TextSpan span, char[] stops)
    {
        var start = folded.LastIndexOfAny(stops, Math.Max(0, span.Start - 1)) + 1;
        var end = folded.IndexOfAny(stops, span.End);
        return folded[start..(end < 0 ? folded.Length : end)];
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// What the customer wants and how much money they ask for ("¥500", "500元", 五百块, "$80"). Words inside a
/// circumstance ("找外面修过" is not a wish for a repair) and negated wishes ("I don't want a repair") do not count.
/// Money asked beside a repair ("修好，还要赔偿损失", "fix it and pay us 800 for the lost day") leaves the repair the wish and
/// the money a demand on top (<c>CompensationToo</c>); a repair that is what the money is for ("pay for my repair",
/// "reimburse me for the repair") is no wish for one.
/// </summary>
internal static partial class OutcomeRecogniser
{
    private static readonly PhraseTable<DesiredOutcome> Table = new(OutcomeWords.All);

    private static readonly DesiredOutcome[] Strength =
        [DesiredOutcome.ApologyOnly, DesiredOutcome.Refund, DesiredOutcome.Replacement, DesiredOutcome.Repair, DesiredOutcome.Compensation];

    [GeneratedRegex(@"(?:[¥￥$]|rmb|usd)\s*(?<n>\d+(?:[.,]\d+)?)|(?<n>\d+(?:\.\d+)?)\s*(?:元|块|块钱|yuan|rmb|dollars?|bucks|usd)(?![a-z])|(?<cn>[一二两三四五六七八九十百千万]+)\s*(?:元|块)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    /// <summary>A sum without a currency where money is being demanded: "pay us 50000", "至少两千", "起码5000", 误工费三百.</summary>
    [GeneratedRegex(@"(?:at\s+least|pay\s+(?:us|me)|pay\s+(?:(?:us|me)\s+)?(?:back\s+)?(?:for\s+)?(?:the|our|my|that)|want|demand|至少|起码|赔|要)\s*(?<n>\d{2,}(?:\.\d+)?)(?![\d.]*\s*(?:%|days?|weeks?|months?|years?|hours?|times|天|周|个月|月|年|次|小时|页|张))|(?:至少|起码|赔|要|误工费|损失费|补偿费?|赔偿费?)(?<cn>[一二两三四五六七八九十]+[百千万][一二两三四五六七八九十百千万]*)(?![天周月年次页张])|(?:误工费|损失费|补偿费?|赔偿费?)\s*(?<n>\d{2,}(?:\.\d+)?)(?![\d.]*\s*(?:%|天|周|个月|月|年|次|小时))",
        RegexOptions.CultureInvariant)]
    private static partial Regex LooseMoney();

    /// <summary>"I'll just buy a new one", "买个新的": the customer will buy one elsewhere, not a wish for our replacement.</summary>
    [GeneratedRegex(@"(?:buy|buying|purchase|get\s+myself|order)\s*$|买[个一台]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BuyingOneThemselves();

    /// <summary>A longer warranty asked for (round 43): "I'd expect another year on the warranty", "I want the warranty extended",
    /// "the repair is fine but I want that extra year", 再给我延保一年, 保修期得再延长一年, 再多给一年. Not an extension bought
    /// (当时买了一年延保, "we paid for the extended warranty") or asked about ("how long is the warranty?").</summary>
    public static bool AsksForAnExtension(string folded) => ExtensionAsked().IsMatch(folded);

    [GeneratedRegex(@"(?<![a-z])(?:want|wants|expect|like|need|give|get|gets|getting|deserve|ask(?:ing)?\s+for|demand|add|throw\s+in|should\s+(?:get|have|come\s+with)|comes?\s+with)(?![a-z])[^.!?]{0,30}(?<![a-z])(?:another|an?\s+(?:extra|additional|further)|one\s+more|extra|additional)\s+(?:\d+\s+|one\s+|two\s+|six\s+|twelve\s+)?(?:years?|months?)(?![a-z])[^.!?]{0,20}(?<![a-z])(?:warranty|guarantee|cover)(?![a-z])"
        + @"|(?<![a-z])(?:warranty|guarantee)\s+(?:to\s+be\s+)?(?:extended|prolonged|lengthened)(?![a-z])|(?<![a-z])(?:extend|lengthen|prolong)\s+(?:the|my|our|its|this)\s+(?:warranty|guarantee)(?![a-z])"
        + @"|(?<![a-z])(?:want|wants|expect|need|give\s+(?:me|us))(?![a-z])[^.!?]{0,20}(?<![a-z])(?:the|that|this|an?)\s+extra\s+(?:year|\d+\s+months|six\s+months|twelve\s+months)(?![a-z])"
        + @"|延保[一二两三半\d]+(?:年|个月)|(?:给我?|要求?|申请|再|能不能|能否|可不可以|想|得)(?:给我?|帮我?)?(?:延保|延长保修|延长质保|延[一二两三半\d]+(?:年|个月))"
        + @"|保修期?[^，。,.!！？?]{0,6}(?:延长|再加|多给)|(?:再|多)多?给(?:我)?[一二两三半\d]+(?:年|个月)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ExtensionAsked();

    /// <summary>The parts of an appliance a customer asks to have replaced (or says were replaced): one list for every reading.</summary>
    private const string Parts = "roller|valve|igniter|ignitor|part|motor|fan|board|pcb|element|thermostat|fuser|drum|head|pump|seal|gasket|sensor|switch"
        + "|fuse|belt|bearing|hose|pipe|spring|cable|plug|knob|filter|panel|tray|gear|needle|electrode|glass|door|hinge|lid|screen|display|cover|handle"
        + "|grate|grille|trivet|bulb|lamp|nozzle";

    private const string PartsZh = "玻璃面板|面板|玻璃|旋钮|开关|点火针|密封圈|胶圈|滤网|门|把手|灯泡|喷嘴|炉头|锅架|配件|零件";

    [GeneratedRegex(@"^(?:d|ment\s+of)?\s+(?:the|a|an|its|one|that|this|our|my)\s+(?:\w+\s+)?(?:" + Parts + @")s?(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex APartReplaced();

    /// <summary>A part asked to be replaced (round 164): "I'd like the glass panel replaced", "get the knob replaced"; the hit is
    /// "replace" and a "d" follows.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:like|want|need|get|have|having)\s+(?:the|a|an|that|this|its|my|our)\s+(?:\w+\s+){0,2}(?:" + Parts + @")s?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex APartToReplaceBefore();

    /// <summary>A replacement told as history: "he did replace the igniter once", "they have replaced the fan", "was replaced".</summary>
    [GeneratedRegex(@"(?<![a-z])(?:did|has|have|had|already|was|were|once|been|they|he|she|engineer|technician|guy|man)\s+(?:\w+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ToldAsHistoryBefore();

    /// <summary>A part asked to be replaced (round 164): 换块玻璃面板就行, 把旋钮换了就好, 把面板免费换一块就行, "I'd like the glass panel
    /// replaced"; never a part changed before (上次师傅换了个主板, 换过面板). Read before the remedy table: it is a repair wished.</summary>
    [GeneratedRegex(@"(?<!过|了|上次|之前|以前|师傅|他们|他)(?:给我|帮我|就|只要|想|要|麻烦|免费)?换(?:个|块|一个|一块|一下|根|条|片|只)?(?:新的?)?(?:" + PartsZh + @")(?:就行|就好|就可以|吧|就够了|就完事)"
        + @"|(?<![a-z])(?:like|want|need|get|have)\s+(?:the|a|an|that|this|its|my|our)\s+(?:[a-z]+\s+){0,2}(?:" + Parts + @")s?\s+replaced(?![a-z])"
        + @"|把(?:这个|那个|那块|这块)?(?:" + PartsZh + @")(?:给我|免费)?换(?:了|掉|一下|一块|一个|个新的?)?(?:就行|就好|吧|就可以|就够了)", RegexOptions.CultureInvariant)]
    private static partial Regex APartToReplaceWish();

    /// <summary>"your repair man has been twice", "the repair shop": who repairs, never a wish for a repair (round 42).</summary>
    [GeneratedRegex(@"^\s*(?:man|men|guy|guys|person|people|shop|shops|technicians?|engineers?|history|records?|centre|center)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex NamesARepairer();

    /// <summary>"我不想再修了", "不要再修了，直接换": the wish right after it is turned down.</summary>
    [GeneratedRegex(@"(?:不想|不要|不用|不愿意?|不打算|不需要|不必|别)(?:再|继续|去|给我|来|上门|派人来?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NotWantedBefore();

    /// <summary>"fix it, i don't want a new one or my money back" (round 78 hold-out): every remedy of the list after "don't want"
    /// is turned down, not only the first (the refund came back as the wish).</summary>
    [GeneratedRegex(@"(?<![a-z])(?:don'?t|do\s+not|doesn'?t|does\s+not|never)\s+(?:really\s+)?(?:want|need)\s+(?:[a-z']+\s+){1,5}(?:or|nor)\s+(?:(?:a|an|the|my|our|any)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NotWantedInAList();

    /// <summary>A wish chosen outright among several named: "just repair it", "rather a refund", 还是换新的, 干脆退了.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:just|rather|instead|second\s+thoughts?,?)\s*(?:have\s+(?:it|them)\s+|get\s+(?:it|them)\s+|want\s+(?:a\s+|it\s+)?|go\s+(?:for|with)\s+(?:a\s+)?)?$|(?:还是|干脆|就)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChosenBefore();

    /// <summary>A remedy named as the fallback (round 166): "repair if it's quick, otherwise replace it", "failing that, refund",
    /// "a new one would be best. or a refund", 最好退钱，退不了就换新的, 实在不行退款, 修不好再说换的事. Read on the words between
    /// the remedy named before and this one.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:otherwise|or\s+else|failing\s+that|if\s+not|if\s+(?:that'?s|it'?s|that\s+is|it\s+is)\s+not\s+(?:possible|an\s+option|on)|if\s+you\s+can'?t|second\s+choice)(?![a-z])"
        + @"|(?:best|ideally|preferably|choice)[^.!?]{0,20}[,.;]\s*(?:or|if\s+not)\s|[.;!]\s*or\s"
        // "a repair is fine, if it's weeks i'd rather a new one" (round 166 hold-out): a remedy under a later "if" is the fallback.
        + @"|(?<![a-z])if\s|如果|要是|假如|万一"
        + @"|不行|不好就|不好的话|退不了|换不了|修不好|否则|要不然|不然的话|其次|次选|再说", RegexOptions.CultureInvariant)]
    private static partial Regex FallbackBetween();

    /// <summary>The remedy named before given up (round 166 hold-out): 不行就算了, 换不了就算了, "if not, never mind".</summary>
    [GeneratedRegex(@"(?:不行|不可以|没办法|换不了|退不了|做不到)(?:的话)?(?:就|那就)?算了|(?<![a-z])(?:if\s+not|otherwise|if\s+you\s+can'?t)[,\s]+(?:never\s*mind|forget\s+(?:it|that)|no\s+worries)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex GivenUp();

    /// <summary>A remedy accepted as second best after it: "a swap is fine too", "refund if you must", 退钱也行.</summary>
    [GeneratedRegex(@"^\s*(?:(?:is|would\s+be|'s)\s+)?(?:fine|ok|okay|alright|acceptable)\s+(?:too|as\s+well)|^\s*(?:if\s+you\s+(?:must|have\s+to)|i\s+suppose|at\s+a\s+push)|^[^，。,.]{0,3}也(?:行|可以|成|凑合|没问题)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AlsoFineAfter();

    /// <summary>The first choice named (round 166): "ideally my money back", "preferably a new one", 最好是退钱, 首选换新; "a new one would
    /// be best", "a replacement is my first choice".</summary>
    [GeneratedRegex(@"(?<![a-z])(?:ideally|preferably|first\s+choice\s+(?:is|would\s+be)|i'?d\s+prefer|i\s+would\s+prefer|prefer)\s+(?:[a-z']+\s+){0,2}$|(?:最好是?|首选|优先|最想)(?:给我|能)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PreferredBefore();

    [GeneratedRegex(@"^\s*first(?![a-z])|^[a-z\s]{0,12}?(?:would\s+be\s+(?:best|ideal|preferable|my\s+first\s+choice)|is\s+(?:best|ideal|my\s+first\s+choice)|'?s\s+my\s+first\s+choice|ideally|preferably)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex PreferredAfter();

    /// <summary>"不退了，换台新的", "不换了": a remedy turned down with a bare 不 ("要不换一台" is a suggestion; "不赔五万这事没完" is
    /// a demand, so money is not read this way).</summary>
    [GeneratedRegex(@"(?<!要)不\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BareNotBefore();

    /// <summary>"if it breaks again could I get a new one then?", 要是以后再坏，是不是就能换新的了？ (round 72): a remedy asked about for
    /// a later failure, in the same sentence, is no wish for this one.</summary>
    private static bool IfItFailsAgain(string folded, TextSpan span)
    {
        var start = Clauses.SentenceStart(folded, span.Start);
        return start < span.Start && FailsAgain().IsMatch(folded.AsSpan(start, span.Start - start));
    }

    [GeneratedRegex(@"(?<![a-z])(?:if|when|once|should)\s+(?:it|this|that|the\s+[a-z]+)\s+(?:ever\s+)?(?:breaks?|fails?|happens?|goes|stops?|dies|packs\s+up|plays\s+up|acts\s+up|does\s+(?:it|that|this)|cuts?|conks|leaks?|jams?|trips?)(?:\s+(?:down|wrong|out|up|off))?\s+(?:again|a\s+third\s+time|another\s+time)(?![a-z])|(?<![a-z])next\s+time(?![a-z])|(?:要是|如果|万一|假如|假设|若是)(?:以后|下次|之后|将来)?(?:再|又)(?:坏|出|有|犯|不行|修|漏|响)"
        // Round 166: "if it still leaks after this one I'm asking for a refund", "if this repair doesn't sort it", 这次要是还修不好我就要退.
        + @"|(?<![a-z])(?:if|when|should)\s+(?:it|that|this)\s+(?:still|then)\s+(?:leaks?|breaks?|fails?|jams?|drips?|rattles?|doesn'?t\s+work|isn'?t\s+(?:fixed|sorted|right)|won'?t\s+work|is\s+not\s+(?:fixed|sorted|right))(?![a-z])"
        + @"|(?<![a-z])if\s+(?:this|the|that)\s+(?:repair|fix|visit)\s+(?:doesn'?t|does\s+not|fails|won'?t)(?![a-z])"
        + @"|(?:要是|如果|万一|假如|假设|若是)(?:这回|这次|修完|修好|修了|以后|之后|了)*(?:还是?|再|又)(?:坏|不行|不好|修不好|漏|响|不热|打不着)|下次再(?:坏|出|犯)", RegexOptions.CultureInvariant)]
    private static partial Regex FailsAgain();

    public static (DesiredOutcome? Wants, decimal? Amount, bool CompensationToo) Find(UtteranceText text, IReadOnlyCollection<TextSpan> causeSpans)
    {
        var table = Table.FindAll(text.Folded);
        if (APartToReplaceWish().Match(text.Folded) is { Success: true } part)
            table = [.. table.Where(h => !h.Span.Overlaps(new TextSpan(part.Index, part.Length))), new Hit<DesiredOutcome>(new TextSpan(part.Index, part.Length), DesiredOutcome.Repair)];
        var found = Hits.LongestFirst(table)
            .Where(h => !causeSpans.Any(c => c.Overlaps(h.Span)))
            .Where(h => !Negation.IsNegated(text.Folded, h.Span.Start, englishWords: 4, chineseChars: 2))
            .ToList();
        bool TurnedDown(Hit<DesiredOutcome> h) => NotWantedBefore().IsMatch(text.Folded[..h.Span.Start])
            || NotWantedInAList().IsMatch(text.Folded[..h.Span.Start])
            || h.Value != DesiredOutcome.Compensation && BareNotBefore().IsMatch(text.Folded[..h.Span.Start]);
        // "算了，不退了，退了还得再买，直接换个新的": a remedy turned down once is not the wish anywhere in that message.
        var turnedDown = found.Where(TurnedDown).Select(h => h.Value).ToHashSet();
        var hits = found
            .Where(h => !TurnedDown(h))
            .Where(h => !(h.Value == DesiredOutcome.Replacement && BuyingOneThemselves().IsMatch(text.Folded[..h.Span.Start])))
            .Where(h => !(h.Value == DesiredOutcome.Repair && NamesARepairer().IsMatch(text.Folded.AsSpan(h.Span.Start + h.Span.Length))))
            // "your engineer did replace the pickup roller once" (round 154): a part replaced is a repair told, no new unit wished.
            // "replace the knob please", "I'd like the glass panel replaced" (round 164): a part asked to be replaced is a repair wished.
            .Select(h => h.Value == DesiredOutcome.Replacement && APartToReplace(text.Folded, h.Span) ? h with { Value = DesiredOutcome.Repair } : h)
            .Where(h => !(h.Value == DesiredOutcome.Replacement && APartReplaced().IsMatch(text.Folded.AsSpan(h.Span.Start + h.Span.Length))))
            .Where(h => !IfItFailsAgain(text.Folded, h.Span))
            // "did anyone else repair it? no" (round 176): the circumstances question echoed names no wish.
            .Where(h => !EchoedCircumstanceQuestion(text.Folded, h.Span))
            // "如果修好以后又坏了" (round 172): the repair inside the condition of a later failure is no wish.
            .Where(h => !FailsAgain().Matches(text.Folded).Any(m => new TextSpan(m.Index, m.Length).Overlaps(h.Span)))
            .ToList();
        if (hits.Any(h => !turnedDown.Contains(h.Value))) hits.RemoveAll(h => turnedDown.Contains(h.Value));
        // "repair if it's quick, otherwise replace it": a fallback named after a first choice is not the wish.
        hits = hits.OrderBy(h => h.Span.Start).ToList();
        // "我还是更想要新的…不行就算了，修也可以": the first choice given up, what comes after it stands.
        var givenUp = hits.FindLastIndex(h => hits.Any(e => e.Span.Start < h.Span.Start && e.Value != h.Value && GivenUpBetween(text.Folded, e.Span, h.Span)));
        if (givenUp > 0) hits = hits[givenUp..];
        // A remedy is the fallback only where every mention of it is ("new one's fine. or a refund if quicker, but new one first").
        var asFallback = hits.Select((h, i) => i > 0 && hits[i - 1].Value != h.Value && IsFallback(text.Folded, hits[i - 1].Span, h.Span)).ToList();
        var fallbacks = hits.Select((h, i) => (h.Value, Fallback: asFallback[i])).GroupBy(m => m.Value)
            .Where(mentions => mentions.All(m => m.Fallback)).Select(mentions => mentions.Key).ToHashSet();
        if (fallbacks.Count > 0 && hits.Any(h => !fallbacks.Contains(h.Value))) hits.RemoveAll(h => fallbacks.Contains(h.Value));
        var money = hits.Where(h => h.Value == DesiredOutcome.Compensation).Select(h => h.Span).ToList();
        var wanted = hits
            .Where(h => h.Value != DesiredOutcome.Repair || !money.Any(m => m.Start < h.Span.Start && SameClause(text.Folded, m, h.Span)))
            .Select(h => h.Value)
            .ToHashSet();
        // "on second thought, just repair it — putting a new one up again is more hassle": the wish chosen outright wins.
        var chosen = hits.Where(h => (ChosenBefore().IsMatch(text.Folded[..h.Span.Start]) || Preferred(text.Folded, h.Span)) && wanted.Contains(h.Value))
            .OrderBy(h => h.Span.Start).Select(h => (DesiredOutcome?)h.Value).FirstOrDefault();
        DesiredOutcome? wants = chosen is not null && wanted.Count > 1 ? chosen
            : Strength.Where(wanted.Contains).Select(o => (DesiredOutcome?)o).FirstOrDefault();
        var compensationToo = wants is not null and not DesiredOutcome.Compensation && wanted.Contains(DesiredOutcome.Compensation);

        decimal? amount = null;
        if (wants is DesiredOutcome.Compensation or DesiredOutcome.Refund || compensationToo)
        {
            var m = Money().Match(text.Folded);
            // Loose sums ("pay us 50000", "至少两千") only for money, never a refund's "退款要30天".
            if (!m.Success && wants is not DesiredOutcome.Refund) m = LooseMoney().Match(text.Folded);
            if (m.Success)
                amount = m.Groups["n"].Success
                    ? decimal.Parse(m.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
                    : ChineseNumerals.Parse(m.Groups["cn"].Value);
        }
        return (wants, amount, compensationToo);
    }

    private static bool APartToReplace(string folded, TextSpan span)
    {
        var after = folded.AsSpan(span.Start + span.Length);
        var before = folded[..span.Start];
        if (ToldAsHistoryBefore().IsMatch(before)) return false;
        // "get the fuser replaced": the hit is "replace" and a "d" follows; "replace the knob": the part comes after the hit.
        return after.Length > 0 && after[0] == 'd' ? APartToReplaceBefore().IsMatch(before) : APartReplaced().IsMatch(after);
    }

    private static bool EchoedCircumstanceQuestion(string folded, TextSpan span)
    {
        var start = Clauses.SentenceStart(folded, span.Start);
        var end = folded.IndexOfAny(['?', '？', '.', '!', '。', '！'], span.End);
        return end >= 0 && folded[end] is '?' or '？' && CircumstanceQuestion().IsMatch(folded.AsSpan(start, span.Start - start));
    }

    [GeneratedRegex(@"^\s*(?:(?:and|so|also)\s+)?(?:did|has|have|had|was|were)\s+(?:anyone|anybody|someone|somebody|any(?:one)?\s+other|other\s+people|a\s+third|an?\s+outside|it\s+been)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CircumstanceQuestion();

    private static bool GivenUpBetween(string folded, TextSpan before, TextSpan span)
    {
        var from = before.Start + before.Length;
        return from <= span.Start && GivenUp().IsMatch(folded.AsSpan(from, span.Start - from));
    }

    private static bool IsFallback(string folded, TextSpan before, TextSpan span)
    {
        var from = before.Start + before.Length;
        return from <= span.Start && FallbackBetween().IsMatch(folded.AsSpan(from, span.Start - from))
            || AlsoFineAfter().IsMatch(folded.AsSpan(span.Start + span.Length));
    }

    private static bool Preferred(string folded, TextSpan span) =>
        PreferredBefore().IsMatch(folded[..span.Start]) || PreferredAfter().IsMatch(folded.AsSpan(span.Start + span.Length));

    /// <summary>No clause break between the two: "pay for my repair" is one demand, "修好，还要赔" two.</summary>
    private static bool SameClause(string text, TextSpan first, TextSpan second)
    {
        var from = Math.Min(first.Start + first.Length, second.Start);
        var to = Math.Max(first.Start, second.Start);
        return to <= from || text.AsSpan(from, to - from).IndexOfAny(Clauses.Ends) < 0 && !SpaceBetweenHan(text, from, to);
    }

    /// <summary>"赔罚款 把软件弄好" (round 122 hold-out): typed on a phone, a space between Chinese words ends a clause as a comma does.</summary>
    private static bool SpaceBetweenHan(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] == ' ' && i > 0 && UtteranceText.IsCjk(text[i - 1]) && i + 1 < text.Length && UtteranceText.IsCjk(text[i + 1])) return true;
        return false;
    }

}

using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Which fact a date belongs to, from the words around it in its clause: "we bought it almost exactly a year ago" is the
/// purchase, "your engineer came in October" / 六月份修过 a repair, "installed on Saturday" the installation, "it worked
/// for a few weeks" how long it worked. Only a date with none of these cues can be the start of the problem; the flow
/// never turns the others into one.
/// </summary>
internal static partial class DateRoleRecogniser
{
    private static readonly (DateRole Role, Regex Cue)[] Cues =
    [
        (DateRole.Purchase, new(@"(?<![a-z])(?:bought|buy|buyed|buys|purchased?|ordered|got (?:it|this|them|the)|got (?:ours|mine)(?![a-z])|got (?:a|an|one|our|my) [a-z -]{1,30}?(?:from|off) (?:you|your)|delivered|had it since|(?:had|owned)\s+(?:this|that|them|(?:the|your|our|my)\s+(?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+)\s+since|(?:it'?s|its|it\s+is|they'?re|this\s+one'?s)\s+from|owned|pick(?:ed)? (?:it|this|one|the [a-z ]{1,30}?) (?:out|up|at)|pick(?:ed)? up (?:it|this|one|the|a|an|our|my)|from your (?:shop|store|showroom|website|site|outlet)|chose|at the (?:shop|store|mall)|from the (?:shop|store|mall)|(?:clearance|closing[- ]down|black friday|boxing day|january|summer|end of season)\s+sale|(?:at|in) (?:a|the) sale|on sale|live-?stream)(?![a-z])|买|购买|购入|入手|下单|到货|送货|商场|挑的|选的", RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // Software that went live (round 45): 财务软件是快两年前上的, 去年上线.
        (DateRole.Installation, new(@"(?<![a-z])(?:install(?:ed|ation)?|fitted|set up|put in|went live|go live|rolled out)(?![a-z])|安装|装的|装好|(?<=前|年|月)上的|上线", RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // Our visit said without a repair word (round 73): "you had someone look at it a couple of months back", "you already sent
        // somebody out about six weeks ago".
        (DateRole.Repair, new(@"(?<![a-z])(?:repair(?:ed)?|fixed|came|visited|visit|engineer|technician|serviced|swapped|replaced|plumber|electrician|handyman|redid|re-did|redone|resealed|re-sealed|tightened|patched|rewired|tinkered|worked\s+on|had\s+a\s+go)(?![a-z])|(?<![a-z])(?:had|sent|send)\s+(?:someone|somebody|a\s+(?:guy|man|tech|person|bloke|fella))(?![a-z])|(?<![a-z])(?:look(?:ed)?|check(?:ed)?)\s+at\s+it(?![a-z])|(?<!保)修(?!期)|师傅|上门|来过|换了|换过", RegexOptions.CultureInvariant | RegexOptions.Compiled)),
        // When the warranty ran out (round 80): "the extended cover ran out most of a year ago", "the warranty expired about half a
        // year back", 延保大半年前就到期了. An English expiry needs the warranty named ("the ink ran out last week" is a start).
        (DateRole.WarrantyEnd, new(@"(?<![a-z])(?:warranty|guarantee|cover|coverage|extension)(?![a-z])(?:'s|\s+(?:has|had|was|is))?\s+(?:[a-z]+\s+){0,3}?(?:ran\s+out|run\s+out|expired|ended|lapsed|finished|(?:was|is)\s+up)(?![a-z])|(?<![a-z])(?:ran\s+out|expired|ended|lapsed)(?=[^.;!?]{0,20}(?:warranty|guarantee|cover))|到期|过期|过保|出保"
            // The software's maintenance let go (round 91): "we stopped paying maintenance last year", 去年就没续维护费了.
            + @"|(?<![a-z])(?:stopped|quit|ceased|cancell?ed|dropped)\s+(?:paying\s+(?:for\s+)?|renewing\s+)?(?:the\s+|our\s+)?(?:maintenance|subscription|support\s+(?:contract|plan)|service\s+(?:contract|plan|year)|annual\s+fee)(?![a-z])|(?<![a-z])(?:maintenance|subscription|service\s+(?:contract|plan|year))\s+(?:[a-z]+\s+){0,2}?(?:ran\s+out|run\s+out|expired|ended|lapsed)(?![a-z])"
            + "|(?:没|不|停)(?:再)?(?:交|续|缴)(?:了)?(?:维护费|年费|服务费|维保)|(?:维护费|年费|服务费|维保)[^，。,.!！？?]{0,4}(?:没交|没续|停了|断了|不交了)", RegexOptions.CultureInvariant | RegexOptions.Compiled)),
                // How long they have had or used it (round 24): "we have had one of your printers for nearly two years", 从两年前开始用, 去年起使用.
        (DateRole.Usage, new(@"(?<![a-z])(?:work(?:s|ed)? (?:fine |ok |okay |well )?for|used it for|lasted|(?:have|has)\s+had|'ve\s+had|been\s+using|have\s+used|has\s+served)(?![a-z])|用了|好好的|开始用|开始使用|起使用|起用|使用了|使用贵|使用你们|使用本"
            // When they moved house (round 62): "we moved into a house about a year ago and the hob was already there", 搬进来一年多.
            + @"|(?<![a-z])moved\s+(?:in|into|here|house|to)(?![a-z])|搬进|搬来|搬过来|搬家"
            // The unit it replaced (round 120): 半年前家里旧的那台就开始忽冷忽热 is the old heater's history, not this one's start.
            + "|旧的那台|以前(?:的)?那台|原来(?:的)?那台|之前(?:的)?那台|老的那台|上一台|旧的那个", RegexOptions.CultureInvariant | RegexOptions.Compiled)),
    ];

    private static readonly Regex StartCue = new(
        @"(?<![a-z])(?:since|start(?:ed|ing|s)?|began|begun|first noticed|noticed|stopped|broke|failed|died|been (?:like this|happening)|tried\s+(?:to\s+)?(?:install\w*|set(?:ting)?\s+(?:it\s+|them\s+)?up|us(?:e|ing)|run(?:ning)?|switch\w*|turn\w*|print\w*|light\w*|connect\w*))(?![a-z])|开始(?!用|使用)|以来|起就|就一直|就不|就坏|坏了|出现|就已经|那时(?:候)?就",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Punctuation and connectives; in Chinese typed without commas, a space after a closing particle ("三年多了吧 16升的").</summary>
    [GeneratedRegex(@"[,.;!?，。；！？\n]|(?<=[了吧呢啊嘛呀哦啦的])\s+(?=\S)|(?<![a-z])(?:but|and then|then|now|after|before|when|because|so)(?![a-z])|但是|但|可是|后来|然后|现在|之后|以后|因为|所以", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    public static DateRole Find(string folded, TextSpan span) => FindCued(folded, span).Role;

    /// <summary>The role, and whether a cue in the date's own clause said it (not only the message around it). A date
    /// without a cue in its clause, in a sentence that names a fault (<paramref name="faults"/>), is that fault's start:
    /// "We have had the printer for two years. For about three weeks every line has a white gap" (round 24), unless the
    /// sentence also speaks of a purchase, an installation, a repair or a use ("修过两次了，九月初一次，十月底一次，还是漏").</summary>
    public static (DateRole Role, bool Cued) FindCued(string folded, TextSpan span, IReadOnlyList<TextSpan>? faults = null)
    {
        var (start, end) = Clause(folded, span);
        if (NearestCue(folded, start, end, span) is { } near) return (near, true);
        if (YearsOfUse(folded, span, start, end, faults)) return (DateRole.Usage, false);
        var (stageFrom, stageTo) = Sentence(folded, span);
        if (EarlierStage().IsMatch(folded.AsSpan(stageFrom, stageTo - stageFrom)) && !SpeaksOfAnotherRole(folded.AsSpan(stageFrom, stageTo - stageFrom)))
            return (DateRole.Start, true);
        if (faults is { Count: > 0 })
        {
            var (from, to) = Sentence(folded, span);
            if (faults.Any(f => f.Start >= from && f.Start < to) && !SpeaksOfAnotherRole(folded.AsSpan(from, to - from))) return (DateRole.Start, false);
        }
        // A clause of its own ("修过两次了，九月初一次，十月底一次"): its sentence's cue decides, unless it speaks of a start. Another
        // sentence's cue is about something else: "about three months ago. he remembers moaning about it when his mum came over"
        // (round 78) is no repair.
        var (sentenceStart, sentenceEnd) = Sentence(folded, span);
        var sentence = folded[sentenceStart..sentenceEnd];
        // "we've had your software since forever. well, since earlier this year" (round 167 hold-out): a "since" that corrects the
        // sentence before it dates what that sentence dated, the purchase.
        if (sentenceStart > 0 && SinceCorrected().IsMatch(sentence) && HadItSince().IsMatch(folded.AsSpan(0, sentenceStart)))
            return (DateRole.Purchase, true);
        if (StartCue.IsMatch(sentence)) return (DateRole.Start, false);
        foreach (var (role, cue) in Cues)
            if (role != DateRole.Usage && cue.IsMatch(sentence)) return (role, false);
        return (DateRole.Start, false);
    }

    [GeneratedRegex(@"^[\s.!?;。；！？]*(?:well|actually|i\s+mean|or\s+rather|ok|okay|sorry|no)?[,\s]*since(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SinceCorrected();

    [GeneratedRegex(@"(?:'ve|(?<![a-z])(?:have|has|had|we|i))\s+(?:had|owned)\s+(?:it|this|that|them|(?:the|your|our|my|this)\s+(?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+)\s+since(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex HadItSince();

    /// <summary>A date that no word dates: no cue in its clause or sentence, and no fault in its sentence ("maybe 3 or 4 months
    /// ago?"). Read alone it is taken as the start; beside a start that is told, it is not.</summary>
    public static bool IsBare(string folded, TextSpan span, IReadOnlyList<TextSpan> faults)
    {
        var (start, end) = Clause(folded, span);
        if (NearestCue(folded, start, end, span) is not null) return false;
        var (sentenceStart, sentenceEnd) = Sentence(folded, span);
        if (faults.Any(f => f.Start >= sentenceStart && f.Start < sentenceEnd)) return false;
        var sentence = folded[sentenceStart..sentenceEnd];
        return !StartCue.IsMatch(sentence) && !Cues.Any(c => c.Cue.IsMatch(sentence));
    }

    /// <summary>"我们从5.0版本就开始用,十几年了" / "一直在用，二十几年了" (round 56): years said as a duration in a clause of their own, with
    /// no fault in it, are how long the customer has had or used our products, never when the problem began ("漏水三年了" still is).</summary>
    private static bool YearsOfUse(string folded, TextSpan span, int start, int end, IReadOnlyList<TextSpan>? faults) =>
        YearsDuration().IsMatch(folded.AsSpan(span.Start, span.Length))
        && !(faults ?? []).Any(f => f.Start >= start && f.Start < end);

    /// <summary>An earlier stage of the fault told with "already" ("it was already weak the last time we used it, maybe seven
    /// months ago", round 116): the sentence says the date is when it began, as plainly as "since".</summary>
    [GeneratedRegex(@"(?<![a-z])(?:(?:was|were|had|it'?s|been)\s+already|already\s+(?:been\s+)?(?:playing|acting|making|doing|going|slow|weak|leaking|noisy|faint|jamming|dripping|lukewarm|not|a\s+bit|a\s+little|kind\s+of|sort\s+of))(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex EarlierStage();

    [GeneratedRegex(@"年\s*多?\s*了$", RegexOptions.CultureInvariant)]
    private static partial Regex YearsDuration();

    /// <summary>
    /// The role of the cue nearest the date in its clause: typed without punctuation, "bought last december right burner
    /// wont light since the 25th" is one clause with two dates, each beside its own cue. English puts the cue before the
    /// date ("since the 25th", "came in october"), Chinese after it (上周买的, 前天开始): a cue on the other side counts a
    /// little farther. On a tie the start wins, then the roles in <see cref="Cues"/> order.
    /// </summary>
    private static DateRole? NearestCue(string folded, int start, int end, TextSpan span)
    {
        var chinese = folded.AsSpan(span.Start, span.Length).ContainsAnyInRange('\u4e00', '\u9fff');
        DateRole? best = null;
        var bestDistance = int.MaxValue;
        void Consider(DateRole role, Regex cue)
        {
            foreach (Match m in cue.Matches(folded[..end], start))
            {
                var before = m.Index + m.Length <= span.Start;
                var after = m.Index >= span.Start + span.Length;
                // A cue inside the date's own words ("since" in "ever since") is none, except a Chinese start word the date
                // ends with ("这周一开始", "前天起就"): that date says itself that it is the start.
                var endsTheDate = chinese && role == DateRole.Start && m.Index > span.Start && m.Index < span.Start + span.Length && m.Index + m.Length >= span.Start + span.Length;
                if (!before && !after && !endsTheDate) continue;
                var distance = endsTheDate ? 0 : before ? span.Start - (m.Index + m.Length) + (chinese ? 2 : 0) : m.Index - (span.Start + span.Length) + (chinese ? 0 : 3);
                if (distance < bestDistance) (best, bestDistance) = (role, distance);
            }
        }

        Consider(DateRole.Start, StartCue);
        foreach (var (role, cue) in Cues) Consider(role, cue);
        return best;
    }

    private static bool SpeaksOfAnotherRole(ReadOnlySpan<char> sentence)
    {
        foreach (var (_, cue) in Cues)
            if (cue.IsMatch(sentence)) return true;
        return false;
    }

    /// <summary>The sentence around a span: from the last break before it to the first after it.</summary>
    internal static (int Start, int End) Sentence(string folded, TextSpan span) => Between(SentenceBreak(), folded, span);

    /// <summary>Stops that end a sentence; an ellipsis typed as ".." or "..." is a pause inside one ("we got it.. a year and a half
    /// ago?", round 78).</summary>
    [GeneratedRegex(@"(?<!\.)\.(?!\.)|[;!?。；！？\n]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    private static (int Start, int End) Clause(string folded, TextSpan span) => Between(ClauseBreak(), folded, span);

    /// <summary>The stretch around the span between the last break before it and the first after it.</summary>
    private static (int Start, int End) Between(Regex breaks, string folded, TextSpan span)
    {
        var start = 0;
        foreach (Match m in breaks.Matches(folded[..span.Start])) start = m.Index + m.Length;
        var tail = breaks.Match(folded, span.Start + span.Length);
        return (start, tail.Success ? tail.Index : folded.Length);
    }
}

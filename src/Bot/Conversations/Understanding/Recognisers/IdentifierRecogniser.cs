using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Serial and order numbers. A serial is a token of 8–20 letters, digits and dashes with at least one letter and one
/// digit (JQ526093898, FS9-2610-CDNH), which is not a model number, a case number (AS-…), an order number (SO-…) or
/// part of an e-mail address; an order number is SO-… or the token after "订单号" / "order number".
/// Whether a serial fits its model's format is for the validation that uses it.
/// </summary>
internal static partial class IdentifierRecogniser
{
    [GeneratedRegex(@"(?<![a-z0-9-])[a-z0-9][a-z0-9-]{6,18}[a-z0-9](?![a-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<![a-z0-9])so-?\d[\d-]{4,}\d(?![a-z0-9])|(?:订单号|订单编号|单号|order\s+(?:number|no\.?|#)(?:\s+(?:on|from|in)\s+(?:my|the|our)\s+(?:receipt|invoice|email|e-mail|paperwork|bill))?|order\s*#)\s*(?:是|为|is)?\s*[:：#]?\s*(?<id>(?=[a-z-]*\d)[a-z0-9][a-z0-9-]{4,})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Order();

    [GeneratedRegex(@"^as-?\d{8}-\d{3,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"(?<![a-z0-9])as-?(?<day>\d{8})-(?<n>\d{3,4})(?![a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberInText();

    /// <summary>Amounts, measures and ordinals ("1500yuan", "20241231am", "3rd-party") are not serials, nor is a pasted
    /// hexadecimal error code ("0x80070643"), nor a count or a length ("20-something people", "a 30-odd minute wait", round 45).</summary>
    [GeneratedRegex(@"^\d+(?:yuan|rmb|usd|kg|cm|mm|kw|am|pm|st|nd|rd|th)$|^\d+(?:st|nd|rd|th)-|^0x[0-9a-f]{4,}$|^\d+-(?:something|odd|ish|plus|years?|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|pages?|sheets?|litres?|liters?|inch|foot|feet|metres?|meters?|people|person|strong|seater|storey|story|pieces?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Measure();

    /// <summary>The label of a document that is not the unit: an invoice, receipt, purchase order, contract or ticket.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:invoice|inv|receipt|po|p\.o\.|purchase\s+order|contract|ticket|account|vat|tax|customer)\s*(?:no\.?|number|num|nr|#|ref(?:erence)?|id)?\s*(?:is|was|:|=)?\s*$|(?:发票|收据|采购单|采购订单|合同|客户|账户|工单|税)(?:号码|号|编号|单号)?\s*(?:是|为|:|：)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OtherDocument();

    /// <summary>A case number (AS-20261122-0003; also without the first dash, in any case), as the desk writes it.</summary>
    public static Hit<string>? FindCaseNumber(UtteranceText text)
    {
        var m = CaseNumberInText().Match(text.Folded);
        if (!m.Success) return null;
        return new Hit<string>(new TextSpan(m.Index, m.Length), $"AS-{m.Groups["day"].Value}-{m.Groups["n"].Value.PadLeft(4, '0')}");
    }

    public static Hit<string>? FindOrderNumber(UtteranceText text)
    {
        var m = Order().Match(text.Folded);
        if (!m.Success || m.Groups["id"].Value.StartsWith("as-", StringComparison.Ordinal))
            return null;
        var group = m.Groups["id"].Success ? m.Groups["id"] : (Group)m;
        return new Hit<string>(new TextSpan(group.Index, group.Length), text.Original.Substring(group.Index, group.Length).ToUpperInvariant());
    }

    /// <summary>Words between two serials that make the second the one meant: "DE60G260384 - no sorry, I misread the label,
    /// it's DE60G260348", "ij68O2610995 - hang on, is that an O or a zero? zero: IJ6802610995", "…，不对，应该是…".</summary>
    [GeneratedRegex(@"(?<![a-z])(?:no|sorry|wait|hang\s+on|hold\s+on|i\s+mean|actually|correction|misread|wrong|oops|zero|should\s+be|missed\s+(?:a|one)|left\s+out|one\s+(?:digit|number)\s+short)(?![a-z])|不对|不是|应该是|说错|看错|搞错|打错|更正|写错|少了一位|少了一个|多了一位|少打|多打|漏了|少写|哎呀",
        RegexOptions.CultureInvariant)]
    private static partial Regex CorrectionBetween();

    /// <summary>The serial in the message; when the customer corrects one serial with another in the same message, the
    /// corrected one.</summary>
    public static Hit<string>? FindSerial(UtteranceText text, IEnumerable<TextSpan> taken, ISet<string> modelNumbers)
    {
        var takenSpans = taken.ToList();
        var first = FirstSerial(text, takenSpans, modelNumbers, 0);
        if (first is null) return null;
        var end = first.Value.Span.Start + first.Value.Span.Length;
        var second = FirstSerial(text, takenSpans, modelNumbers, end);
        if (second is not { } other) return first;
        if (NamedByPlace(text, takenSpans, modelNumbers) is { } placed) return placed;
        var between = text.Folded[end..other.Span.Start];
        return CorrectionBetween().IsMatch(between) || FirstWorks(between) || FaultyOneNext().IsMatch(between) ? other : first;
    }

    /// <summary>"…serials A, B and C - the second one is the faulty one", 第二台是坏的: the serial at that place in the list.</summary>
    private static Hit<string>? NamedByPlace(UtteranceText text, List<TextSpan> taken, ISet<string> modelNumbers)
    {
        var m = FaultyByPlace().Match(text.Folded);
        if (!m.Success) return null;
        var serials = new List<Hit<string>>();
        for (var from = 0; FirstSerial(text, taken, modelNumbers, from) is { } next; from = next.Span.Start + next.Span.Length)
            serials.Add(next);
        var place = m.Groups["place"].Value switch
        {
            "first" or "一" => 0,
            "second" or "二" or "middle" => 1,
            "third" or "三" => 2,
            _ => serials.Count - 1, // last, 最后
        };
        return place < serials.Count && serials.Count >= 2 ? serials[place] : null;
    }

    [GeneratedRegex(@"(?<![a-z])(?:the\s+)?(?<place>first|second|third|middle|last)\s+(?:one|serial|number|unit|machine)\s+(?:is|'s)\s+(?:the\s+)?(?:faulty|broken|bad|problem|jamming|leaking|dead|defective)|第(?<place>一|二|三)(?:个|台|个号|个编号)?(?:是|就是)?(?:坏的|有问题|出问题|故障|坏了)|(?<place>最后)(?:一个|一台)(?:是|就是)?(?:坏的|有问题|出问题|故障|坏了)", RegexOptions.CultureInvariant)]
    private static partial Regex FaultyByPlace();

    /// <summary>"DC3020… is the one in reception and it works fine", DC3020…那台好好的: the first unit said to work, in its own
    /// sentence (round 30: a business with several units gives the wrong one's serial first).</summary>
    private static bool FirstWorks(string between)
    {
        var stop = between.IndexOfAny(Clauses.SentenceStops);
        var sentence = stop < 0 ? between : between[..stop];
        return UnitWorks().IsMatch(sentence) && !AnotherUnit().IsMatch(sentence);
    }

    [GeneratedRegex(@"(?<![a-z])(?:works?\s+(?:fine|ok|okay|perfectly|well)|(?:is|'s)\s+(?:working|fine|ok|okay)|working\s+(?:fine|ok|okay|perfectly)|no\s+problems?|nothing\s+wrong)(?![a-z])|好好的|正常|没问题|没毛病|没事|好着呢|能用", RegexOptions.CultureInvariant)]
    private static partial Regex UnitWorks();

    [GeneratedRegex(@"(?<![a-z])(?:other|another)(?![a-z])|另一|另外|其他|别的", RegexOptions.CultureInvariant)]
    private static partial Regex AnotherUnit();

    /// <summary>"…the jamming one on the second floor is ", 卡纸的是前台这台，: the faulty unit named right before the second serial.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:broken|faulty|bad|problem|jamming|leaking|dead|noisy|defective)\s+one\b[^.!?;]{0,40}?\b(?:is|=)\s*[:\-]?\s*$|(?:坏的|坏了的|有问题的|出问题的|故障的|卡纸的|漏水的|不行的|出毛病的)(?:是|那台是|这台是)?[^，。,.!！？?]{0,12}[，,:：]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FaultyOneNext();

    /// <summary>Text that ends in an error message's code slot: an error word earlier in the phrase, then "(" or "code".</summary>
    [GeneratedRegex(@"(?:error|failed|failure|fault|错误|报错|失败|故障)[^.,!?;，。！？；\n]*?(?:[(（]\s*|(?<![a-z])(?:code|error|err)\s*[:：#-]?\s*|(?:代码|错误码|故障码|错误)\s*[:：]?\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorScreenCode();

    private static Hit<string>? FirstSerial(UtteranceText text, List<TextSpan> takenSpans, ISet<string> modelNumbers, int from)
    {
        foreach (Match m in Token().Matches(text.Folded, from))
        {
            var token = m.Value;
            var span = new TextSpan(m.Index, m.Length);
            if (!token.Any(char.IsAsciiDigit) || !token.Any(char.IsAsciiLetter))
                continue;
            if (takenSpans.Any(t => t.Overlaps(span)) || CaseNumber().IsMatch(token) || token.StartsWith("so-", StringComparison.Ordinal))
                continue;
            if (modelNumbers.Contains(token) || modelNumbers.Contains(token.Replace("-", "", StringComparison.Ordinal)))
                continue;
            if (Measure().IsMatch(token))
                continue;
            // "invoice no. INV-20261104", 发票号 FP20261104: another document's number, not the unit's (round 30).
            if (OtherDocument().IsMatch(text.Folded.AsSpan(Math.Max(0, m.Index - 24), m.Index - Math.Max(0, m.Index - 24))))
                continue;
            // "Balance check failed (RPT-2207)", "Sync failed - code SYN-0042": an error screen's code, not the unit's (round 32).
            if (ErrorScreenCode().IsMatch(text.Folded.AsSpan(0, m.Index)))
                continue;
            // The folded text: "ＲＨ１６…" typed in full width is the ASCII serial on the label.
            return new Hit<string>(span, text.Folded.Substring(span.Start, span.Length).ToUpperInvariant());
        }
        var dashed = WithSpokenDashes(text.Folded);
        if (FindSpacedSerial(text, dashed, takenSpans, modelNumbers) is { } spaced && spaced.Span.Start >= from) return spaced;
        return FindDictatedSerial(dashed, takenSpans, modelNumbers) is { } dictated && dictated.Span.Start >= from ? dictated : null;
    }

    /// <summary>"dash", "hyphen", 杠, 横杠 spoken between the characters of a serial, as a voice keyboard writes them (round 37).</summary>
    [GeneratedRegex(@"(?<=[a-z0-9]\s*)(?:(?<![a-z])(?:dash|hyphen|minus)(?![a-z])|横杠|中划线|减号|杠)(?=\s*[a-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SpokenDash();

    /// <summary>The folded text with spoken dashes written as "-" padded to the same length, so spans stay the customer's.</summary>
    private static string WithSpokenDashes(string folded) =>
        SpokenDash().Replace(folded, m => "-".PadRight(m.Length));

    [GeneratedRegex(@"[a-z0-9]+|-", RegexOptions.CultureInvariant)]
    private static partial Regex DictatedToken();

    /// <summary>
    /// A serial dictated one character at a time, as a voice keyboard or a careful reader writes it (round 37): "R H 1 6 2 6 0
    /// 6 2 6 0 9", "F S 9 dash 2 6 0 6 dash U N C V", "F N 9 dash 2609 dash Q F F T", "FS9 横杠 2610 横杠 CDNH". The run
    /// has at least four single characters (or a spoken dash), starts with a letter, has a letter and five digits and is
    /// 8–20 long; it ends at the first word that is not part of it ("… on the sticker"). Digits alone ("1 3 9 5 …") or
    /// letters alone ("L I N") are no serial.
    /// </summary>
    private static Hit<string>? FindDictatedSerial(string dashed, List<TextSpan> taken, ISet<string> modelNumbers)
    {
        var tokens = DictatedToken().Matches(dashed).Select(m => (m.Index, m.Value)).ToList();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!char.IsAsciiLetter(tokens[start].Value[0])) continue;
            var run = new List<(int Index, string Value)>();
            for (var i = start; i < tokens.Count; i++)
            {
                var (index, value) = tokens[i];
                if (run.Count > 0)
                {
                    var previous = run[^1];
                    var gap = dashed.AsSpan(previous.Index + previous.Value.Length, index - previous.Index - previous.Value.Length);
                    // A spoken dash leaves its word's length in spaces after the "-" ("hyphen" is "-" and five).
                    if (!gap.IsWhiteSpace() || gap.Length > (previous.Value == "-" || value == "-" ? 8 : 3)) break;
                }
                if (value != "-" && !PartOfADictatedSerial(value, run)) break;
                run.Add((index, value));
            }
            while (run.Count > 0 && run[^1].Value == "-") run.RemoveAt(run.Count - 1);
            if (run.Count(t => t.Value.Length == 1) < 4) continue;
            for (var end = run.Count; end >= 4; end--)
            {
                var chosen = run.GetRange(0, end);
                if (chosen[^1].Value == "-") continue;
                var joined = string.Concat(chosen.Select(t => t.Value));
                if (joined.Length is < 8 or > 20 || joined.Count(char.IsAsciiDigit) < 5 || !joined.Any(char.IsAsciiLetter)
                    || modelNumbers.Contains(joined))
                    continue;
                var span = new TextSpan(chosen[0].Index, chosen[^1].Index + chosen[^1].Value.Length - chosen[0].Index);
                if (taken.Any(t => t.Overlaps(span))) break;
                return new Hit<string>(span, joined.ToUpperInvariant());
            }
        }
        return null;
    }

    /// <summary>A single character, a group of digits, a prefix such as fs9 or lp22, or letters right after a dash.</summary>
    private static bool PartOfADictatedSerial(string token, List<(int Index, string Value)> run) =>
        token.Length == 1 || token.All(char.IsAsciiDigit) && token.Length <= 8
        || token.Length <= 6 && HasLetterAndDigit(token)
        || token.Length <= 4 && token.All(char.IsAsciiLetter) && run.Count > 0 && run[^1].Value == "-";

    [GeneratedRegex(@"(?<![a-z0-9-])[a-z0-9]{2,6}(?:(?: *- *| +)[a-z0-9]{2,6}){1,5}(?![a-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex Groups();

    [GeneratedRegex("[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Group();

    /// <summary>
    /// A serial read out in groups, as people copy it from a label: "lp22 qe 260793", "JQ5 2606 2448". The first group
    /// holds a letter and a digit (a prefix such as lp22, jq5), the whole has at least five digits with one group of four
    /// or more, and a group of letters only stands in the middle ("qe") or, written in capitals, at the end ("FN9 2609
    /// QFFT") or after a dash ("fs8 - 2603 - lgyf"). "my q5 hob is 3 years old" and "139 0571 8899" are no serials.
    /// </summary>
    /// <param name="dashed">The folded text with spoken dashes written as "-" (<see cref="WithSpokenDashes"/>).</param>
    private static Hit<string>? FindSpacedSerial(UtteranceText text, string dashed, List<TextSpan> taken, ISet<string> modelNumbers)
    {
        foreach (Match run in Groups().Matches(dashed))
        {
            var groups = Group().Matches(run.Value).Select(g => (Start: run.Index + g.Index, g.Value)).ToList();
            for (var first = 0; first < groups.Count - 1; first++)
            {
                if (!HasLetterAndDigit(groups[first].Value)) continue;
                for (var last = Math.Min(groups.Count - 1, first + 4); last > first; last--)
                {
                    var chosen = groups.GetRange(first, last - first + 1);
                    var span = new TextSpan(chosen[0].Start, chosen[^1].Start + chosen[^1].Value.Length - chosen[0].Start);
                    // Groups the customer joined with a dash keep it ("fs9 - 2606 - uncv" is FS9-2606-UNCV); spaces go.
                    var joined = string.Concat(chosen.Select((g, i) =>
                        (i > 0 && dashed.AsSpan(chosen[i - 1].Start + chosen[i - 1].Value.Length, g.Start - chosen[i - 1].Start - chosen[i - 1].Value.Length).Contains('-') ? "-" : "") + g.Value));
                    if (joined.Length is < 8 or > 20 || joined.Count(char.IsAsciiDigit) < 5
                        || !chosen.Any(g => g.Value.Count(char.IsAsciiDigit) >= 4) || taken.Any(t => t.Overlaps(span))
                        || modelNumbers.Contains(joined))
                        continue;
                    var tail = chosen[^1];
                    // Letters at the end count in capitals ("FN9 2609 QFFT") or after a dash ("fs8 - 2603 - lgyf"), not "q5 hob".
                    if (tail.Value.All(char.IsAsciiLetter) && !text.OriginalAt(new TextSpan(tail.Start, tail.Value.Length)).All(char.IsAsciiLetterUpper)
                        && !dashed[..tail.Start].TrimEnd().EndsWith('-'))
                        continue;
                    return new Hit<string>(span, joined.ToUpperInvariant());
                }
            }
        }
        return null;
    }

    private static bool HasLetterAndDigit(string group) => group.Any(char.IsAsciiLetter) && group.Any(char.IsAsciiDigit);
}

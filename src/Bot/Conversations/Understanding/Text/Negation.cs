using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Text;

/// <summary>
/// Whether a phrase is said not to have happened: a negation cue ("never", "didn't", 没, 从来没…) shortly before it
/// in the same clause. A clause ends at punctuation or a connective ("but", "since", 但是, 因为…), so
/// "I didn't drop it but the voltage jumped" negates only the drop, and "it broke after I dropped it" negates nothing.
/// </summary>
internal static class Negation
{
    private static readonly Regex ClauseBreak = new(
        @"[,.;:!?，。；：！？、\n]|(?<![a-z])(?:but|however|though|although|since|because|after|when|until|then|so|and then|except)(?![a-z])|但是|但|可是|不过|因为|自从|后来|然后|结果|所以|之后|以后",
        RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft);

    private static readonly Regex EnglishCue = new(
        @"(?<![a-z])(?:not|never|no|nobody|no one|nothing|neither|nor|without|cannot|[a-z]+n't|dont|didnt|havent|hasnt|wasnt)(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>不是, but not the question 是不是 ("你是不是想说我拆过就不保了？" asks, it denies nothing; round 27).</summary>
    private static readonly Regex ChineseCue = new("没|未|(?<!是)不是|并非|无|不曾", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Word = new(@"\S+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The subject a new statement opens with: "…, my son dropped it" is no item of the list before it.</summary>
    private static readonly Regex OwnSubject = new(
        @"^\s*(?:i|we|it|he|she|they|my|our|his|her|their|the|someone|somebody|you|there|this|that|then)(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex ListJoin = new(@"(?<![a-z])(?:or|nor)(?![a-z])|或者|或是|或", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex SentenceEnd = new(@"[.;!?。；！？\n]", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <param name="englishWords">How many words before the phrase a cue may stand.</param>
    /// <param name="chineseChars">How many characters before the phrase a Chinese cue may stand.</param>
    /// <param name="lists">Whether a denial ahead of a list ("nobody dropped it, got it wet or opened it", 没有摔过、进水或者拆开过)
    /// reaches every item of it.</param>
    public static bool IsNegated(string folded, int start, int englishWords, int chineseChars, bool lists = false) =>
        IsNegatedInClause(folded, start, englishWords, chineseChars)
        || lists && (IsItemOfADeniedList(folded, start, englishWords, chineseChars) || IsLastItemOfAnUnpunctuatedDenial(folded, start))
        || IsALabelAnsweredNo(folded, start);

    /// <summary>
    /// A label answered "no" (round 110: a table typed as the answer, "摔:没有 / 进水:没有 / 电压:正常", "Dropped: no"): the phrase
    /// is in the label, and what follows the colon up to the end of the line (or of a "，"/";" item) is only a denial.
    /// </summary>
    private static bool IsALabelAnsweredNo(string folded, int start)
    {
        var colon = folded.AsSpan(start).IndexOfAny(Colons);
        if (colon < 0 || colon > 24) return false;
        colon += start;
        var itemStart = start == 0 ? 0 : folded.AsSpan(0, start).LastIndexOfAny(ItemBreaks) + 1;
        if (folded.AsSpan(itemStart, colon - itemStart).IndexOfAny(ItemBreaks) >= 0) return false;
        var answer = folded.AsSpan(colon + 1);
        var end = answer.IndexOfAny(ItemBreaks);
        return LabelDenial.IsMatch(end < 0 ? answer : answer[..end]);
    }

    private static readonly System.Buffers.SearchValues<char> Colons = System.Buffers.SearchValues.Create(":：");
    private static readonly System.Buffers.SearchValues<char> ItemBreaks = System.Buffers.SearchValues.Create("\n，,;；");

    private static readonly Regex LabelDenial = new(
        @"^\s*(?:没有|没|无|否|不是|从没有?|从来没有?|没问题|正常|稳定|no|none|nope|never|nil|n|nothing|fine|normal|stable)\s*[.。!！]?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// "no nobody has dropped it opened it or spilled anything on it", typed without commas: every item of a short clause
    /// that opens with a denial ("nobody", "no one", "never") and lists its items with "or" is denied too — the item after
    /// "or" and the items before it — unless a subject of its own starts a new statement on the way ("… I opened it").
    /// </summary>
    private static bool IsLastItemOfAnUnpunctuatedDenial(string folded, int start)
    {
        var before = folded[..start];
        var clauseBreak = ClauseBreak.Match(before);
        var clause = clauseBreak.Success ? before[(clauseBreak.Index + clauseBreak.Length)..] : before;
        var opening = DeniedOpening.Match(clause);
        if (!opening.Success || Word.Matches(clause).Count > 14 || NewSubject.IsMatch(clause[(opening.Index + opening.Length)..]))
            return false;
        if (OrJustBefore.IsMatch(before)) return true;
        var after = folded[start..];
        var end = FirstClauseBreak.Match(after);
        var rest = end.Success ? after[..end.Index] : after;
        return Word.Matches(rest).Count <= 12 && ListJoin.IsMatch(rest) && !NewSubject.IsMatch(rest[..ListJoin.Match(rest).Index]);
    }

    private static readonly Regex OrJustBefore = new(@"(?<![a-z])(?:or|nor)\s+$", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>A subject that opens a statement of its own inside an unpunctuated list: "… i opened it", "… my son opened it".</summary>
    private static readonly Regex NewSubject = new(
        @"(?<![a-z'])(?:i|we|he|she|they|my|our|his|her|their|someone|somebody)(?![a-z'])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The first clause break after a phrase (<see cref="ClauseBreak"/> searches right to left).</summary>
    private static readonly Regex FirstClauseBreak = new(ClauseBreak.ToString(), RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex DeniedOpening = new(
        @"^\s*(?:(?:no|nope|nah)\s+)?(?:nobody|no\s+one|noone|never|(?:it|we|i|they)\s+(?:(?:has|have|had)\s+)?never|(?:it|we|i|they)\s+(?:has|have|had|was|did)(?:n't|nt|\s+not))(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The phrase is an item of a list whose first item is denied: its clause follows a comma or 、, opens with no subject of
    /// its own, the list is joined by "or"/或 (a 、 list needs none), and the item before it is denied in turn.
    /// </summary>
    private static bool IsItemOfADeniedList(string folded, int start, int englishWords, int chineseChars)
    {
        var before = folded[..start];
        var clauseBreak = ClauseBreak.Match(before);
        if (!clauseBreak.Success || clauseBreak.Value is not ("," or "，" or "、")) return false;
        var item = before[(clauseBreak.Index + clauseBreak.Length)..];
        if (OwnSubject.IsMatch(item)) return false;
        if (clauseBreak.Value != "、")
        {
            var rest = folded[clauseBreak.Index..];
            var end = SentenceEnd.Match(rest);
            if (!ListJoin.IsMatch(end.Success ? rest[..end.Index] : rest)) return false;
        }
        return IsNegated(folded, clauseBreak.Index, englishWords, chineseChars, lists: true);
    }

    /// <summary>"i never dropped it i opened it once", typed without a comma: after the denied verb's object a subject starts a
    /// statement of its own, which the denial does not reach ("i don't think we dropped it" has no object before its subject).</summary>
    private static readonly Regex ObjectThenNewSubject = new(
        @"(?<![a-z'])(?:it|them|that|this)\s+(?:i|we|he|she|they)(?:\s+(?!think|guess|believe|reckon|suppose)[a-z]|\s*$)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static bool IsNegatedInClause(string folded, int start, int englishWords, int chineseChars)
    {
        var before = folded[..start];
        var clauseBreak = ClauseBreak.Match(before);
        var clause = clauseBreak.Success ? before[(clauseBreak.Index + clauseBreak.Length)..] : before;

        var words = Word.Matches(clause);
        var firstWord = words.Count > englishWords ? words[words.Count - englishWords].Index : 0;
        var window = clause[firstWord..];
        var cues = EnglishCue.Matches(window);
        if (cues.Count > 0 && !ObjectThenNewSubject.IsMatch(window[(cues[^1].Index + cues[^1].Length)..]))
            return true;

        var chineseTail = clause.TrimEnd();
        chineseTail = chineseTail[Math.Max(0, chineseTail.Length - chineseChars)..];
        return ChineseCue.IsMatch(chineseTail);
    }
}

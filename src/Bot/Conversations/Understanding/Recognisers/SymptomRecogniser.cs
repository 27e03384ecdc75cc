using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using AfterSalesBot.Bot.Conversations.Understanding.Vocabulary;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>Fault and damage codes, longest phrase first ("gas leak" is GAS_SMELL, not LEAK); a negated phrase ("no leak",
/// 没有漏水) is dropped, and so is a fault the customer says is fine now ("the jamming is actually fine now", 漏水倒是好了)
/// unless it is said to be back.</summary>
internal static partial class SymptomRecogniser
{
    private static readonly PhraseTable<string> Table = new(SymptomWords.All);

    public static List<string> Find(UtteranceText text) =>
        FindHits(text).Select(h => h.Value).Distinct().ToList();

    /// <summary>Where each fault is named (for the date roles: a date in the sentence of a fault is its start).</summary>
    public static List<Hit<string>> FindHits(UtteranceText text)
    {
        var hits = Hits.LongestFirst(Table.FindAll(text.Folded))
            .Where(h => !Negation.IsNegated(text.Folded, h.Span.Start, englishWords: 2, chineseChars: 2) && !IsAConsumableDead(text.Folded, h)
                && !(h.Value == "GAS_SMELL" && HazardRecogniser.NotThatKind(text.Folded, h.Span.Start))
                && !IsEitherOr(text.Folded, h.Span))
            .ToList();
        // "咔咔咔的响就是不着", "点火时哒哒响": the igniter's click beside a hob that will not light is that fault, no noise (round 37).
        if (hits.Any(h => h.Value == "NO_IGNITION"))
            hits.RemoveAll(h => h.Value == "NOISE" && IgniterClick().IsMatch(text.Folded.AsSpan(Math.Max(0, h.Span.Start - 10), Math.Min(text.Folded.Length, h.Span.Start + h.Span.Length + 2) - Math.Max(0, h.Span.Start - 10))));
        var history = hits.Where(h => IsFineNow(text.Folded, h.Span)).Select(h => h.Value).ToHashSet();
        return history.Count == 0 ? hits : hits.Where(h => !history.Contains(h.Value)).ToList();
    }

    /// <summary>Faults named only as what an earlier repair was for ("修过一次打不着火", "it was repaired once for not lighting"):
    /// the story's history. They are the fault only when nothing else is (round 29: a cracked glass top on a hob repaired
    /// before for not lighting is not a hob that will not light).</summary>
    public static List<string> RepairedBefore(UtteranceText text, List<Hit<string>> hits)
    {
        var past = new HashSet<string>();
        var now = new HashSet<string>();
        foreach (var hit in hits)
        {
            var start = ClauseStart(text.Folded, hit.Span);
            (RepairedFor().IsMatch(text.Folded.AsSpan(start, hit.Span.Start - start)) ? past : now).Add(hit.Value);
        }
        // The same fault named again outside the frame is the fault now: "修过两次打不着火，现在又打不着了".
        past.ExceptWith(now);
        return [.. past];
    }

    [GeneratedRegex(@"[咔哒嗒啪叭]|(?<![a-z])click", RegexOptions.CultureInvariant)]
    private static partial Regex IgniterClick();

    /// <summary>热不热, 亮不亮: "hot or not" asks; it names no fault (round 31: "纸热不热无所谓").</summary>
    private static bool IsEitherOr(string folded, TextSpan span) =>
        span.Start > 0 && span.Length >= 2 && folded[span.Start] is '不' or '没' && folded[span.Start - 1] == folded[span.Start + 1];

    private static int ClauseStart(string folded, TextSpan span) =>
        folded.LastIndexOfAny([',', '.', ';', '!', '?', '，', '。', '；', '！', '？'], Math.Max(0, span.Start - 1)) + 1;

    [GeneratedRegex(@"(?:修过|修了|维修过|修理过|报修过|来修过|上门修过)(?:一次|两次|二次|几次|一回|两回|好几次|好几回)?(?:的)?(?:是)?\s*$|(?<![a-z])(?:repaired|fixed|mended|serviced|came\s+out|been\s+out|called\s+out)\s+(?:[a-z]+\s+){0,4}for\s+(?:the\s+|a\s+|it\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RepairedFor();

    /// <summary>"the jamming is actually fine now", "the leaking has been fine since", 漏水倒是好了: followed in its clause by
    /// words that it is resolved, and nothing after them says it came back.</summary>
    private static bool IsFineNow(string folded, TextSpan span)
    {
        var fine = FineNow().Match(folded, span.Start + span.Length);
        return fine.Success && !BackAgain().IsMatch(folded, fine.Index + fine.Length);
    }

    [GeneratedRegex(@"\G[^,.;!?，。；！？]{0,12}?(?<![a-z])(?:has|have)\s+(?:now\s+|actually\s+|finally\s+)?stopped(?![a-z])(?!\s+(?:work|heat|print|light|ignit|pull|suck|run|spin|copy|scan|feed))|\G[^,.;!?，。；！？]{0,12}?(?<![a-z])(?:is|are|has\s+been|have\s+been|was|were|'s|seems?|seemed)\s+(?:actually\s+|now\s+|all\s+|totally\s+|completely\s+|perfectly\s+|been\s+)?(?:fine|ok|okay|good|sorted|fixed|resolved|gone|solved)(?![a-z])|\G[^，。；！？,.;!?]{0,3}?(?:倒是|倒|已经|早就|都)?(?:好了|没事了|没问题了|正常了|修好了|解决了)"
        // "the humming noise your guys fixed twice (last one about a month ago) hasn't come back" (round 64), 嗡嗡响修好以后没再犯过.
        + @"|\G[^.;!?。；！？]{0,70}?(?<![a-z])(?:hasn'?t|has\s+not|haven'?t|have\s+not|never|didn'?t|did\s+not)\s+(?:come|came)\s+back(?![a-z])|\G[^。；！？.;!?]{0,14}?(?:没再|再没|没有再|再也没)(?:犯|响|出现|漏|坏|出过|犯过|响过|出现过)", RegexOptions.CultureInvariant)]
    private static partial Regex FineNow();

    /// <summary>"That ribbon came in the box … a few months and it's dead?": "dead" said where a consumable is named and its own
    /// sentence names no machine is the consumable used up, not a machine without power (round 27). "The printer is dead, even
    /// with a new toner" keeps it.</summary>
    private static bool IsAConsumableDead(string folded, Hit<string> hit)
    {
        if (hit.Value != "NO_POWER" || !folded.AsSpan(hit.Span.Start, hit.Span.Length).SequenceEqual("dead") || !ConsumableRecogniser.IsNamed(folded))
            return false;
        var (start, end) = DateRoleRecogniser.Sentence(folded, hit.Span);
        return !MachineNoun().IsMatch(folded.AsSpan(start, end - start));
    }

    [GeneratedRegex(@"(?<![a-z])(?:printers?|copiers?|machines?|units?|devices?|heaters?|hobs?|stoves?|hoods?|computers?|servers?)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex MachineNoun();

    [GeneratedRegex(@"(?<![a-z])(?:again|back|returned|recurr\w*|came\s+back)(?![a-z])|又(?=[^，。,.]{0,2}(?:漏|坏|出|犯|开始|来了))|再次|复发|老毛病", RegexOptions.CultureInvariant)]
    private static partial Regex BackAgain();
}

using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Our repairs that did not last, said without the fault's name (round 83): "your people fixed this already. Two times. It is
/// back", "your repair men have been twice", 你们已经来修过两回了 每次好几天又这样. Our own staff must have done the repairs, and
/// the message must count them or say the fault came back: "you fixed it last spring and it was fine since" is a repair that
/// held, "my brother fixed it twice" is nobody of ours.
/// </summary>
internal static partial class RecurrenceRecogniser
{
    public static bool BackAfterOurRepairs(string folded) =>
        OurRepairs().IsMatch(folded) && (CountedOrBack().IsMatch(folded) || CountedOrBackChinese().IsMatch(folded));

    /// <summary>"你们修过两次了!!同样的毛病", "the same fault your engineers fixed": beside our repairs, the fault is the one they were
    /// for, whatever the customer calls it now (round 83 hold-out: an error code told as 闪个字母加数字 and no hot water).</summary>
    public static bool SameFaultAsOurRepairs(string folded) => BackAfterOurRepairs(folded) && SameFault().IsMatch(folded);

    [GeneratedRegex(@"同样的(?:毛病|问题|故障)|同一个(?:毛病|问题|故障)|一样的(?:毛病|问题|故障)|还是那个(?:毛病|问题|故障)|(?:都|每次都|每回都|一直|也)是(?:这个|这|那个|同一个|一样的)(?:毛病|问题|故障)|老毛病|(?<![a-z])(?:the\s+)?(?:exact\s+)?same\s+(?:fault|problem|issue|thing|error)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex SameFault();

    [GeneratedRegex(@"(?<![a-z])(?:your|ur)\s+(?:own\s+)?(?:engineers?|technicians?|techs?|guys?|people|repair\s*m[ae]n|service\s+(?:team|engineers?|people|guys|men)|team|staff|fitters?|lot|support)(?![a-z])[^.!?]{0,40}?(?<![a-z])(?:fixed|repaired|sorted|mended|serviced|been(?:\s+out)?|came(?:\s+out)?|were\s+(?:here|out)|visited|replaced|swapped|corrected|looked\s+at)(?![a-z])"
        + @"|(?<![a-z])you(?:'ve|\s+have|\s+guys|\s+people)?\s+(?:already\s+)?(?:fixed|repaired|sorted|mended|corrected|sent\s+(?:someone|somebody|an?\s+(?:engineer|technician|guy)))(?![a-z])"
        + @"|(?:你们|贵司|售后|厂家|官方)(?:的)?(?:师傅|人|工程师|售后|技术员|维修员|维修师傅)?[^，。,.!！？?]{0,6}?(?:修|维修|修理|处理|弄|换)(?:过|了|好)", RegexOptions.CultureInvariant)]
    private static partial Regex OurRepairs();

    [GeneratedRegex(@"(?<![a-z])(?:twice|(?:two|three|2|3)\s+times|2x|both\s+times|third\s+(?:time|round)|3rd\s+time|again|(?:it'?s|its|it\s+is|is|was|came|come|coming|has\s+come|have\s+come)\s+back|keeps?\s+coming\s+back|returned|same\s+(?:fault|problem|thing|issue))(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CountedOrBack();

    [GeneratedRegex(@"两回|两次|二次|三次|三回|好几次|好几回|几次了|第二次|第三次|又|还是这样|还是老样子|老毛病|复发|反复", RegexOptions.CultureInvariant)]
    private static partial Regex CountedOrBackChinese();
}

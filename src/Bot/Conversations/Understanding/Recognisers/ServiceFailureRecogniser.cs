using System.Text.RegularExpressions;

namespace AfterSalesBot.Bot.Conversations.Understanding.Recognisers;

/// <summary>
/// Our own service that failed the customer (round 135, ADR 0071): an engineer booked who never came ("your engineer was booked
/// twice and never turned up", 约好的师傅都没来, 放鸽子) or a call-back promised that never came (说好回电话 结果没消息). The company
/// is at fault, so money asked for it comes before the fix (DOMAIN.md §5: "company fault → compensate more generously").
/// </summary>
internal static partial class ServiceFailureRecogniser
{
    public static bool OurServiceFailed(string folded) => VisitMissed().IsMatch(folded) || CallBackMissed().IsMatch(folded);

    [GeneratedRegex(@"(?<![a-z])(?:engineers?|technicians?|techs?|repair\s*m[ae]n|fitters?|guy|someone|somebody|nobody|no\s*one|no-one|they|he)(?![a-z])[^.!?]{0,40}?(?<![a-z])(?:never|didn'?t|did\s+not|failed\s+to|has\s*n'?t|hasn'?t|have\s*n'?t)\s+(?:even\s+)?(?:show(?:ed|n)?(?:\s+up)?|turn(?:ed)?\s+up|c[oa]me(?:\s+(?:out|round|over))?|arrive[d]?|appear(?:ed)?)(?![a-z])(?!\s+(?:back\s+)?on(?![a-z]))"
        + @"|(?<![a-z])no[- ]shows?(?![a-z])|(?<![a-z])stood\s+(?:us|me)\s+up(?![a-z])|(?<![a-z])missed\s+(?:the|our|my|two|both|\d|every)\s+(?:\w+\s+)?(?:appointments?|visits?|slots?|bookings?)(?![a-z])"
        + @"|(?:waited|waiting|stayed\s+(?:in|home))[^.!?]{0,40}?(?<![a-z])(?:nobody|no\s*one|no-one)\s+(?:came|showed|turned\s+up)(?![a-z])"
        + @"|(?:师傅|工程师|维修员|维修师傅|售后|你们的人)(?:们)?(?:都|也|一直|根本|压根|始终|还|就)?(?:没|没有)(?:来|上门|到|出现|过来)|没(?:有)?人(?:来|上门|过来)|放(?:了)?(?:我|我们)?(?:两次|好几次)?鸽子|爽约|白等了?",
        RegexOptions.CultureInvariant)]
    private static partial Regex VisitMissed();

    [GeneratedRegex(@"(?<![a-z])(?:nobody|no\s*one|no-one|never|didn'?t|did\s+not|hasn'?t|has\s+not|haven'?t)\s+(?:ever\s+)?(?:called|rang|phoned|got|get|gotten|rung)\s+(?:me\s+|us\s+)?back(?![a-z])|(?<![a-z])(?:promised|supposed|said\s+(?:they|he|she|someone)\s*(?:would|'d))[^.!?]{0,30}?(?:call|ring|phone)\s+(?:me\s+|us\s+)?back[^.!?]{0,30}?(?<![a-z])(?:never|nobody|no\s*one|didn'?t|still\s+(?:nothing|waiting))(?![a-z])"
        + @"|(?:说好|答应|说)(?:了)?[^，。,.!！？?]{0,8}(?:回电话|回电|回复|联系我)[^。.!！？?]{0,10}(?:没|没有)(?:消息|下文|回音|人|打|联系)|(?:一直|始终|到现在都|也)(?:没|没有)(?:人)?(?:回电话|回电|回复|给我回)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CallBackMissed();
}

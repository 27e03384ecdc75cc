using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>
    /// A plea to be seen sooner, with the reason it matters ("any chance someone can come today? my mum is 88", 能不能早点来？宝宝
    /// 才两个月; round 153), or "is that normal? am I using it wrong?" about the fault already told (这正常吗, round 151), while the
    /// complaint is taken or at the offer: answered plainly, once each, and the question or the offer stands. The plea: the
    /// reason goes with the case (the transcript is on it), the team arranges the earliest time it can, and a danger makes it an
    /// emergency; the priority itself stays the policy's (DOMAIN.md §8). "Is it normal": it is taken as a fault, and everyday
    /// use never counts against them. Before: an article about something else (a leak, smoke, report figures, the 7/15-day rules).
    /// </summary>
    /// <returns>True when the turn is done.</returns>
    private async Task<bool> ReassuresAsync(CancellationToken ct)
    {
        if (!_flow.IsInComplaint || _said.Hazard is not null || _said.Intent is Intent.Human or Intent.Cancel or Intent.StartOver
            || _state.Step is not (ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.Gathering or ComplaintStep.AwaitingAgreement)
            || _state.Step == ComplaintStep.AwaitingAgreement && (_state.DeclinedAll || _state.OfferIndex >= _state.Offers.Count)
            // "赶紧弄好" to the wish question is the wish (a repair, in a hurry), not a plea.
            || _state.Step == ComplaintStep.Gathering && _state.Asking == FactQuestion.Wants)
            return false;
        string? key = null;
        if (!_state.SoonerAnswered && SoonerAsked().IsMatch(_text) && !Impatient.IsMatch(_text))
        {
            _state.SoonerAnswered = true;
            key = "Answer.Sooner";
        }
        else if (!_state.NormalAnswered && _state.Step != ComplaintStep.Listening && _state.Symptoms.Count > 0 && IsItNormalAsked().IsMatch(_text))
        {
            _state.NormalAnswered = true;
            key = "Answer.NotNormal";
        }
        if (key is null) return false;
        Say(key);
        // Facts, a yes or a no in the same message are read as usual after the answer; in the story the message is part of it.
        if (_tookFacts || _state.Step is ComplaintStep.Listening or ComplaintStep.Confirming && key == "Answer.Sooner") return false;
        if (_state.Step == ComplaintStep.AwaitingAgreement)
        {
            if (OfferAnswers.Accepts(_text) || OfferAnswers.Refuses(_text)) return false;
            OfferStillStands();
            return true;
        }
        await ResumeAsync(ct);
        return true;
    }

    /// <summary>"can someone come today / sooner / asap", "any chance of a visit sooner", 能不能早点来, 尽快上门, 麻烦快点处理.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:come|be\s+here|visit|get\s+here|get\s+someone|send\s+someone|someone|somebody|engineer|technician|fix\s+it|sort\s+it|see\s+to\s+it|look\s+at\s+it|deal\s+with\s+it)(?![a-z])[^.?!]{0,40}(?<![a-z])(?:today|tonight|sooner|soon|asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:possible|you\s+can)|urgently|earlier|first\s+thing)(?![a-z])|(?<![a-z])(?:any\s+chance\s+of|is\s+there\s+any\s+way\s+(?:of|to\s+get))\s+(?:a\s+)?(?:visit|engineer|technician|someone)[^.?!]{0,20}(?:sooner|today|soon|earlier)(?![a-z])|(?<![a-z])(?:prioriti[sz]e|priority\s+(?:visit|appointment|please)|fast-?track|bump\s+(?:us|me|it)\s+up)(?![a-z])|(?:早点|早些|尽快|尽早|赶紧|快点|快些|优先|加急|今天就?|马上)(?:来|上门|过来|处理|修|安排|弄|帮)|能不能(?:早|快)(?:点|些|一点)|(?:请|麻烦)(?:尽快|快点|早点)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SoonerAsked();

    /// <summary>"is that normal?", "is it normal for it to…", "am I using it wrong?", 这正常吗, 是不是正常, 不正常吧, 是不是我用得不对.</summary>
    [GeneratedRegex(@"(?<![a-z])(?:is|isn'?t|was)\s+(?:it|this|that)\s+(?:really\s+|even\s+)?normal(?![a-z])|(?<![a-z])normal\s+(?:for|that)\s+[^.?!]{0,60}\?|(?<![a-z])am\s+i\s+(?:using|doing|operating)\s+(?:it|something|this)?\s*wrong(?![a-z])|(?<![a-z])(?:it\s+)?isn'?t\s+me\s+(?:doing|using)\s+it\s+wrong|正常吗|是不是正常|正不正常|算正常吗|不正常吧|是不是我(?:用|操作|弄|放|装)(?:得|的)?不对|是我(?:用|操作|弄)(?:得|的)?不对吗|我(?:用|操作)错了吗", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IsItNormalAsked();
}

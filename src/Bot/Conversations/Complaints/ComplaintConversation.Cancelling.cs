using System.Text.RegularExpressions;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>A cancel out of frustration with the process, not a decision: "forget it, too much hassle", 算了算了 太麻烦.</summary>
    private static readonly Regex Hassle = new(
        @"hassle|too much|can'?t be bothered|not worth|waste of (?:my )?time|too long|taking forever|so many questions|ugh|麻烦|好烦|太烦|烦死|费劲|太慢|浪费时间|不想弄|懒得|这么多问题",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Taking the cancel back: "no ok fine, let's carry on", 还是弄一下吧, 刚才是气话, "don't cancel".</summary>
    private static readonly Regex CarriesOn = new(
        @"carry on|go on|continue|keep going|let'?s do (?:it|this)|let'?s finish|don'?t cancel|do not cancel|not cancel|继续|接着|还是弄|还是修|还是处理|还是办|弄一下吧|处理一下吧|气话|不取消|别取消|先别取消",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>"是的 不弄了", "yes, stop": a yes to stopping, not to carrying on.</summary>
    private static readonly Regex YesButStop = new("不弄|不修|stop", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Stop, 停, 不弄了, 不修了, 不用了.</summary>
    private static readonly Regex StopsHere = new(@"^\s*停止?(?!\w)|不弄了|不修了|不用了|stop", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>
    /// A frustrated cancel in the middle of a complaint is asked about once ("we're nearly there — shall we carry on?"), as
    /// a person at a service desk would; a plain "cancel" stops at once, and so does a second cancel.
    /// </summary>
    private bool ChecksAFrustratedCancel()
    {
        if (!_flow.IsInComplaint || _state.CancelChecked || !Hassle.IsMatch(_text)) return false;
        _state.CancelCheck = true;
        _state.CancelChecked = true;
        Say("Cancel.Check").Buttons("Button.CarryOn", "Button.Stop");
        return true;
    }

    /// <summary>The answer to "shall we carry on?": carry on (or yes) resumes where the customer was, stop (or no, or a
    /// cancel) stops; anything else is read as the answer to the question before it.</summary>
    private async Task<bool> AnswersCancelCheckAsync(CancellationToken ct)
    {
        if (!_state.CancelCheck) return false;
        _state.CancelCheck = false;
        if (CarriesOn.IsMatch(_text) || _text == Text("Button.CarryOn")
            || _said.Intent == Intent.Yes && !YesButStop.IsMatch(_text))
        {
            await ResumeAsync(ct);
            return true;
        }
        if (_said.Intent is Intent.No or Intent.Cancel || _text == Text("Button.Stop") || StopsHere.IsMatch(_text))
        {
            _flow.Cancel();
            Say("Cancelled");
            return true;
        }
        return false;
    }
}

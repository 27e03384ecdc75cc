using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, nineteenth round (2026-12-05): round 30/31 strangers' customers in whole conversations, in other words.
/// Business customers with more than one unit, and customers who already tried things themselves.
/// </summary>
public sealed class RoundThirtyConversationTests
{
    private const string HeaterInWarranty = "DE60K251124"; // E60 electric water heater, in warranty, never repaired

    /// <summary>"How much?" at the offer is answered with the amount, and the offer is then asked about in a short
    /// sentence, not repeated word for word; "fine then" after it agrees (round 28's held-out r28-zh-003).</summary>
    [Theory]
    [InlineData("en-GB", "the E60 water heater stopped heating after the power kept tripping in our building", "yes, the supply here is unstable, it tripped several times", "how much is that going to cost me", "fine then")]
    [InlineData("zh-CN", "E60电热水器不加热了，楼里跳了好几次闸之后就这样了", "有的 楼里电压不稳 跳闸以后它就不通电了", "要多少钱啊", "那行吧")]
    public async Task HowMuchAtTheOfferIsAnsweredThenAskedShort(string locale, string story, string circumstances, string price, string agree)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "没了" : "that's all", zh ? "对的" : "yes",
            HeaterInWarranty, zh ? "五六天前" : "about five days ago", circumstances, zh ? "修好就行" : "just repair it", "13757186645", price, agree);
        var from = transcript.LastIndexOf("> " + price, StringComparison.Ordinal);
        var answer = transcript[from..transcript.LastIndexOf("> " + agree, StringComparison.Ordinal)];

        Assert.Contains("50.00", answer, StringComparison.Ordinal);
        Assert.Contains(zh ? "要按这个方案办理吗" : "Shall I go ahead with this", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(zh ? "我可以为您提供" : "What I can offer", answer, StringComparison.Ordinal);
        Assert.True(state.Step == Agreed, transcript);
    }
}

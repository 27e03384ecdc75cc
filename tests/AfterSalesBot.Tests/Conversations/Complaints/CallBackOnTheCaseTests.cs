using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// "Can somebody ring me about it?" while the complaint is told is answered "yes — a colleague can phone", the facts first.
/// That promise must reach the people who keep it: the case sheet carries the request (the console shows it), and the
/// closing message says a colleague will phone, in the customer's language. Without the request, neither.
/// </summary>
public sealed class CallBackOnTheCaseTests
{
    private const string HobInWarranty = "JQ526078529"; // Q5 hob, in warranty (KITCHEN-STD)

    public static TheoryData<string, string, string, string, string, string, string> Asked => new()
    {
        { "en-US", "the Q5 hob in my kitchen quit lighting yesterday - clicks, no flame", "could one of your people give me a ring about this", "that's everything", "yes", "no", "fix it" },
        { "en-US", "Hi, our gas hob (Q5) has not been lighting since yesterday", "I'd prefer a phone call if that's possible", "that's everything", "correct", "none of those", "repair please" },
        { "zh-CN", "家里那台Q5燃气灶从昨天起点不着了", "麻烦安排个人打电话给我吧", "就这些", "是的", "都没有", "修一下" },
        { "zh-CN", "Q5灶昨天开始打不着火，一直咔咔响", "你们能不能来个电话，我打字不方便", "没有了", "对的", "没有", "维修" },
    };

    [Theory]
    [MemberData(nameof(Asked))]
    public async Task ACallBackAskedIsOnTheCaseAndInTheClosingMessage(string locale, string story, string request, string done, string yes, string no, string wish)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var replies = new List<string>();
        foreach (var line in new[] { story, request, done, yes, HobInWarranty, no, wish, "13912345678", locale == "zh-CN" ? "可以" : "ok" })
            replies.AddRange((await driver.SayAsync(line)).Select(r => r.Text ?? ""));
        var state = await driver.StateAsync();
        var transcript = string.Join("\n", replies);

        Assert.Equal(ComplaintStepAgreed, state.Step);
        Assert.True(state.CallBackAsked, transcript);
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        var recorded = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == state.CaseNumber);
        Assert.True(recorded.Sheet.CallBackRequested, transcript);
        var closing = replies[^1];
        Assert.Contains(locale == "zh-CN" ? "电话" : "phone", closing, StringComparison.Ordinal);
        Assert.Contains("5678", closing, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "the Q5 hob in my kitchen quit lighting yesterday - clicks, no flame", "that's everything", "yes", "no", "fix it")]
    [InlineData("zh-CN", "家里那台Q5燃气灶从昨天起点不着了", "就这些", "是的", "都没有", "修一下")]
    public async Task WithoutTheRequestTheSheetAndTheClosingSayNothingOfIt(string locale, string story, string done, string yes, string no, string wish)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var replies = new List<string>();
        foreach (var line in new[] { story, done, yes, HobInWarranty, no, wish, "13912345678", locale == "zh-CN" ? "可以" : "ok" })
            replies.AddRange((await driver.SayAsync(line)).Select(r => r.Text ?? ""));
        var state = await driver.StateAsync();

        Assert.Equal(ComplaintStepAgreed, state.Step);
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        var recorded = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == state.CaseNumber);
        Assert.False(recorded.Sheet.CallBackRequested);
        Assert.DoesNotContain("5678", replies[^1], StringComparison.Ordinal);
    }

    private const AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep ComplaintStepAgreed =
        AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep.Agreed;
}

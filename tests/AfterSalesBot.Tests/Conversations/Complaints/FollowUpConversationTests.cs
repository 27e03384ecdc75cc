using System.Text.Json;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// The follow-up through the real pipeline: a complaint agreed with the bot, the real scheduler (on a clock days ahead)
/// waking the conversation with the bot as its sender, and the customer's answers in both languages.
/// </summary>
public sealed class FollowUpConversationTests
{
    private const string InWarranty = "JQ525091280";

    /// <summary>The action is due in 48 hours; the follow-up 72 hours after that.</summary>
    private static readonly TimeSpan AskDue = TimeSpan.FromHours(48 + 72 + 1);

    private static async Task<(ConversationDriver Driver, string Case)> AgreedAsync(string locale)
    {
        var driver = await ConversationDriver.StartAsync(locale);
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        string[] lines = zh
            ? ["我的Q5燃气灶昨天开始打不着火了", "就这些", "对", InWarranty, "没有", "维修", "13812345678", "好的"]
            : ["My Q5 gas stove won't light since yesterday", "that's all", "yes", InWarranty, "no, never", "repair it please", "13812345678", "yes"];
        foreach (var line in lines) await driver.SayAsync(line);
        var state = await driver.StateAsync();
        Assert.Equal(Agreed, state.Step);
        return (driver, state.CaseNumber!);
    }

    /// <summary>The scheduler's question arrives, in the conversation's language, with the two answers as buttons.</summary>
    private static async Task AskedAsync(ConversationDriver driver, string number, string locale)
    {
        var asked = Assert.Single(await driver.FollowUpsDueAsync(AskDue));
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        Assert.Contains(zh ? $"关于案件 {number}" : $"about case {number}", asked.Text, StringComparison.Ordinal);
        Assert.Contains(zh ? "问题解决了吗" : "Has the problem been solved?", asked.Text, StringComparison.Ordinal);
        Assert.Equal(zh ? ["已解决", "没有解决"] : ["Yes, solved", "No, not solved"], asked.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Equal(CustomerLanguageTag(locale), asked.Locale);
        Assert.Equal(FollowingUp, (await driver.StateAsync()).Step);
    }

    private static string CustomerLanguageTag(string locale) => locale.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en-US";

    [Theory]
    [InlineData("en-US", "Yes, solved", "How satisfied are you", "Thank you for rating us 4 out of 5")]
    [InlineData("zh-CN", "解决了", "您对我们的服务满意吗", "感谢您的评分：4 分")]
    public async Task SolvedThenTheSurveyCardClosesTheCaseWithTheRating(string locale, string yes, string survey, string thanks)
    {
        var (driver, number) = await AgreedAsync(locale);
        await using var _ = driver;
        await AskedAsync(driver, number, locale);

        var asked = Assert.Single(await driver.SayAsync(yes));
        Assert.Contains(survey, asked.Text, StringComparison.Ordinal);
        var card = Assert.Single(asked.Attachments!);
        Assert.Equal(FactsCard.ContentType, card.ContentType);
        Assert.Contains("\"rating\"", card.Content!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(Rating, (await driver.StateAsync()).Step);

        var submit = JsonSerializer.SerializeToElement(new { action = "survey", rating = "4", comment = "quick 快" });
        Assert.Contains(thanks, Said(await driver.SayAsync("", submit)), StringComparison.Ordinal);

        Assert.Equal(FollowedUp, (await driver.StateAsync()).Step);
        var (status, result) = await CaseAsync(driver, number);
        Assert.Equal(CaseStatus.Closed, status);
        Assert.Equal((FollowUpOutcomes.Solved, 4, "quick 快"), (result!.Outcome, result.Rating, result.Comment));
    }

    [Theory]
    [InlineData("en-US", "yes", "5 great service", 5, "great service")]
    [InlineData("en-US", "it works now", "satisfied", 4, null)]
    [InlineData("zh-CN", "是的", "四", 4, null)]
    [InlineData("zh-CN", "已解决", "非常满意", 5, null)]
    [InlineData("zh-CN", "修好了", "3分 还可以吧", 3, "还可以吧")]
    public async Task ATypedRatingIsUnderstood(string locale, string yes, string typed, int rating, string? comment)
    {
        var (driver, number) = await AgreedAsync(locale);
        await using var _ = driver;
        await AskedAsync(driver, number, locale);
        await driver.SayAsync(yes);

        var said = Said(await driver.SayAsync(typed));

        Assert.Contains(number, said, StringComparison.Ordinal);
        Assert.Equal(FollowedUp, (await driver.StateAsync()).Step);
        var (status, result) = await CaseAsync(driver, number);
        Assert.Equal((CaseStatus.Closed, rating, comment), (status, result!.Rating, result.Comment));
    }

    [Theory]
    [InlineData("en-US", "no, still broken", "open again with a higher priority", "waiting for a colleague")]
    [InlineData("zh-CN", "没有解决", "已重新打开并提高了优先级", "正在等待同事接手")]
    public async Task NotSolvedReopensTheSameCaseWithARaisedPriority(string locale, string no, string reopened, string waiting)
    {
        var (driver, number) = await AgreedAsync(locale);
        await using var _ = driver;
        await AskedAsync(driver, number, locale);

        var said = Said(await driver.SayAsync(no));

        Assert.Contains(number, said, StringComparison.Ordinal);
        Assert.Contains(reopened, said, StringComparison.Ordinal);
        Assert.Equal((Escalated, number), ((await driver.StateAsync()).Step, (await driver.StateAsync()).CaseNumber));
        var queued = Assert.Single(await driver.Get<CaseQueue>().ListAsync(CancellationToken.None));
        Assert.Equal((number, CaseStatus.Reopened, CasePriority.Urgent), (queued.Number, queued.Status, queued.Priority));
        Assert.Equal(FollowUpOutcomes.NotSolved, (await CaseAsync(driver, number)).Result!.Outcome);
        Assert.Contains(waiting, Said(await driver.SayAsync(locale.StartsWith("zh", StringComparison.Ordinal) ? "你好？" : "hello?")),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "A quick reminder about case", "closed as unconfirmed")]
    [InlineData("zh-CN", "温馨提醒", "已作为未确认关闭")]
    public async Task NoAnswerGetsOneReminderThenTheCaseClosesUnconfirmed(string locale, string reminder, string closed)
    {
        var (driver, number) = await AgreedAsync(locale);
        await using var _ = driver;
        await AskedAsync(driver, number, locale);

        Assert.Empty(await driver.FollowUpsDueAsync(AskDue + TimeSpan.FromHours(47)));
        Assert.Contains(reminder, Assert.Single(await driver.FollowUpsDueAsync(AskDue + TimeSpan.FromHours(49))).Text, StringComparison.Ordinal);
        Assert.Empty(await driver.FollowUpsDueAsync(AskDue + TimeSpan.FromHours(49 + 71)));
        Assert.Contains(closed, Assert.Single(await driver.FollowUpsDueAsync(AskDue + TimeSpan.FromHours(49 + 73))).Text, StringComparison.Ordinal);
        Assert.Empty(await driver.FollowUpsDueAsync(AskDue + TimeSpan.FromDays(60)));

        Assert.Equal(FollowedUp, (await driver.StateAsync()).Step);
        var (status, result) = await CaseAsync(driver, number);
        Assert.Equal((CaseStatus.Closed, FollowUpOutcomes.Unconfirmed), (status, result!.Outcome));
    }

    [Fact]
    public async Task AnUnclearAnswerRepeatsTheQuestionAndChangesNothing()
    {
        var (driver, number) = await AgreedAsync("en-US");
        await using var _ = driver;
        await AskedAsync(driver, number, "en-US");

        Assert.Contains("Please answer yes or no", Said(await driver.SayAsync("hmm, maybe tomorrow")), StringComparison.Ordinal);
        Assert.Equal(FollowingUp, (await driver.StateAsync()).Step);
        Assert.Equal((CaseStatus.ActionPending, (FollowUpResult?)null), await CaseAsync(driver, number));
    }

    private static string Said(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private static async Task<(CaseStatus Status, FollowUpResult? Result)> CaseAsync(ConversationDriver driver, string number)
    {
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        var status = await db.Cases.Where(c => c.Number == number).Select(c => c.Status).SingleAsync();
        return (status, await db.FollowUpResults.AsNoTracking().SingleOrDefaultAsync(r => r.CaseNumber == number));
    }
}

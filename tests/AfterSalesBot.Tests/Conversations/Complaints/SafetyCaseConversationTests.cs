using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 15, item 2, through the real pipeline: a gas smell at night. The customer hears the emergency route (never "our team
/// is back at 08:00"), hears that the case waits at the top of the queue while nobody has it (never "a colleague is on it"),
/// and hears at once when the hour passes with nobody having called.
/// </summary>
public sealed class SafetyCaseConversationTests
{
    /// <summary>Friday 20 November 2026, 23:25 in Shanghai: the team (08:00-20:00) has gone home.</summary>
    private static readonly DateTimeOffset Night = new(2026, 11, 20, 23, 25, 0, TimeSpan.FromHours(8));

    private static void EmergencyLine(IServiceCollection services)
    {
        services.Configure<EscalationOptions>(o => o.EmergencyLine = "400-800-1234");
        services.AddSingleton<StaffDirectory>(); // the console's accounts: who is on duty
    }

    private static string Said(IEnumerable<Bot.Schema.Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    public static TheoryData<string, string, string, string[], string[]> Nights => new()
    {
        {
            "en-US", "There's a strong smell of gas from my stove now!", "it still smells of gas",
            ["engineer on emergency duty, who will contact you here by 2026-11-21 00:25 (UTC+08:00 Asia/Shanghai)", "emergency line, 400-800-1234"],
            ["back at", "is with a colleague"]
        },
        {
            "zh-CN", "我的燃气灶现在有很大的煤气味！", "还是有煤气味",
            ["值班的应急工程师，他会在 2026-11-21 00:25（北京时间） 前在这里联系您", "应急电话 400-800-1234"],
            ["上班", "已由同事跟进"]
        },
    };

    [Theory]
    [MemberData(nameof(Nights))]
    public async Task AtNightTheCustomerHearsTheEmergencyRouteAndTheTruthAboutWhoHasTheCase(string locale, string hazard, string again,
        string[] expected, string[] never)
    {
        await using var driver = await ConversationDriver.StartAsync(locale, Night, EmergencyLine);

        var first = Said(await driver.SayAsync(hazard));
        var second = Said(await driver.SayAsync(again));

        foreach (var words in expected) Assert.Contains(words, first, StringComparison.Ordinal);
        foreach (var words in never) Assert.DoesNotContain(words, first + second, StringComparison.Ordinal);
        var number = (await driver.StateAsync()).CaseNumber!;
        Assert.Contains(number, second, StringComparison.Ordinal);
        Assert.Contains(locale == "en-US" ? "you are number 1 in the queue" : "排在第 1 位", second, StringComparison.Ordinal);
        Assert.Contains(expected[0], second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "There's a strong smell of gas from my stove now!", "nobody has yet. I have alerted every supervisor on duty now")]
    [InlineData("zh-CN", "我的燃气灶现在有很大的煤气味！", "但至今还没有人联系您。我已立即通知所有值班主管")]
    public async Task WhenTheHourPassesUnansweredTheCustomerIsToldAtOnce(string locale, string hazard, string expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale, Night, EmergencyLine);
        var staff = driver.Get<StaffDirectory>();
        await staff.CreateAsync(new("sup.zhao", "Zhao Min", "a-long-password-1", [StaffRoles.Supervisor]), CancellationToken.None);
        Assert.True(await staff.UpdateAsync("sup.zhao", a => a.LastSignInAt = Night.AddHours(-2), CancellationToken.None));
        await driver.SayAsync(hazard);
        await driver.NewRepliesAsync();

        driver.Clock!.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(1, (await driver.Get<SlaMonitor>().CheckAsync(CancellationToken.None)).Breaches);

        var told = Said(await driver.NewRepliesAsync());
        Assert.Contains(expected, told, StringComparison.Ordinal);
        Assert.Contains((await driver.StateAsync()).CaseNumber!, told, StringComparison.Ordinal);
    }
}

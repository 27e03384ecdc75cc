using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>With <c>Escalation:DeadlinesOnBusinessHours</c> the customer hears the deadline the desk stored, as a date
/// and time, not "within 24 hours".</summary>
public sealed class BusinessHoursConversationTests
{
    /// <summary>Friday 20 November 2026, 21:00 in Shanghai: after the close of a weekday 08:00-20:00 team.</summary>
    private static readonly DateTimeOffset FridayNight = new(2026, 11, 20, 21, 0, 0, TimeSpan.FromHours(8));

    private static void WeekdaysOnBusinessHours(IServiceCollection services) => services.Configure<EscalationOptions>(o =>
    {
        o.DeadlinesOnBusinessHours = true;
        o.StaffedHours[DayOfWeek.Saturday] = "closed";
        o.StaffedHours[DayOfWeek.Sunday] = "closed";
    });

    [Theory]
    // 24 business hours: Monday 08:00-20:00 and Tuesday 08:00-20:00.
    [InlineData("en-US", "My Q5 gas stove won't light since yesterday", "talk to a person",
        "You'll hear from us by 2026-11-24 20:00 (UTC+08:00 Asia/Shanghai), here in this chat. Our service team is back at 2026-11-23 08:00 (UTC+08:00 Asia/Shanghai).")]
    [InlineData("zh-CN", "我的Q5燃气灶昨天开始打不着火了", "转人工", "我们最迟在 2026-11-24 20:00（北京时间） 前在这里答复您。我们的客服团队将于 2026-11-23 08:00（北京时间） 上班。")]
    public async Task AFridayNightEscalationPromisesTheBusinessHoursDeadline(string locale, string complaint, string person, string promise)
    {
        await using var driver = await ConversationDriver.StartAsync(locale, FridayNight, WeekdaysOnBusinessHours);
        await driver.SayAsync(complaint);

        var said = string.Join("\n", (await driver.SayAsync(person)).Select(r => r.Text));

        var state = await driver.StateAsync();
        Assert.Equal(Escalated, state.Step);
        Assert.Contains(promise, said);
        Assert.DoesNotContain("within", said);
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        var stored = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == state.CaseNumber);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.FromHours(8)), stored.FirstResponseDue);
    }

    [Fact]
    public async Task OnClockHoursOutsideStaffedHoursTheDeadlineIsSaidOnceAsATimeBesideWhenTheTeamIsBack()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US", FridayNight);
        await driver.SayAsync("My Q5 gas stove won't light since yesterday");

        var said = string.Join("\n", (await driver.SayAsync("talk to a person")).Select(r => r.Text));

        Assert.Contains("You'll hear from us by 2026-11-21 21:00 (UTC+08:00 Asia/Shanghai)", said);
        Assert.DoesNotContain("within 24 hours", said);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(said, "hear from us"));
    }
}

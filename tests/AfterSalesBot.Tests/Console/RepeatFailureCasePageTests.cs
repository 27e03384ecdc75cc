using System.Text.RegularExpressions;
using AfterSalesBot.Tests.Conversations.Complaints;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

/// <summary>A repeat failure, from the customer's chat to the agent's case page: opened urgent, and the page says why.</summary>
public sealed partial class RepeatFailureCasePageTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task The_case_page_shows_the_raised_priority_and_the_earlier_repairs()
    {
        using var customer = await new DirectLineTestClient(fixture.Server).StartSessionAsync();
        var said = "";
        foreach (var line in RepeatFailureConversationTests.Script("JQ526062448", "new one"))
        {
            var replies = await customer.WaitForRepliesAsync(await customer.SendTextAsync(line.Say));
            said = string.Join(" ", replies.Select(r => (string?)r["text"]));
            Assert.Contains(line.Expect, said, StringComparison.OrdinalIgnoreCase);
        }
        var number = CaseNumber().Match(said).Value;

        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        var page = await agent.GetPageAsync($"/console/case/{number}");

        Assert.Contains("<span class=\"badge urgent\">Urgent</span>", page);
        Assert.Contains("Raised to urgent: this unit was repaired 2 time(s) before for the same fault (a repeat failure).", page);
        Assert.Matches(@"<dt>Earlier repairs of this fault</dt><dd>2</dd>", page);

        agent.Dispose();
        using var zh = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        await zh.GetAsync("/console/language/zh");
        Assert.Contains("已升为紧急：该设备的同一故障此前已维修 2 次（重复故障）。", await zh.GetPageAsync($"/console/case/{number}"));
    }

    [GeneratedRegex(@"AS-\d{8}-\d{4}")]
    private static partial Regex CaseNumber();
}

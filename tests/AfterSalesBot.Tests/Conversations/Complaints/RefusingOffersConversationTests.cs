using AfterSalesBot.Bot.Conversations.Complaints;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Saying no to offers, for each number of offers the bot can make: every refusal gets the next offer or, after the
/// last one (or the second refusal), a colleague — never "something went wrong" and never the same offer again.
/// </summary>
public sealed class RefusingOffersConversationTests
{
    public static TheoryData<string, int, string> Units => new()
    {
        { "YT925119853", 1, "en-US" },  // T9 hood, expired: a paid repair only
        { "YT926088377", 2, "en-US" },  // T9 hood sold 10 days ago: exchange or repair
        { "JQ526093898", 3, "en-US" },  // Q5 hob sold today: return, exchange or repair
        { "YT926088377", 2, "zh-CN" },
        { "JQ526093898", 3, "zh-CN" },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public async Task EachRefusalMovesOnUntilAColleagueTakesOver(string serial, int offers, string locale)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var zh = locale == "zh-CN";
        foreach (var line in zh
                     ? new[] { "烟机（或者灶）出问题了，不工作", "就这些", "对", serial, "今天", "没有", "维修", "13812345678" }
                     : ["my appliance stopped working", "that's all", "yes", serial, "today", "no", "repair", "13812345678"])
            await driver.SayAsync(line);
        var state = await driver.StateAsync();
        Assert.Equal(ComplaintStep.AwaitingAgreement, state.Step);
        Assert.Equal(offers, state.Offers.Count);

        var refusals = Math.Min(offers, 2);
        var seen = new List<string> { state.Offers[0].Description };
        for (var i = 1; i <= refusals; i++)
        {
            var replies = string.Join("\n", (await driver.SayAsync(zh ? "不要" : "no")).Select(r => r.Text));
            Assert.DoesNotContain(zh ? "出错" : "went wrong", replies);
            state = await driver.StateAsync();
            if (i < refusals)
            {
                Assert.Equal(ComplaintStep.AwaitingAgreement, state.Step);
                Assert.Equal(i, state.OfferIndex);
                Assert.DoesNotContain(state.Offers[i].Description, seen);
                Assert.Contains(state.Offers[i].Description.TrimEnd('.', '。'), replies);
                seen.Add(state.Offers[i].Description);
            }
            else
            {
                Assert.Equal(ComplaintStep.Escalated, state.Step);
                Assert.Matches("AS-", replies);
                // Refusing is not an emergency: the case waits at Normal, with what was refused on its sheet (ADR 0024).
                var opened = await driver.Get<AfterSalesBot.Escalation.Cases.ICaseDesk>().FindAsync(state.CaseNumber!, CancellationToken.None);
                Assert.Equal(AfterSalesBot.Escalation.Cases.CasePriority.Normal, opened!.Priority);
            }
        }
    }

    [Theory]
    [InlineData("en-US", "I am absolutely furious, this is the third time I write to you. I want to speak to a real person NOW")]
    [InlineData("zh-CN", "气死我了！！！我要找人工，马上！")]
    public async Task AnAngryCustomerWhoAsksForAPersonIsHeardButNotMadeUrgent(string locale, string text)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var replies = string.Join("\n", (await driver.SayAsync(text)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.Equal(ComplaintStep.Escalated, state.Step);
        Assert.True(state.Anger >= 2, replies);
        var opened = await driver.Get<AfterSalesBot.Escalation.Cases.ICaseDesk>().FindAsync(state.CaseNumber!, CancellationToken.None);
        Assert.Equal(AfterSalesBot.Escalation.Cases.CasePriority.Normal, opened!.Priority);
    }
}

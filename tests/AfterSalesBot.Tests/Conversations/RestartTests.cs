using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Conversations;

public sealed class RestartTests
{
    [Fact]
    public async Task HistoryStateAndTokensSurviveAHardRestart()
    {
        await using var server = await BotServer.StartNewAsync();
        using var before = await new DirectLineTestClient(server).StartSessionAsync();
        var first = await before.SendTextAsync("The hood is very loud");
        await before.WaitForRepliesAsync(first, 2); // greeting + placeholder
        var (historyBefore, _) = await before.GetActivitiesAsync();

        await server.KillAsync();
        await server.StartAsync();

        // The page hands back its stored token and resumes the same conversation.
        using var after = await new DirectLineTestClient(server).StartSessionAsync(before.Token);
        Assert.Equal(before.ConversationId, after.ConversationId);
        var (historyAfter, _) = await after.GetActivitiesAsync();
        Assert.Equal(historyBefore.Select(a => (string?)a!["id"]), historyAfter.Select(a => (string?)a!["id"]));

        // The state survived too: the bot does not greet a second time.
        var second = await after.SendTextAsync("Still loud");
        var replies = await after.WaitForRepliesAsync(second, 1);
        await Task.Delay(300);
        replies = await after.WaitForRepliesAsync(second, 1);
        Assert.Single(replies);
        Assert.DoesNotContain("Hello, I'm AfterSalesBot", (string?)replies[0]["text"]);
    }
}

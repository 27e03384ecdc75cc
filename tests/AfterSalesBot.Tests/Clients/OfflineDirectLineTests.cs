using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Clients;

/// <summary>
/// The real offline-directline emulator (npm) in front of <c>/api/messages</c>, with the real DirectLineJS
/// client: the bot's replies and proactive messages go out through our connector client to the
/// emulator's service URL (empty 200 bodies and all) and reach the polling client.
/// </summary>
public sealed class OfflineDirectLineTests
{
    [Fact]
    public async Task RepliesAndProactiveMessagesReachAClientThroughOfflineDirectLine()
    {
        await using var server = await BotServer.StartNewAsync(new Dictionary<string, string> { ["Admin__ApiKey"] = "odl-key", ["Bot__AllowAnonymous"] = "true" });
        // Three minutes, not the default 90 s: on a loaded CI machine the emulator's 200 ms polls, the outbox and the
        // connector's retries share two cores with the rest of the suite. The script reports the stage it reached.
        var run = await NodeScript.RunAsync("offline-directline-roundtrip.js", server, ["odl-key"], TimeSpan.FromMinutes(3));

        var outcome = run.Result();
        Assert.Equal((string?)outcome["postedId"], (string?)outcome["replyToId"]);
        Assert.Matches("listening|Is that correct\\?", (string?)outcome["replyText"]);
        Assert.Null((string?)outcome["proactiveReplyToId"]);
    }
}

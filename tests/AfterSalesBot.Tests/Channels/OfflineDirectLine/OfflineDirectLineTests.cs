using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Channels.OfflineDirectLine;

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
        await using var server = await BotServer.StartNewAsync(new Dictionary<string, string> { ["Admin__ApiKey"] = "odl-key" });
        var script = Path.Combine(RepoPaths.Root, "tests", "AfterSalesBot.Tests", "Channels", "OfflineDirectLine", "offline-directline-roundtrip.js");

        var result = await NodeScript.RunAsync(script, server.BaseUrl.ToString().TrimEnd('/'), "odl-key");

        Assert.True(result.ExitCode == 0, result.Describe() + "\n--- host ---\n" + server.Output);
        var outcome = JsonNode.Parse(result.LastLine)!;
        Assert.Equal((string?)outcome["postedId"], (string?)outcome["replyToId"]);
        Assert.Contains("being prepared", (string?)outcome["replyText"]);
        Assert.Null((string?)outcome["proactiveReplyToId"]);
    }
}

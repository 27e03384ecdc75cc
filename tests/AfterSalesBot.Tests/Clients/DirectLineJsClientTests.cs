using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Clients;

/// <summary>
/// The real npm client, botframework-directlinejs 0.15.8, against the real host: each fact runs one scenario
/// script under Node and checks what the client saw. Connection statuses: 0 uninitialised, 1 connecting,
/// 2 online, 3 expired token, 4 failed to connect, 5 ended.
/// </summary>
public sealed class DirectLineJsClientTests(DirectLineJsClientTests.Server fixture) : IClassFixture<DirectLineJsClientTests.Server>
{
    private const int Online = 2, ExpiredToken = 3, FailedToConnect = 4, Ended = 5;

    /// <summary>A host with one-second keep-alives, so the WebSocket scenarios see them.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public BotServer Host { get; private set; } = null!;

        public async Task InitializeAsync() =>
            Host = await BotServer.StartNewAsync(new Dictionary<string, string> { ["DirectLine__HeartbeatInterval"] = "00:00:01" });

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task PollingClientGoesOnlineAndSeesItsEchoAndTheBotsReplies()
    {
        var run = await NodeScript.RunAsync("polling.js", fixture.Host);
        var result = run.Result();

        Assert.Contains(Online, Ints(result["statuses"]));
        var posted = (string)result["postedId"]!;
        Assert.False(posted == "retry", run.Transcript);
        Assert.StartsWith((string)result["conversationId"]! + "|", posted);
        Assert.Equal((string?)result["conversationId"], (string?)result["adoptedConversationId"]);
        Assert.Equal(posted, (string?)result["echo"]!["id"]);
        Assert.Equal((string?)result["clientActivityID"], (string?)result["echo"]!["clientActivityID"]);
        Assert.Equal("user", (string?)result["echo"]!["role"]);

        var replies = result["replies"]!.AsArray();
        Assert.Equal(2, replies.Count);
        Assert.All(replies, r => Assert.Equal(posted, (string?)r!["replyToId"]));
        Assert.All(replies, r => Assert.Equal("bot", (string?)r!["role"]));
        Assert.Matches("I'm listening|Is that correct\\?", (string?)replies[^1]!["text"]);

        var watermarkTypes = Strings(result["watermarkTypes"]);
        Assert.NotEmpty(watermarkTypes);
        Assert.All(watermarkTypes, t => Assert.Equal("string", t));
        Assert.Equal(0, (int)result["socketsOpened"]!);
    }

    [Fact]
    public async Task WebSocketClientReceivesEchoAndRepliesOverTheSocketAndToleratesKeepAlives()
    {
        var run = await NodeScript.RunAsync("websocket.js", fixture.Host);
        var result = run.Result();

        var first = (string)result["first"]!;
        Assert.False(first == "retry", run.Transcript);
        Assert.StartsWith("ws-1-", (string?)result["firstEcho"]!["clientActivityID"]);
        Assert.Equal(first, (string?)result["firstEcho"]!["id"]);
        Assert.All(result["replies"]!.AsArray(), r => Assert.Equal(first, (string?)r!["replyToId"]));
        Assert.Equal(2, result["replies"]!.AsArray().Count);

        // Everything came over sockets: the client never polled.
        Assert.Equal(0, (int)result["activityPolls"]!);
        var socket = result["sockets"]![0]!;
        Assert.Contains(first, Strings(socket["activityIds"]));
        Assert.True((int)socket["keepAlives"]! >= 1, run.Transcript);
        Assert.Equal("string", (string?)socket["lastWatermarkType"]);
    }

    [Fact]
    public async Task WebSocketClientReconnectsByWatermarkAfterTheSocketDropsWithoutGapsOrRepeats()
    {
        var run = await NodeScript.RunAsync("websocket.js", fixture.Host);
        var result = run.Result();

        var reconnect = Assert.Single(result["reconnects"]!.AsArray());
        Assert.EndsWith("?watermark=" + (string)result["watermarkAtDrop"]!, (string?)reconnect!["path"]);
        Assert.Equal(200, (int)reconnect["status"]!);
        var sockets = result["sockets"]!.AsArray();
        Assert.Equal(2, sockets.Count);
        Assert.Contains((string)result["second"]!, Strings(sockets[1]!["activityIds"]));

        // Ids end in the zero-padded watermark: 1, 2, 3 before the drop, 4 and 5 (sent meanwhile) after it.
        var sequences = Strings(result["storedIds"]).Select(id => int.Parse(id[(id.LastIndexOf('|') + 1)..])).ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
        Assert.True(sequences.Count >= 5, run.Transcript);
    }

    [Fact]
    public async Task NewWebSocketClientResumingByConversationIdReplaysTheWholeHistory()
    {
        var run = await NodeScript.RunAsync("websocket-resume.js", fixture.Host);
        var result = run.Result();

        Assert.Equal(Strings(result["idsBefore"]), Strings(result["idsAfter"]));
        Assert.Equal(5, Strings(result["idsAfter"]).Count); // two messages, greeting and two placeholders
        Assert.Contains(Online, Ints(result["statusesAfter"]));
        Assert.All(result["reconnects"]!.AsArray(), r => Assert.Equal(200, (int)r!["status"]!));
        Assert.Equal(2, (int)result["socketsOpened"]!);
    }

    [Fact]
    public async Task PollingClientResumingFromAWatermarkReceivesOnlyLaterActivities()
    {
        var run = await NodeScript.RunAsync("resume-watermark.js", fixture.Host);
        var result = run.Result();

        var after = Strings(result["idsAfter"]);
        Assert.Equal(Strings(result["expectedAfter"]), after);
        Assert.Contains((string)result["second"]!, after);
        Assert.DoesNotContain((string)result["first"]!, after);
        Assert.Equal(2, after.Count); // the second message and its one reply
    }

    [Fact]
    public async Task RefreshedTokenIsNewAndWorksInTheSameConversation()
    {
        var run = await NodeScript.RunAsync("refresh.js", fixture.Host);
        var result = run.Result();

        Assert.Equal(200, (int)result["refreshStatus"]!);
        Assert.True((bool)result["tokenChanged"]!, run.Transcript);
        Assert.Equal((string?)result["conversationId"], (string?)result["refreshedConversationId"]);
        Assert.True((int)result["expiresIn"]! > 0);
        Assert.Contains(Online, Ints(result["statuses"]));
        Assert.Equal((string?)result["userId"], (string?)result["echoFrom"]);
        Assert.Equal(2, (int)result["replies"]!);
        Assert.Equal(403, (int)result["forgedStatus"]!);
    }

    [Fact]
    public async Task ATokenThatExpiresWhileOnlineEndsInExpiredToken()
    {
        await using var shortLived = await BotServer.StartNewAsync(new Dictionary<string, string> { ["DirectLine__TokenLifetime"] = "00:00:03" });
        var run = await NodeScript.RunAsync("expired.js", shortLived, ["while-online"]);
        var result = run.Result();

        Assert.Equal([0, 1, Online, ExpiredToken], Ints(result["statuses"]).Take(4));
        Assert.Equal(ExpiredToken, (int)result["finalStatus"]!);
        Assert.Equal(403, (int)result["requests"]!.AsArray()[^1]!["status"]!);
    }

    [Fact]
    public async Task AClientStartedWithAnExpiredTokenIsRefusedAndFailsToConnect()
    {
        await using var shortLived = await BotServer.StartNewAsync(new Dictionary<string, string> { ["DirectLine__TokenLifetime"] = "00:00:02" });
        var run = await NodeScript.RunAsync("expired.js", shortLived, ["at-start"]);
        var result = run.Result();

        // DirectLineJS turns any failed start into FailedToConnect; the server's part is the 403.
        var start = Assert.Single(result["requests"]!.AsArray());
        Assert.Equal(403, (int)start!["status"]!);
        Assert.Equal(FailedToConnect, (int)result["finalStatus"]!);
        Assert.DoesNotContain(Online, Ints(result["statuses"]));
    }

    [Fact]
    public async Task PollingAConversationThatDoesNotExistEndsTheClient()
    {
        var run = await NodeScript.RunAsync("unknown.js", fixture.Host, ["polling"]);
        var result = run.Result();

        Assert.Equal(Ended, (int)result["finalStatus"]!);
        var poll = Assert.Single(result["requests"]!.AsArray());
        Assert.Equal(404, (int)poll!["status"]!);
        Assert.Equal(0, (int)result["activities"]!);
    }

    [Fact]
    public async Task StartingAConversationThatDoesNotExistWithTheSecretGets404AndFailsToConnect()
    {
        var run = await NodeScript.RunAsync("unknown.js", fixture.Host, ["start"]);
        var result = run.Result();

        var start = Assert.Single(result["requests"]!.AsArray());
        Assert.Equal("/v3/directline/conversations/doesnotexist", (string?)start!["path"]);
        Assert.Equal(404, (int)start["status"]!);
        Assert.Equal(FailedToConnect, (int)result["finalStatus"]!);
    }

    [Fact]
    public async Task TypingReachesWebSocketClientsButNotPollingClients()
    {
        var run = await NodeScript.RunAsync("typing.js", fixture.Host);
        var result = run.Result();

        var typing = Assert.Single(result["socketTyping"]!.AsArray());
        Assert.Equal("bot", (string?)typing!["role"]);
        Assert.Equal((string?)result["postedId"], (string?)typing["replyToId"]);
        Assert.Empty(result["pollingTyping"]!.AsArray());
        Assert.Equal(2, (int)result["pollingReplies"]!); // the poller was listening: it saw the replies
    }

    private static List<int> Ints(JsonNode? array) => array!.AsArray().Select(n => (int)n!).ToList();

    private static List<string> Strings(JsonNode? array) => array!.AsArray().Select(n => (string)n!).ToList();
}

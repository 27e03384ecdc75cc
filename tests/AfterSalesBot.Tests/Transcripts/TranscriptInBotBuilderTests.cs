using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Channels.Messages;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Transcripts;

/// <summary>
/// The console's <c>.transcript</c> export of a Teams conversation, read by the Bot Framework's own reader: botbuilder-core's
/// <c>MemoryTranscriptStore</c> from npm, paging 20 activities at a time by activity id, filing each activity under its
/// channel and conversation. Real host, Teams over <c>/api/messages</c> with the connector stub on loopback (anonymous mode).
/// </summary>
public sealed class TranscriptInBotBuilderTests : IAsyncLifetime
{
    private const string Supervisor = "sup.export";
    private StubConnectorServer _channel = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _channel = await StubConnectorServer.StartAsync(uniqueIds: true);
        _server = await BotServer.StartNewAsync(new Dictionary<string, string> { ["Outbox__PollInterval"] = "00:00:00.200", ["Bot__AllowAnonymous"] = "true" });
        await ConsoleSession.CreateAccountAsync(_server, Supervisor, StaffRoles.Supervisor);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _channel.DisposeAsync();
    }

    private static readonly string[] Customer =
    [
        "My Q5 gas stove will not light since yesterday", "that is all", "yes", "it clicks but there is no flame",
        "I want to talk to a person", "how long will it take?", "ok", "any news?", "still waiting", "thanks", "hello?", "ok, I will wait",
        "are you there?",
    ];

    [Fact]
    public async Task BotBuilderReadsEveryActivityOfAnExportedTeamsConversationUnderOneConversationInOrder()
    {
        var conversation = "teams-" + Guid.NewGuid().ToString("N");
        for (var i = 0; i < Customer.Length; i++)
        {
            var id = $"in{i:D2}";
            await PostAsync(TeamsActivities.Message(_channel.BaseAddress, conversation, id, Customer[i], "29:user-chen"));
            await WaitAsync(() => _channel.Requests.Any(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)
                && r.RawTarget.EndsWith("/" + id, StringComparison.Ordinal)), $"a reply to message {i}");
        }
        await WaitAsync(async () =>
        {
            await using var db = OpenBotDatabase();
            return !await db.Outbox.AnyAsync(o => o.ConversationId == conversation && o.State != OutboxState.Delivered);
        }, "every reply delivered");
        await SeedAgreementAsync(conversation);

        using var supervisor = await ConsoleSession.SignInAsync(_server, Supervisor);
        using var export = await supervisor.GetAsync($"/console/supervisor/transcript/{Uri.EscapeDataString(conversation)}?handler=Export&format=transcript");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var file = Path.Combine(_server.DataDirectory, "teams.transcript");
        await File.WriteAllBytesAsync(file, await export.Content.ReadAsByteArrayAsync());

        var result = (await NodeScript.RunAsync("transcript-store.js", _server, [file])).Result();
        Assert.True((int)result["exported"]! >= 26, result.ToJsonString());
        Assert.Equal((int)result["exported"]!, (int)result["read"]!);
        Assert.Equal(["msteams/" + conversation], result["conversations"]!.AsArray().Select(c => (string)c!));
        Assert.True((bool)result["orderKept"]!, result.ToJsonString());
        Assert.Equal(0, (int)result["withoutId"]!);
        Assert.Equal(0, (int)result["duplicateIds"]!);
        Assert.Equal(0, (int)result["withoutFrom"]!);
        Assert.Equal(0, (int)result["withoutRecipient"]!);
        Assert.Empty(result["notUtcZ"]!.AsArray());
        Assert.Equal(1, (int)result["agreementEvents"]!);
    }

    [Fact]
    public async Task ABotReplyOnTeamsKeepsTheIdTheChannelGaveIt()
    {
        var conversation = "teams-" + Guid.NewGuid().ToString("N");
        await PostAsync(TeamsActivities.Message(_channel.BaseAddress, conversation, "first", Customer[0], "29:user-chen"));
        await WaitAsync(async () =>
        {
            await using var db = OpenBotDatabase();
            return await db.Outbox.AnyAsync(o => o.ConversationId == conversation)
                && !await db.Outbox.AnyAsync(o => o.ConversationId == conversation && o.State != OutboxState.Delivered);
        }, "the replies delivered");

        await using var bot = OpenBotDatabase();
        var replies = await bot.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversation && t.Direction == TranscriptDirection.Outbound).ToListAsync();
        Assert.NotEmpty(replies);
        Assert.All(replies, r =>
        {
            Assert.StartsWith("1:stub", r.ActivityId);
            Assert.Equal(r.ActivityId, (string?)JsonNode.Parse(r.ActivityJson)!["id"]);
        });
    }

    /// <summary>An offer made between the customer's messages, refused a minute later (the ledger the desk writes).</summary>
    private async Task SeedAgreementAsync(string conversation)
    {
        await using var db = ConsoleSession.OpenDatabase(_server);
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.ConversationId == conversation);
        await using var bot = OpenBotDatabase();
        var lines = await bot.Transcript.AsNoTracking().Where(t => t.ConversationId == conversation).OrderBy(t => t.Sequence).ToListAsync();
        var at = lines[lines.Count / 2].Timestamp.AddTicks(1);
        var offer = new RemedyOffer
        {
            Id = Guid.CreateVersion7(at), CaseNumber = c.Number, ConversationId = conversation, OfferedBy = "bot", RemedyKind = "FreeRepair",
            RemedyCost = 0m, RemedyCurrency = "CNY", RemedyGrantedBy = "Bot", RemedyDescription = "Free repair of the igniter",
            PolicyCode = "KITCHEN-STD", PolicyVersion = 1, OfferedAt = at, Sequence = 1,
        };
        db.Offers.Add(offer);
        db.Answers.Add(new RemedyAnswer { OfferId = offer.Id, Answer = RemedyAnswers.Refused, AnsweredAt = at.AddTicks(1) });
        await db.SaveChangesAsync();
    }

    private SqliteBotDbContext OpenBotDatabase() => new(new DbContextOptionsBuilder<SqliteBotDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_server.DataDirectory, "aftersalesbot.db"), Pooling = false }.ToString())
        .Options);

    private async Task PostAsync(JsonObject activity)
    {
        using var http = _server.CreateClient();
        using var response = await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private Task WaitAsync(Func<bool> done, string what) => WaitAsync(() => Task.FromResult(done()), what);

    private async Task WaitAsync(Func<Task<bool>> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited in vain for {what}.\n{_server.Output}");
            await Task.Delay(100);
        }
    }
}

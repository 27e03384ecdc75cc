using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Storage;

/// <summary>
/// A whole complaint through the real host (its own process, migrating its own database at start) over the self-hosted
/// Direct Line: the customer agrees a repair and is given a case number; the case, its events and the transcript are what
/// the database holds, and they survive a crash. On SQLite here, on PostgreSQL in the subclass.
/// </summary>
public class ComplaintOverDirectLineTests : IAsyncLifetime
{
    private readonly StorageEngine _engine;
    private HostDatabase _database = null!;
    private BotServer _server = null!;

    public ComplaintOverDirectLineTests() : this(StorageEngine.Sqlite)
    {
    }

    protected ComplaintOverDirectLineTests(StorageEngine engine) => _engine = engine;

    public async Task InitializeAsync()
    {
        _database = await HostDatabase.CreateAsync(_engine, "complaint");
        _server = await _database.StartServerAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ACustomerWhoAgreesARepairGetsACaseNumberAndTheCaseAndTranscriptAreStored()
    {
        var (customer, number) = await ConsoleCustomer.AgreeRepairAsync(_server);

        Assert.Matches(@"^AS-\d{8}-\d{4}$", number);
        await using (var escalation = _database.OpenEscalation())
        {
            var stored = await escalation.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
            Assert.Equal((customer.ConversationId, CaseStatus.ActionPending, "5678"), (stored.ConversationId, stored.Status, stored.PhoneLastFour));
            Assert.NotEmpty(await escalation.Agreements.AsNoTracking().Where(a => a.CaseNumber == number).ToListAsync());
            Assert.NotEmpty(await escalation.Events.AsNoTracking().Where(e => e.CaseNumber == number).ToListAsync());
        }
        await using var bot = _database.OpenBot();
        var lines = await bot.Transcript.AsNoTracking().Where(t => t.ConversationId == customer.ConversationId && t.Type == "message")
            .OrderBy(t => t.Sequence).ToListAsync();
        var said = lines.Where(t => t.Direction == TranscriptDirection.Inbound).Select(t => t.Text).ToList();
        Assert.Equal(ConsoleCustomer.RepairAgreed.Select(step => step.Say), said);
        Assert.Contains(lines, t => t.Direction == TranscriptDirection.Outbound && t.Text!.Contains(number, StringComparison.Ordinal));
        var record = await bot.Conversations.AsNoTracking().SingleAsync(c => c.Id == customer.ConversationId);
        Assert.Equal(number, record.CaseNumber);
    }

    [Fact]
    public async Task AfterACrashTheCustomersHistoryIsWhereItWasAndTheConversationGoesOn()
    {
        var customer = await new DirectLineTestClient(_server).StartSessionAsync();
        await customer.WaitForRepliesAsync(await customer.SendTextAsync(ConsoleCustomer.RepairAgreed[0].Say));
        var (before, _) = await customer.GetActivitiesAsync();

        await _server.RestartOnSamePortAsync();

        var (after, _) = await customer.GetActivitiesAsync();
        Assert.Equal(before.Select(a => (string?)a!["id"]), after.Select(a => (string?)a!["id"]));
        var replies = await customer.WaitForRepliesAsync(await customer.SendTextAsync(ConsoleCustomer.RepairAgreed[1].Say));
        Assert.Contains(replies, r => ((string?)r["text"] ?? "").Contains(ConsoleCustomer.RepairAgreed[1].Expect, StringComparison.Ordinal));
    }
}

/// <summary>The same complaint with the host on a database of the run's throwaway PostgreSQL cluster.</summary>
public sealed class ComplaintOverDirectLineOnPostgreSqlTests() : ComplaintOverDirectLineTests(StorageEngine.PostgreSql);

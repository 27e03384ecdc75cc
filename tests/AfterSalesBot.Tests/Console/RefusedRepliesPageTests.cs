using System.Net;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>
/// Replies the channel refused for good (parked in the bot's outbox) appear on the supervisor's open-cases page, over
/// real HTTP on the real host. The parked rows are seeded straight into the host's Bot database: driving a real 403
/// from a Teams channel takes a connector stub and a host configured for it (ConnectorOutboxTests does that); here
/// the page only reads what a parking leaves (state Parked, finish time, last error, the transcript row's text).
/// </summary>
public sealed class RefusedRepliesPageTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task A_supervisor_sees_each_refused_reply_with_its_case_number_escaped_in_English_and_in_Chinese()
    {
        var (customer, caseNumber) = await ConsoleCustomer.EscalateAsync(fixture.Server, "My Q5 gas stove will not light since yesterday");
        var teams = "a:1teams-refused-" + Guid.NewGuid().ToString("N");
        const string Hostile = "We heard: <script>alert(1)</script> & more";
        await using (var db = OpenBotDatabase())
        {
            // The case conversation: the bot's reply carrying the case number is the one refused.
            var reply = await db.Transcript.AsNoTracking()
                .Where(t => t.ConversationId == customer.ConversationId && t.Direction == TranscriptDirection.Outbound && t.Text!.Contains(caseNumber))
                .OrderBy(t => t.Sequence).FirstAsync();
            db.Outbox.Add(Parked(customer.ConversationId, reply.Sequence, "ConnectorException: 404 Not Found (conversation gone)"));
            // A conversation without a case, whose reply repeats what the customer typed.
            db.Transcript.Add(new TranscriptEntry
            {
                ConversationId = teams, Sequence = 1, Direction = TranscriptDirection.Outbound, Type = "message", ChannelId = "msteams",
                SenderRole = "bot", Text = Hostile, Timestamp = DateTimeOffset.UnixEpoch, ActivityJson = "{}",
            });
            db.Outbox.Add(Parked(teams, 1, "ConnectorException: 403 <Forbidden>"));
            await db.SaveChangesAsync();
        }

        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var section = RefusedSection(await supervisor.GetPageAsync("/console/supervisor/cases"));
        Assert.Contains("Replies the channel refused", section);
        Assert.Contains($"<a href=\"/console/case/{caseNumber}\">{caseNumber}</a>", section);
        Assert.Contains("404 Not Found (conversation gone)", section);
        Assert.Contains("no case", section);
        Assert.Contains("/console/supervisor/transcript/" + Uri.EscapeDataString(teams), section);
        Assert.Contains("We heard: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more", section);
        Assert.DoesNotContain("<script>alert(1)</script>", section);
        Assert.Contains("403 &lt;Forbidden&gt;", section);
        // The newest parking first: the Teams conversation was parked later than the case conversation.
        var (teamsAt, caseAt) = (section.IndexOf($"title=\"{teams}\"", StringComparison.Ordinal), section.IndexOf(caseNumber, StringComparison.Ordinal));
        Assert.True(teamsAt >= 0 && caseAt > teamsAt, $"Teams row at {teamsAt}, case row at {caseAt}.");

        await supervisor.GetAsync("/console/language/zh?returnUrl=/console");
        var chinese = RefusedSection(await supervisor.GetPageAsync("/console/supervisor/cases"));
        Assert.Contains("渠道拒收的回复", chinese);
        Assert.Contains("无案件", chinese);

        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        Assert.Contains("/console/denied", (await agent.GetAsync("/console/supervisor/cases")).Headers.Location!.OriginalString);
    }

    private static int _parked;

    private static OutboxItem Parked(string conversation, long sequence, string error)
    {
        var at = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero).AddMinutes(Interlocked.Increment(ref _parked));
        return new OutboxItem
        {
            ConversationId = conversation, Sequence = sequence, ChannelId = "msteams", State = OutboxState.Parked, Attempts = 1,
            NextAttemptAt = at, CreatedAt = at.AddSeconds(-1), FinishedAt = at, LastError = error,
        };
    }

    private static string RefusedSection(string page)
    {
        var start = page.IndexOf("<section class=\"refused-replies\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "No refused-replies section on the page.");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private SqliteBotDbContext OpenBotDatabase() => new(new DbContextOptionsBuilder<SqliteBotDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(fixture.Server.DataDirectory, "aftersalesbot.db"), Pooling = false }.ToString())
        .Options);
}

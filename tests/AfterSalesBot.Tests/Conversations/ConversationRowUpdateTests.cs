using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Language;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Tests.Conversations;

/// <summary>
/// The conversation's row as a turn writes it (ADR 0050): only the columns the turn changed, plus the two that retention
/// and erasure write outside any turn, fenced by the turn count the turn loaded. The row after each turn must be what a
/// whole-row update gave. On the real pipeline and a SQLite file, with EF's command log.
/// </summary>
public sealed class ConversationRowUpdateTests
{
    [Fact]
    public async Task ASecondTurnWritesTheColumnsItChangedAndKeepsTheSummaryAndStartOfTheFirst()
    {
        var bot = new ScriptedBot();
        var logs = new CapturedLogs();
        await using var host = await StartAsync(bot, logs);
        var (conversation, user) = await host.OpenConversationAsync();

        bot.Next = turn =>
        {
            turn.State = "step-1";
            turn.Summary = new ConversationSummary("KT-200", TranscriptOutcomes.NoComplaint, null, null, ["R1"], 1, 0, false);
        };
        await SayAsync(host, conversation, user, "first");
        await using (var db = host.CreateDbContext())
            Assert.Equal("step-1", (await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation)).State);
        var before = logs.Lines.Count;
        bot.Next = turn => turn.State = "step-2";
        await SayAsync(host, conversation, user, "second");

        var update = Assert.Single(logs.Lines.Skip(before), l => l.Contains("UPDATE \"Conversations\"", StringComparison.Ordinal));
        Assert.Contains("\"State\" = ", update);
        Assert.Contains("\"TurnCount\" = ", update);
        Assert.Contains("\"ErasedAt\" = ", update);
        Assert.DoesNotContain("\"CreatedAt\" = ", update);
        Assert.DoesNotContain("\"ChannelId\" = ", update);
        Assert.DoesNotContain("\"Product\" = ", update);
        await using var check = host.CreateDbContext();
        var row = await check.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation);
        Assert.Equal(("step-2", 2L, "KT-200", "R1", 1, "directline"), (row.State, row.TurnCount, row.Product, row.ReasonCodes, row.OffersMade, row.ChannelId));
        Assert.True(row.UpdatedAt >= row.CreatedAt);
    }

    [Fact]
    public async Task AnErasureBetweenATurnsLoadAndItsCommitIsOverwrittenAsAWholeRowUpdateDid()
    {
        var bot = new ScriptedBot();
        await using var host = await StartAsync(bot, new CapturedLogs());
        var (conversation, user) = await host.OpenConversationAsync();
        bot.Next = turn => turn.State = "step-1";
        await SayAsync(host, conversation, user, "first");

        // Retention writes State and ErasedAt without the turn's fence; a turn that loaded before it commits over it.
        bot.NextAsync = async turn =>
        {
            await using var other = host.CreateDbContext();
            await other.Conversations.Where(c => c.Id == conversation)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, (string?)null).SetProperty(c => c.ErasedAt, DateTimeOffset.UnixEpoch));
            turn.State = "step-2";
        };
        await SayAsync(host, conversation, user, "second");

        await using var db = host.CreateDbContext();
        var row = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation);
        Assert.Equal(("step-2", (DateTimeOffset?)null, 2L), (row.State, row.ErasedAt, row.TurnCount));
    }

    private static Task<PipelineHost> StartAsync(ScriptedBot bot, CapturedLogs logs) => PipelineHost.StartAsync(s =>
    {
        PipelineHost.ReplaceBot(s, bot);
        s.AddSingleton<ILoggerProvider>(logs);
    }, settings: new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
    });

    private static async Task SayAsync(PipelineHost host, string conversation, string user, string text)
    {
        await host.Get<TurnInbox>().AcceptAsync(TurnPipelineTests.UserMessage(conversation, user, text), selfHosted: true, CancellationToken.None);
        await host.DrainAsync();
    }

    /// <summary>A bot whose next turn the test decides.</summary>
    private sealed class ScriptedBot : IBot
    {
        public Action<TurnContext> Next { get; set; } = _ => { };

        public Func<TurnContext, Task>? NextAsync { get; set; }

        public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
        {
            if (NextAsync is { } next) await next(turn);
            else Next(turn);
            turn.Reply("ok: " + turn.Activity.Text);
        }
    }
}

using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Kpis;
using AfterSalesBot.Bot.Transcripts;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.Kpis;
using AfterSalesBot.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Kpis;

/// <summary>
/// The search and KPI queries translate whole on SQL Server (no machine here runs one; printing the SQL needs no
/// connection, and a query EF cannot translate throws instead of printing).
/// </summary>
public sealed class SqlServerTranslationTests
{
    private const string Unused = "Server=unused;Database=AfterSalesBot;TrustServerCertificate=True";
    private static readonly KpiPeriod Period = new(new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), new(2026, 11, 22, 16, 0, 0, TimeSpan.Zero), "msteams");

    [Fact]
    public void TheTranscriptSearchTranslates()
    {
        using var db = new SqlServerBotDbContext(new DbContextOptionsBuilder<SqlServerBotDbContext>().UseSqlServer(Unused).Options);
        var query = new TranscriptQuery(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), "msteams", "Q5", TranscriptOutcomes.NoComplaint,
            "灶具 100%");

        var sql = TranscriptSearch.Page(db, TranscriptSearch.Filter(db, query, ["JZT-Q5"]), "%灶具%", 25, 25).ToQueryString();
        var find = TranscriptSearch.Project(db, db.Conversations.Where(c => c.Id == "x"), null).ToQueryString();

        Assert.Contains("LIKE", sql);
        Assert.Contains("ESCAPE N'\\'", sql);
        Assert.Contains("OFFSET", sql);
        Assert.Contains("MAX(", find);
    }

    [Fact]
    public void TheKpiQueriesTranslate()
    {
        using var bot = new SqlServerBotDbContext(new DbContextOptionsBuilder<SqlServerBotDbContext>().UseSqlServer(Unused).Options);
        using var knowledge = new SqlServerKnowledgeDbContext(new DbContextOptionsBuilder<SqlServerKnowledgeDbContext>().UseSqlServer(Unused).Options);
        using var escalation = new SqlServerEscalationDbContext(new DbContextOptionsBuilder<SqlServerEscalationDbContext>().UseSqlServer(Unused).Options);

        Assert.Contains("[Outcome]", ConversationStatistics.Complaints(bot, Period).ToQueryString());
        var model = ConversationStatistics.LanguageModel(bot, Period).ToQueryString();
        Assert.Contains("[ModelTokens] AS bigint)", model);
        Assert.Contains("COUNT(*)", model);
        Assert.Contains("HAVING", AfterSalesBot.Knowledge.KnowledgeReader.RepeatFailures(knowledge, new DateOnly(2026, 11, 21), new DateOnly(2026, 11, 23)).ToQueryString());
        Assert.Contains("COALESCE", KpiService.Cases(escalation, Period).ToQueryString());
        Assert.Contains("N'Reopened'", KpiService.Reopened(escalation, Period).ToQueryString());
    }
}

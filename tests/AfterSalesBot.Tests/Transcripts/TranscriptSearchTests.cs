using AfterSalesBot.Bot.Transcripts;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Transcripts;

/// <summary>Each filter of the transcript search on a real SQLite file (<see cref="TranscriptSeed"/>); on PostgreSQL in the subclass.</summary>
public class TranscriptSearchTests : IAsyncLifetime
{
    private readonly StorageEngine _engine;
    private PostgreSqlDatabase? _postgreSql;
    private PipelineHost _host = null!;
    private ITranscripts _transcripts = null!;

    public TranscriptSearchTests() : this(StorageEngine.Sqlite)
    {
    }

    protected TranscriptSearchTests(StorageEngine engine) => _engine = engine;

    public async Task InitializeAsync()
    {
        if (_engine == StorageEngine.PostgreSql) _postgreSql = await PostgreSqlDatabase.CreateAsync("transcripts");
        _host = await PipelineHost.StartAsync(s => s.AddSingleton<ITranscripts, TranscriptStore>(), settings: _postgreSql?.Settings());
        await TranscriptSeed.WriteAsync(_host);
        _transcripts = _host.Get<ITranscripts>();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
    }

    private async Task<IReadOnlyList<string>> FoundAsync(TranscriptQuery query) =>
        [.. (await _transcripts.SearchAsync(query, default)).Items.Select(i => i.ConversationId)];

    [Fact]
    public async Task WithoutFiltersListsEveryConversationNewestFirst() =>
        Assert.Equal(["conv-d", "conv-c", "conv-b", "conv-a"], await FoundAsync(new TranscriptQuery()));

    [Fact]
    public async Task FiltersByTheUtcDayTheConversationStarted()
    {
        Assert.Equal(["conv-b"], await FoundAsync(new TranscriptQuery(From: new DateOnly(2026, 11, 21), To: new DateOnly(2026, 11, 21))));
        Assert.Equal(["conv-d", "conv-c"], await FoundAsync(new TranscriptQuery(From: new DateOnly(2026, 11, 22))));
        Assert.Equal(["conv-b", "conv-a"], await FoundAsync(new TranscriptQuery(To: new DateOnly(2026, 11, 21))));
    }

    [Fact]
    public async Task FiltersByChannel() =>
        Assert.Equal(["conv-b"], await FoundAsync(new TranscriptQuery(Channel: "msteams")));

    [Theory]
    [InlineData("q5")]     // part of the model code, any case
    [InlineData("gas hob")] // the English name
    [InlineData("燃气灶")]  // the Chinese name
    public async Task FiltersByProductCodeOrName(string product) =>
        Assert.Equal(["conv-d", "conv-a"], await FoundAsync(new TranscriptQuery(Product: product)));

    [Theory]
    [InlineData(TranscriptOutcomes.Agreed, "conv-a")]
    [InlineData(TranscriptOutcomes.Escalated, "conv-b")]
    [InlineData(TranscriptOutcomes.InProgress, "conv-d")]
    [InlineData(TranscriptOutcomes.NoComplaint, "conv-c")]
    public async Task FiltersByOutcome(string outcome, string found) =>
        Assert.Equal([found], await FoundAsync(new TranscriptQuery(Outcome: outcome)));

    [Theory]
    [InlineData("gas", new[] { "conv-a" })]
    [InlineData("stove", new[] { "conv-d", "conv-a" })]          // any case, customer or bot
    [InlineData("打不着火", new[] { "conv-a" })]
    [InlineData("100%_", new[] { "conv-b" })]                     // wildcards are literal
    [InlineData("0%", new[] { "conv-b" })]
    [InlineData("leaks", new[] { "conv-b" })]                     // only messages: conv-d's event does not count
    [InlineData("stove light", new[] { "conv-a" })]               // every word must appear
    [InlineData("refrigerator", new string[0])]
    public async Task FiltersByWordsInTheMessages(string words, string[] found) =>
        Assert.Equal(found, await FoundAsync(new TranscriptQuery(Words: words)));

    [Fact]
    public async Task TheSnippetIsTheFirstMessageWithTheWordElseTheCustomersFirst()
    {
        var chinese = (await _transcripts.SearchAsync(new TranscriptQuery(Words: "周一"), default)).Items.Single();
        var plain = (await _transcripts.SearchAsync(new TranscriptQuery(Outcome: TranscriptOutcomes.Agreed), default)).Items.Single();

        Assert.Equal("灶具打不着火，从周一开始", chinese.Snippet);
        Assert.Equal("My gas stove won't light", plain.Snippet);
    }

    [Fact]
    public async Task CombinesFilters() =>
        Assert.Equal(["conv-d"], await FoundAsync(new TranscriptQuery(From: new DateOnly(2026, 11, 22), Channel: "directline", Product: "Q5",
            Words: "stove")));

    [Fact]
    public async Task PagesWithTheTotal()
    {
        var first = await _transcripts.SearchAsync(new TranscriptQuery(Page: 1, PageSize: 3), default);
        var second = await _transcripts.SearchAsync(new TranscriptQuery(Page: 2, PageSize: 3), default);
        var beyond = await _transcripts.SearchAsync(new TranscriptQuery(Page: 3, PageSize: 3), default);

        Assert.Equal(["conv-d", "conv-c", "conv-b"], first.Items.Select(i => i.ConversationId));
        Assert.Equal(["conv-a"], second.Items.Select(i => i.ConversationId));
        Assert.Empty(beyond.Items);
        Assert.All([first, second, beyond], p => Assert.Equal(4, p.Total));
        Assert.Equal((2, 3), (second.Page, second.PageSize));
    }

    [Fact]
    public async Task FindsOneConversationsSummary()
    {
        var summary = await _transcripts.FindAsync("conv-a", default);

        Assert.NotNull(summary);
        Assert.Equal(("directline", "JZT-Q5", TranscriptOutcomes.Agreed, "AS-20261120-0001"),
            (summary.ChannelId, summary.Product, summary.Outcome, summary.CaseNumber));
        Assert.Equal(3, summary.Messages);
        Assert.Equal(TranscriptSeed.At(20, 10), summary.StartedAt);
        Assert.Equal(TranscriptSeed.At(20, 10, 3), summary.LastActivityAt); // the last line, later than the record's update
        Assert.Equal(TranscriptOutcomes.NoComplaint, (await _transcripts.FindAsync("conv-c", default))!.Outcome);
        Assert.Null(await _transcripts.FindAsync("nobody", default));
    }

    [Fact]
    public async Task ReadsTheLinesAfterASequence()
    {
        var lines = await _transcripts.ReadAsync("conv-d", 1, default);

        Assert.Equal([2L, 3L], lines.Select(l => l.Sequence));
        Assert.Equal(["out", "in"], lines.Select(l => l.Direction));
        Assert.Equal(["message", "event"], lines.Select(l => l.Type));
        Assert.Equal("Is it the washer or the stove?", lines[0].Text);
    }
}

/// <summary>The same search on a database of the run's throwaway PostgreSQL cluster, where LIKE alone would be case-sensitive.</summary>
public sealed class TranscriptSearchOnPostgreSqlTests() : TranscriptSearchTests(StorageEngine.PostgreSql);

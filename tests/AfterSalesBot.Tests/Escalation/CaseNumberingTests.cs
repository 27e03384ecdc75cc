using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Escalation;

public class CaseNumberingTests
{
    private readonly StorageEngine _engine;

    public CaseNumberingTests() : this(StorageEngine.Sqlite)
    {
    }

    protected CaseNumberingTests(StorageEngine engine) => _engine = engine;

    private Task<EscalationStore> CreateStoreAsync(DateTimeOffset? start = null, Action<EscalationOptions>? options = null,
        Action<FollowUpOptions>? followUps = null) => EscalationStore.CreateAsync(start, options, followUps, _engine);

    [Fact]
    public async Task NumbersCasesSequentiallyWithinTheLocalDay()
    {
        await using var store = await CreateStoreAsync();

        var numbers = new List<string>();
        for (var i = 0; i < 3; i++) numbers.Add((await store.Desk.OpenAsync(CaseBuilders.Open(), CancellationToken.None)).Number);

        Assert.Equal(["AS-20261122-0001", "AS-20261122-0002", "AS-20261122-0003"], numbers);
    }

    [Fact]
    public async Task RestartsAtOneAfterMidnightInShanghaiNotUtc()
    {
        // 23:59 in Shanghai is 15:59 UTC; two minutes later it is the next day there, still the same day in UTC.
        await using var store = await CreateStoreAsync(new DateTimeOffset(2026, 11, 22, 15, 59, 0, TimeSpan.Zero));
        var beforeMidnight = await store.Desk.OpenAsync(CaseBuilders.Open(), CancellationToken.None);
        var alsoBefore = await store.Desk.OpenAsync(CaseBuilders.Open(), CancellationToken.None);

        store.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterMidnight = await store.Desk.OpenAsync(CaseBuilders.Open(), CancellationToken.None);
        var alsoAfter = await store.Desk.OpenAsync(CaseBuilders.Open(), CancellationToken.None);

        Assert.Equal("AS-20261122-0001", beforeMidnight.Number);
        Assert.Equal("AS-20261122-0002", alsoBefore.Number);
        Assert.Equal("AS-20261123-0001", afterMidnight.Number);
        Assert.Equal("AS-20261123-0002", alsoAfter.Number);
    }

    [Fact]
    public async Task GivesFiftyConcurrentOpensFiftyDistinctNumbers()
    {
        await using var store = await CreateStoreAsync();

        var opened = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(i => Task.Run(() => store.Desk.OpenAsync(CaseBuilders.Open(conversationId: $"conv-{i}"), CancellationToken.None))));

        var expected = Enumerable.Range(1, 50).Select(n => $"AS-20261122-{n:D4}");
        Assert.Equal(expected, opened.Select(o => o.Number).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AgreementsShareTheDaysSequence()
    {
        await using var store = await CreateStoreAsync();

        var escalated = await store.Desk.OpenAsync(CaseBuilders.Open(), CancellationToken.None);
        var agreed = await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(EscalationStore.Noon), CancellationToken.None);

        Assert.Equal("AS-20261122-0001", escalated.Number);
        Assert.Equal("AS-20261122-0002", agreed.Number);
    }
}

/// <summary>Case numbers on a database of the run's throwaway PostgreSQL cluster: concurrent opens never share a number.</summary>
public sealed class CaseNumberingOnPostgreSqlTests() : CaseNumberingTests(StorageEngine.PostgreSql);

using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The desk's customer-safe status check and its slow-down, on a fake clock.</summary>
public class CaseStatusCheckTests
{
    private readonly StorageEngine _engine;

    public CaseStatusCheckTests() : this(StorageEngine.Sqlite)
    {
    }

    protected CaseStatusCheckTests(StorageEngine engine) => _engine = engine;

    private Task<EscalationStore> CreateStoreAsync(DateTimeOffset? start = null, Action<EscalationOptions>? options = null,
        Action<FollowUpOptions>? followUps = null) => EscalationStore.CreateAsync(start, options, followUps, _engine);

    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheOwnConversationNeedsNoDigitsAndOthersNeedTheRightOnes()
    {
        await using var store = await CreateStoreAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None); // phone +86 138-1234-5678

        var own = await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number.ToLowerInvariant(), "conv-1", null), None);
        Assert.Equal((StatusCheckOutcome.Shown, CaseStatus.Queued, 1), (own.Outcome, own.Status!.Status, own.Status.QueuePosition));
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "other", null), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits, (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20200101-0001", "other", null), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "other", "5678"), None)).Outcome);
        // "other" proved the digits; a stranger's wrong ones do not match.
        Assert.Equal(StatusCheckOutcome.NotMatched, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "stranger", "5679"), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.NotMatched, (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20200101-0001", "other", "5678"), None)).Outcome);
    }

    /// <summary>The documented default of <c>Escalation:StatusChecks:MaxWrongChecksPerCase</c>.</summary>
    private const int PerCaseLimit = 10;

    [Fact]
    public async Task OneGuesserCannotLockTheRealCustomerOut()
    {
        await using var store = await CreateStoreAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None);

        for (var i = 1; i <= 3; i++)
        {
            var wrong = await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "mallory", $"000{i}"), None);
            Assert.Equal(StatusCheckOutcome.NotMatched, wrong.Outcome);
            Assert.Equal(i == 3 ? EscalationStore.Noon.AddMinutes(15) : null, wrong.RetryAt);
            store.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        // The guesser waits; the customer, asking from another conversation with the right digits, does not.
        Assert.Equal(StatusCheckOutcome.Throttled, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "mallory", "5678"), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "customer-phone", "5678"), None)).Outcome);
    }

    [Fact]
    public async Task ManyGuessersLockTheNumberForStrangersButNeverForAConversationThatProvedTheDigits()
    {
        await using var store = await CreateStoreAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None);
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "customer-laptop", "5678"), None)).Outcome);

        for (var i = 0; i < PerCaseLimit; i++)
            Assert.Equal(StatusCheckOutcome.NotMatched,
                (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, $"guesser-{i}", $"00{i:00}"), None)).Outcome);

        // Even the right digits from a fresh conversation wait: the number is locked against strangers.
        var locked = await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "stranger", "5678"), None);
        Assert.Equal((StatusCheckOutcome.Throttled, EscalationStore.Noon.AddMinutes(15)), (locked.Outcome, locked.RetryAt));
        // The conversation that proved the digits, and the case's own, still hear it (no digits asked again).
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "customer-laptop", null), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "conv-1", null), None)).Outcome);
        // Another number is not affected.
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits,
            (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20200101-0001", "stranger", null), None)).Outcome);

        store.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "stranger", "5678"), None)).Outcome);
    }

    [Fact]
    public async Task ProvedDigitsCountOnlyForTheirOwnNumber()
    {
        await using var store = await CreateStoreAsync();
        var first = await store.Desk.OpenAsync(CaseBuilders.Open(), None);
        var second = await store.Desk.OpenAsync(CaseBuilders.Open(conversationId: "conv-2"), None);
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(first.Number, "visitor", "5678"), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(second.Number, "visitor", null), None)).Outcome);
    }

    [Fact]
    public async Task OneConversationGuessingManyNumbersIsSlowedDownPerConversation()
    {
        await using var store = await CreateStoreAsync();
        for (var i = 1; i <= 3; i++)
            await store.Desk.CheckStatusAsync(new CaseStatusCheck($"AS-20261122-000{i}", "guesser", "1234"), None);

        var refused = await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20261122-0009", "guesser", null), None);
        Assert.Equal((StatusCheckOutcome.Throttled, EscalationStore.Noon.AddMinutes(15)), (refused.Outcome, refused.RetryAt));
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits,
            (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20261122-0009", "someone", null), None)).Outcome);
    }

    [Fact]
    public async Task WrongChecksThatLeftTheWindowAreDeletedAndTheSlowDownStillHolds()
    {
        await using var store = await CreateStoreAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None);
        var retention = store.Get<StatusCheckRetention>();
        await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20200101-0001", "old-guesser", "0001"), None);
        store.Clock.Advance(TimeSpan.FromMinutes(10));
        for (var i = 2; i <= 4; i++) await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "new-guesser", $"000{i}"), None);

        Assert.Equal(0, await retention.PurgeAsync(None)); // all four still inside the 15 minutes
        store.Clock.Advance(TimeSpan.FromMinutes(5));       // the first is exactly 15 minutes old: it no longer counts
        Assert.Equal(1, await retention.PurgeAsync(None));
        Assert.Equal(0, await retention.PurgeAsync(None));

        await using (var db = store.CreateDbContext())
            Assert.Equal(["new-guesser", "new-guesser", "new-guesser"], await db.StatusCheckFailures.Select(f => f.ConversationId).ToListAsync());
        // The three recent ones still slow the guesser down, until they leave the window too.
        var throttled = await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "new-guesser", "5678"), None);
        Assert.Equal((StatusCheckOutcome.Throttled, EscalationStore.Noon.AddMinutes(25)), (throttled.Outcome, throttled.RetryAt));
        store.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(3, await retention.PurgeAsync(None));
        Assert.Equal(StatusCheckOutcome.Shown,
            (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "new-guesser", "5678"), None)).Outcome);
    }

    [Fact]
    public async Task SimultaneousWrongChecksNeverGetMoreGuessesThanAllowed()
    {
        await using var store = await CreateStoreAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None);
        // Two server instances on the same database, ten guesses at the same instant from one conversation.
        await using var second = store.NewInstance();
        var desks = new[] { store.Desk, second.GetRequiredService<ICaseDesk>() };
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            desks[i % 2].CheckStatusAsync(new CaseStatusCheck(opened.Number, "guesser", $"00{i:00}"), None))));

        Assert.Equal(3, answers.Count(a => a.Outcome == StatusCheckOutcome.NotMatched));
        Assert.Equal(7, answers.Count(a => a.Outcome == StatusCheckOutcome.Throttled));
        await using var db = store.CreateDbContext();
        Assert.Equal(3, await db.StatusCheckFailures.CountAsync());
    }
}

/// <summary>Status checks on a database of the run's throwaway PostgreSQL cluster (serializable counting of wrong checks).</summary>
public sealed class CaseStatusCheckOnPostgreSqlTests() : CaseStatusCheckTests(StorageEngine.PostgreSql);

using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The durable follow-up scheduler on a real SQLite file and a fake clock.</summary>
public class FollowUpSchedulerTests
{
    private readonly StorageEngine _engine;

    public FollowUpSchedulerTests() : this(StorageEngine.Sqlite)
    {
    }

    protected FollowUpSchedulerTests(StorageEngine engine) => _engine = engine;

    private Task<EscalationStore> CreateStoreAsync(DateTimeOffset? start = null, Action<EscalationOptions>? options = null,
        Action<FollowUpOptions>? followUps = null) => EscalationStore.CreateAsync(start, options, followUps, _engine);

    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Action due in 48 hours, follow-up 72 hours after that (the defaults).</summary>
    private static readonly TimeSpan AskAfter = TimeSpan.FromHours(48 + 72);

    [Fact]
    public async Task NothingIsSentBeforeTheFollowUpIsDue()
    {
        await using var store = await CreateStoreAsync();
        await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        var sender = new RecordingFollowUpSender();
        var scheduler = Scheduler(store, sender);

        store.Clock.Advance(AskAfter - TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await scheduler.RunDueAsync(None)).Total);
        Assert.Empty(sender.Sent);
    }

    [Fact]
    public async Task ADueQuestionIsSentOnceToTheCasesConversation()
    {
        await using var store = await CreateStoreAsync();
        var agreed = await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        var sender = new RecordingFollowUpSender();
        var scheduler = Scheduler(store, sender);

        store.Clock.Advance(AskAfter);
        Assert.Equal(1, (await scheduler.RunDueAsync(None)).Sent);
        Assert.Equal(0, (await scheduler.RunDueAsync(None)).Total);

        var sent = Assert.Single(sender.Sent);
        Assert.Equal((agreed.Number, "conv-2", FollowUpKinds.Ask, 1), (sent.CaseNumber, sent.ConversationId, sent.Kind, sent.Attempt));
        Assert.Contains(await EventKindsAsync(store, agreed.Number), k => k == CaseEventKinds.FollowUpSent);
    }

    [Fact]
    public async Task AnItemScheduledBeforeARestartIsSentAfterIt()
    {
        await using var store = await CreateStoreAsync();
        var agreed = await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);

        await store.RestartAsync();
        store.Clock.Advance(AskAfter);
        var sender = new RecordingFollowUpSender();
        Assert.Equal(1, (await Scheduler(store, sender).RunDueAsync(None)).Sent);
        Assert.Equal(agreed.Number, Assert.Single(sender.Sent).CaseNumber);
    }

    [Fact]
    public async Task StaffMarkingTheActionDoneBringsTheQuestionForward()
    {
        await using var store = await CreateStoreAsync();
        var agreed = await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        var sender = new RecordingFollowUpSender();

        store.Clock.Advance(TimeSpan.FromHours(5));
        Assert.True((await store.Queue.MarkActionDoneAsync(agreed.Number, "li.wei", None)).Succeeded);
        store.Clock.Advance(TimeSpan.FromHours(72));
        Assert.Equal(1, (await Scheduler(store, sender).RunDueAsync(None)).Sent);

        await using var db = store.CreateDbContext();
        var c = await db.Cases.SingleAsync(x => x.Number == agreed.Number);
        Assert.Equal((CaseStatus.Resolved, CaseQueue.ActionDoneOutcome), (c.Status, c.Outcome));
        Assert.Equal(1, await db.FollowUps.CountAsync(f => f.CaseNumber == agreed.Number && f.Kind == FollowUpKinds.Ask));
    }

    [Fact]
    public async Task AFailedSendIsRetriedAfterADoublingBackoff()
    {
        await using var store = await CreateStoreAsync();
        await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        var sender = new RecordingFollowUpSender { FailuresBeforeSuccess = 2 };
        var scheduler = Scheduler(store, sender);
        store.Clock.Advance(AskAfter);

        Assert.Equal(1, (await scheduler.RunDueAsync(None)).Retried);          // attempt 1 fails: next in 1 minute
        store.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, (await scheduler.RunDueAsync(None)).Total);
        store.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await scheduler.RunDueAsync(None)).Retried);          // attempt 2 fails: next in 2 minutes
        store.Clock.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(0, (await scheduler.RunDueAsync(None)).Total);
        store.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await scheduler.RunDueAsync(None)).Sent);             // attempt 3 succeeds

        var item = await AskAsync(store);
        Assert.Equal((FollowUpStatuses.Sent, 3), (item.Status, item.Attempts));
        Assert.Single(sender.Sent);
    }

    [Fact]
    public async Task AnItemThatKeepsFailingIsParkedAndShownOnTheCase()
    {
        await using var store = await CreateStoreAsync();
        var agreed = await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        var sender = new RecordingFollowUpSender { FailuresBeforeSuccess = int.MaxValue };
        var scheduler = Scheduler(store, sender, new FollowUpOptions { MaxAttempts = 3 });
        store.Clock.Advance(AskAfter);

        var passes = FollowUpPass.None;
        for (var i = 0; i < 10; i++)
        {
            passes += await scheduler.RunDueAsync(None);
            store.Clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(new FollowUpPass(0, 2, 1, 0), passes);
        var item = await AskAsync(store);
        Assert.Equal((FollowUpStatuses.Parked, 3, "channel unavailable"), (item.Status, item.Attempts, item.LastError));
        Assert.Contains(await EventKindsAsync(store, agreed.Number), k => k == CaseEventKinds.FollowUpParked);
        var file = await store.Get<AfterSalesBot.Escalation.Console.CaseFiles>().FollowUpsAsync(agreed.Number, None);
        Assert.Equal(FollowUpStatuses.Parked, Assert.Single(file).Status);
    }

    [Fact]
    public async Task TwoInstancesRacingOnOneDatabaseSendEachItemExactlyOnce()
    {
        await using var store = await CreateStoreAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 8; i++)
            numbers.Add((await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None)).Number);
        store.Clock.Advance(AskAfter);
        await using var first = store.NewInstance();
        await using var second = store.NewInstance();
        var sender = new RecordingFollowUpSender { SendTime = TimeSpan.FromMilliseconds(15) };
        var a = Scheduler(first, sender);
        var b = Scheduler(second, sender);

        var passes = await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { a.RunDueAsync(None), b.RunDueAsync(None) }));

        Assert.Equal(8, passes.Sum(p => p.Sent));
        Assert.Equal(numbers.Order(), sender.Sent.Select(s => s.CaseNumber).Order());
        await using var db = store.CreateDbContext();
        Assert.All(await db.FollowUps.Where(f => f.Kind == FollowUpKinds.Ask).ToListAsync(), f => Assert.Equal((FollowUpStatuses.Sent, 1), (f.Status, f.Attempts)));
    }

    [Fact]
    public async Task AClaimWhoseInstanceDiedIsTakenOverAfterTheLease()
    {
        await using var store = await CreateStoreAsync();
        await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        store.Clock.Advance(AskAfter);
        // The first instance claims the item and dies before it records the send.
        await using (var db = store.CreateDbContext())
        {
            var item = await db.FollowUps.SingleAsync();
            (item.Status, item.ClaimedBy, item.ClaimedUntil, item.Attempts) =
                (FollowUpStatuses.Sending, "dead-instance", store.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), 1);
            await db.SaveChangesAsync();
        }
        var sender = new RecordingFollowUpSender();
        var scheduler = Scheduler(store, sender);

        Assert.Equal(0, (await scheduler.RunDueAsync(None)).Total);
        store.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await scheduler.RunDueAsync(None)).Sent);
        Assert.Equal(2, Assert.Single(sender.Sent).Attempt);
    }

    [Fact]
    public async Task AnUnansweredQuestionGetsOneReminderThenTheUnconfirmedClose()
    {
        await using var store = await CreateStoreAsync();
        await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        var sender = new RecordingFollowUpSender();
        var scheduler = Scheduler(store, sender);

        store.Clock.Advance(AskAfter);
        await scheduler.RunDueAsync(None);
        store.Clock.Advance(TimeSpan.FromHours(47));
        await scheduler.RunDueAsync(None);
        store.Clock.Advance(TimeSpan.FromHours(1));
        await scheduler.RunDueAsync(None);
        store.Clock.Advance(TimeSpan.FromHours(72));
        await scheduler.RunDueAsync(None);
        store.Clock.Advance(TimeSpan.FromDays(30));
        await scheduler.RunDueAsync(None);

        Assert.Equal([FollowUpKinds.Ask, FollowUpKinds.Reminder, FollowUpKinds.CloseUnconfirmed], sender.Sent.Select(s => s.Kind));
    }

    [Fact]
    public async Task AnAnswerCancelsWhatIsStillScheduled()
    {
        await using var store = await CreateStoreAsync();
        var agreed = await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        var sender = new RecordingFollowUpSender();
        var scheduler = Scheduler(store, sender);
        store.Clock.Advance(AskAfter);
        await scheduler.RunDueAsync(None);

        Assert.True((await store.Get<IFollowUpDesk>().SolvedAsync(agreed.Number, null, None)).Succeeded);
        store.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, (await scheduler.RunDueAsync(None)).Sent);

        await using var db = store.CreateDbContext();
        Assert.Equal(FollowUpStatuses.Cancelled, (await db.FollowUps.SingleAsync(f => f.Kind == FollowUpKinds.Reminder)).Status);
        Assert.Equal(CaseStatus.Closed, (await db.Cases.SingleAsync()).Status);
    }

    [Fact]
    public async Task AFollowUpForACaseAPersonReopenedIsCancelledNotSent()
    {
        await using var store = await CreateStoreAsync();
        var agreed = await store.Desk.RecordAgreementAsync(CaseBuilders.Agreement(store.Clock.GetUtcNow()), None);
        await store.Queue.MarkActionDoneAsync(agreed.Number, "li.wei", None);
        await store.Queue.ReopenAsync(agreed.Number, "li.wei", None);
        var sender = new RecordingFollowUpSender();

        store.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(new FollowUpPass(0, 0, 0, 1), await Scheduler(store, sender).RunDueAsync(None));
        Assert.Empty(sender.Sent);
    }

    private static FollowUpScheduler Scheduler(EscalationStore store, IFollowUpSender sender, FollowUpOptions? options = null) =>
        new(store.Get<IDbContextFactory<EscalationDbContext>>(), store.Clock, Options.Create(options ?? new FollowUpOptions()), sender);

    private static FollowUpScheduler Scheduler(IServiceProvider instance, IFollowUpSender sender) =>
        new(instance.GetRequiredService<IDbContextFactory<EscalationDbContext>>(), instance.GetRequiredService<TimeProvider>(),
            Options.Create(new FollowUpOptions()), sender);

    private static async Task<ScheduledFollowUp> AskAsync(EscalationStore store)
    {
        await using var db = store.CreateDbContext();
        return await db.FollowUps.AsNoTracking().SingleAsync(f => f.Kind == FollowUpKinds.Ask);
    }

    private static async Task<List<string>> EventKindsAsync(EscalationStore store, string number)
    {
        await using var db = store.CreateDbContext();
        return await db.Events.Where(e => e.CaseNumber == number).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
    }
}

/// <summary>Follow-ups on a database of the run's throwaway PostgreSQL cluster: each claimed and sent exactly once.</summary>
public sealed class FollowUpSchedulerOnPostgreSqlTests() : FollowUpSchedulerTests(StorageEngine.PostgreSql);

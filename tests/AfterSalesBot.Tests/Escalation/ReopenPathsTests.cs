using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>
/// A case comes back two ways: staff press "Reopen" in the console, or the customer says "not solved" at the follow-up.
/// Both are the case's one <see cref="EscalatedCase.Reopen"/>, so the reopened case looks the same whichever way it came.
/// </summary>
public sealed class ReopenPathsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>What a person taking the reopened case sees of it, deadlines relative to the reopening.</summary>
    private sealed record Reopened(CaseStatus Status, string? Assignee, string? Outcome, DateTimeOffset? ResolvedAt, CasePriority Priority,
        TimeSpan FirstResponseIn, TimeSpan ResolutionIn, string? HandBackStep);

    /// <summary>Opened, taken by li and resolved by li with an outcome.</summary>
    private static async Task<string> ResolvedAsync(EscalationStore store, string conversation)
    {
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(conversationId: conversation), None);
        Assert.True((await store.Queue.TakeAsync(opened.Number, "li", 5, None)).Succeeded);
        Assert.True((await store.Queue.ResolveAsync(opened.Number, "li", "Replaced the igniter", None)).Succeeded);
        return opened.Number;
    }

    private static async Task<Reopened> ReadAsync(EscalationStore store, string number)
    {
        var now = store.Clock.GetUtcNow();
        await using var db = store.CreateDbContext();
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Number == number);
        return new Reopened(c.Status, c.Assignee, c.Outcome, c.ResolvedAt, c.Priority, c.FirstResponseDue - now, c.ResolutionDue - now, c.HandBackStep);
    }

    [Fact]
    public async Task TheConsolesReopenAndTheFollowUpsNotSolvedLeaveTheSameCase()
    {
        await using var store = await EscalationStore.CreateAsync();
        var fromConsole = await ResolvedAsync(store, "conv-console");
        var fromFollowUp = await ResolvedAsync(store, "conv-follow-up");
        store.Clock.Advance(TimeSpan.FromDays(3));

        Assert.True((await store.Queue.ReopenAsync(fromConsole, "sup.zhao", None)).Succeeded);
        Assert.True((await store.Get<IFollowUpDesk>().NotSolvedAsync(fromFollowUp, null, None)).Succeeded);

        var console = await ReadAsync(store, fromConsole);
        Assert.Equal(new Reopened(CaseStatus.Reopened, null, null, null, CasePriority.Urgent, TimeSpan.FromHours(24), TimeSpan.FromHours(48), null), console);
        Assert.Equal(console, await ReadAsync(store, fromFollowUp));
        await using var db = store.CreateDbContext();
        Assert.Equal(["Reopened", "Reopened"], await db.Database.SqlQueryRaw<string>("SELECT Status AS Value FROM Cases").ToListAsync()); // stored as its name
    }

    [Fact]
    public async Task AReopenedCaseIsTakenAgainLikeAQueuedOne()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await ResolvedAsync(store, "conv-1");
        Assert.True((await store.Queue.ReopenAsync(number, "sup.zhao", None)).Succeeded);

        Assert.Contains(await store.Queue.ListAsync(None), q => q.Number == number && q.Status == CaseStatus.Reopened);
        Assert.True((await store.Queue.TakeAsync(number, "zhang", 5, None)).Succeeded);
        Assert.Equal(("zhang", CaseStatus.Assigned), ((await ReadAsync(store, number)).Assignee, (await ReadAsync(store, number)).Status));
    }
}

using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>
/// A turn that crashed after its effect was committed runs again: the same opening key finds the case it opened the
/// first time (escalation or agreement), never a second one; another key opens another case. The same holds for the
/// answers to the follow-up: a replayed "not solved" finds the case it reopened and is not read as a case that cannot
/// reopen (which would open a new case).
/// </summary>
public sealed class TurnEffectKeyTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AReplayedEscalationFindsItsCaseAgain()
    {
        await using var store = await EscalationStore.CreateAsync();
        var request = CaseBuilders.Open() with { OpeningKey = "conv-1/act-7/open-case" };

        var first = await store.Desk.OpenAsync(request, None);
        var replayed = await store.Desk.OpenAsync(request, None);
        var other = await store.Desk.OpenAsync(request with { OpeningKey = "conv-1/act-9/open-case" }, None);

        Assert.Equal(first.Number, replayed.Number);
        Assert.NotEqual(first.Number, other.Number);
        await using var db = store.CreateDbContext();
        Assert.Equal(2, await db.Cases.CountAsync());
    }

    [Fact]
    public async Task AReplayedAgreementFindsItsCaseAgain()
    {
        await using var store = await EscalationStore.CreateAsync();
        var request = CaseBuilders.Agreement(EscalationStore.Noon) with { OpeningKey = "conv-2/act-3/agreement" };

        var first = await store.Desk.RecordAgreementAsync(request, None);
        var replayed = await store.Desk.RecordAgreementAsync(request, None);

        Assert.Equal(first.Number, replayed.Number);
        await using var db = store.CreateDbContext();
        Assert.Equal(1, await db.Cases.CountAsync());
        Assert.Equal(1, await db.Agreements.CountAsync());
    }

    private static async Task<string> ResolvedAsync(EscalationStore store, string conversation)
    {
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(conversationId: conversation), None);
        Assert.True((await store.Queue.TakeAsync(opened.Number, "li", 5, None)).Succeeded);
        Assert.True((await store.Queue.ResolveAsync(opened.Number, "li", "Replaced the igniter", None)).Succeeded);
        return opened.Number;
    }

    [Fact]
    public async Task AReplayedNotSolvedFindsTheCaseItReopened()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await ResolvedAsync(store, "conv-3");
        var desk = store.Get<IFollowUpDesk>();

        var first = await desk.NotSolvedAsync(number, "conv-3/act-12/follow-up-not-solved", None);
        store.Clock.Advance(TimeSpan.FromMinutes(2));
        var replayed = await desk.NotSolvedAsync(number, "conv-3/act-12/follow-up-not-solved", None);
        var unkeyed = await desk.NotSolvedAsync(number, null, None);

        Assert.True(first.Succeeded);
        Assert.Equal(first, replayed);
        Assert.False(unkeyed.Succeeded); // without the key, the reopened case cannot be reopened again
        await using var db = store.CreateDbContext();
        Assert.Equal(1, await db.FollowUpResults.CountAsync(r => r.CaseNumber == number));
        Assert.Equal(1, await db.Events.CountAsync(e => e.CaseNumber == number && e.Kind == CaseEventKinds.Reopened));
    }

    [Fact]
    public async Task AReplayedSolvedAnswersAsTheFirstTime()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = await ResolvedAsync(store, "conv-4");
        var desk = store.Get<IFollowUpDesk>();

        var first = await desk.SolvedAsync(number, "conv-4/act-5/follow-up-solved", None);
        var replayed = await desk.SolvedAsync(number, "conv-4/act-5/follow-up-solved", None);
        var anotherTurn = await desk.SolvedAsync(number, "conv-4/act-6/follow-up-solved", None);

        Assert.True(first.Succeeded);
        Assert.Equal(first, replayed);
        Assert.False(anotherTurn.Succeeded); // a later turn's "yes" finds the case closed
        await using var db = store.CreateDbContext();
        Assert.Equal(1, await db.FollowUpResults.CountAsync(r => r.CaseNumber == number));
    }
}

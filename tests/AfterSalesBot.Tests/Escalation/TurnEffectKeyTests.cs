using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>
/// A turn that crashed after its effect was committed runs again: the same opening key finds the case it opened the
/// first time (escalation or agreement), never a second one; another key opens another case.
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
}

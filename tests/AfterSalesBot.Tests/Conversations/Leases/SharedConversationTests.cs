using AfterSalesBot.Bot.Conversations.Leases;
using AfterSalesBot.Escalation.Conversations;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Conversations.Leases;

/// <summary>
/// When the owner's appends to a conversation it holds count as at risk of a collision (ADR 0054): for
/// <see cref="ConversationLeaseOptions.SharedFor"/> after it last learnt of another instance's append, and never while
/// only it appends (one instance, or a deployment that routes by conversation), which would pay the savepoint for nothing.
/// </summary>
public sealed class SharedConversationTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(T0);
    private readonly HeldLeases _held;
    private readonly HeldLease _lease;

    public SharedConversationTests()
    {
        _held = new HeldLeases(Options.Create(new ConversationLeaseOptions { SharedFor = TimeSpan.FromSeconds(30) }), _clock);
        _lease = _held.GetOrAdd("c");
        lock (_lease)
        {
            _lease.Claimed = true;
            _lease.TrustedUntil = T0.AddHours(1);
            _lease.Through = 1;
            _lease.Gap = false;
        }
    }

    [Fact]
    public void AnOwnerThatOnlySeesItsOwnAppendsAppendsWithoutASavepoint()
    {
        var continuity = new LeaseContinuity(_held);
        for (var sequence = 2; sequence <= 20; sequence++) continuity.OnAppended("c", Line(sequence));

        Assert.False(_held.MayCollide("c", _clock.GetUtcNow()));
    }

    [Fact]
    public void AnotherInstancesAppendKeepsTheOwnersAppendsAtRiskForSharedForAfterItWasDrained()
    {
        new LeaseContinuity(_held).OnAppended("c", Line(3)); // 2 was another instance's
        lock (_lease)
        {
            _lease.Through = 3; // drained: ADR 0048's rule alone would say it appends alone again
            _lease.Gap = false;
        }
        Assert.True(_held.AppendsAlone("c", _clock.GetUtcNow()));

        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.True(_held.MayCollide("c", _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(_held.MayCollide("c", _clock.GetUtcNow()));
    }

    [Fact]
    public void ANoticeOfAnotherInstancesCommitOrACollisionStartsTheWindowAgain()
    {
        _held.OthersAppended("c");
        _clock.Advance(TimeSpan.FromSeconds(20));
        _held.OthersAppended("c");
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.True(_held.MayCollide("c", _clock.GetUtcNow()));
    }

    [Fact]
    public void AnAppendSeenBeforeTheLeaseWasGivenUpStillCountsWhenItIsClaimedAgain()
    {
        _held.OthersAppended("c");
        _held.Forget(_lease);
        var again = _held.GetOrAdd("c");
        lock (again)
        {
            again.Claimed = true;
            again.TrustedUntil = T0.AddHours(1);
            again.Gap = false;
        }

        Assert.True(_held.AppendsAlone("c", _clock.GetUtcNow()));
        Assert.True(_held.MayCollide("c", _clock.GetUtcNow()));
    }

    [Fact]
    public void AConversationThisInstanceDoesNotHoldIsAlwaysAtRisk() =>
        Assert.True(_held.MayCollide("not-held", _clock.GetUtcNow()));

    private static TranscriptLine Line(long sequence) =>
        new(sequence, T0, "in", "message", null, "text", null, 0, "{}");
}

using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The desk's customer-safe status check and its slow-down, on a fake clock.</summary>
public sealed class CaseStatusCheckTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task TheOwnConversationNeedsNoDigitsAndOthersNeedTheRightOnes()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None); // phone +86 138-1234-5678

        var own = await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number.ToLowerInvariant(), "conv-1", null), None);
        Assert.Equal((StatusCheckOutcome.Shown, CaseStatus.Queued, 1), (own.Outcome, own.Status!.Status, own.Status.QueuePosition));
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "other", null), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits, (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20200101-0001", "other", null), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "other", "5678"), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.NotMatched, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "other", "5679"), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.NotMatched, (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20200101-0001", "other", "5678"), None)).Outcome);
    }

    [Fact]
    public async Task WrongChecksOnOneNumberFromManyConversationsAreSlowedDownPerNumber()
    {
        await using var store = await EscalationStore.CreateAsync();
        var opened = await store.Desk.OpenAsync(CaseBuilders.Open(), None);

        for (var i = 1; i <= 3; i++)
        {
            var wrong = await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, $"guesser-{i}", $"000{i}"), None);
            Assert.Equal(StatusCheckOutcome.NotMatched, wrong.Outcome);
            Assert.Equal(i == 3 ? EscalationStore.Noon.AddMinutes(15) : null, wrong.RetryAt);
            store.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        // Even the right digits from a fresh conversation wait: the number is locked, not the guesser.
        var locked = await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "guesser-4", "5678"), None);
        Assert.Equal((StatusCheckOutcome.Throttled, EscalationStore.Noon.AddMinutes(15)), (locked.Outcome, locked.RetryAt));
        // The case's own conversation is never locked out, and another number is not affected.
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "conv-1", null), None)).Outcome);
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits,
            (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20200101-0001", "guesser-5", null), None)).Outcome);

        store.Clock.Advance(TimeSpan.FromMinutes(12)); // Noon + 15
        Assert.Equal(StatusCheckOutcome.Shown, (await store.Desk.CheckStatusAsync(new CaseStatusCheck(opened.Number, "guesser-4", "5678"), None)).Outcome);
    }

    [Fact]
    public async Task OneConversationGuessingManyNumbersIsSlowedDownPerConversation()
    {
        await using var store = await EscalationStore.CreateAsync();
        for (var i = 1; i <= 3; i++)
            await store.Desk.CheckStatusAsync(new CaseStatusCheck($"AS-20261122-000{i}", "guesser", "1234"), None);

        var refused = await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20261122-0009", "guesser", null), None);
        Assert.Equal((StatusCheckOutcome.Throttled, EscalationStore.Noon.AddMinutes(15)), (refused.Outcome, refused.RetryAt));
        Assert.Equal(StatusCheckOutcome.NeedsPhoneDigits,
            (await store.Desk.CheckStatusAsync(new CaseStatusCheck("AS-20261122-0009", "someone", null), None)).Outcome);
    }
}

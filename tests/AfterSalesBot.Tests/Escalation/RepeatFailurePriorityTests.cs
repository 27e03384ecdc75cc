using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>A repeat failure of the unit raises the priority a case opens at (<see cref="CasePriorities"/>).</summary>
public sealed class RepeatFailurePriorityTests
{
    private static CaseSheet Sheet(int repairs) => CaseBuilders.FullSheet() with { SameFaultRepairs = repairs };

    [Theory]
    [InlineData(CasePriority.Normal, 0, 1, CasePriority.Normal, null)]
    [InlineData(CasePriority.Normal, 1, 1, CasePriority.Urgent, "RepeatFailure 1")]
    [InlineData(CasePriority.Normal, 2, 1, CasePriority.Urgent, "RepeatFailure 2")]
    [InlineData(CasePriority.Normal, 1, 2, CasePriority.Normal, null)]
    [InlineData(CasePriority.Urgent, 3, 1, CasePriority.Urgent, null)]
    [InlineData(CasePriority.Safety, 3, 1, CasePriority.Safety, null)]
    public void Earlier_repairs_of_the_same_fault_raise_a_normal_case_to_urgent(CasePriority asked, int repairs, int threshold,
        CasePriority expected, string? reason)
    {
        Assert.Equal((expected, reason), CasePriorities.AtOpening(asked, Sheet(repairs), threshold));
    }

    [Theory]
    [InlineData("RepeatFailure 2", 2)]
    [InlineData("RepeatFailure x", null)]
    [InlineData("Anger 2", null)]
    [InlineData(null, null)]
    public void The_raise_reads_back_from_its_event(string? detail, int? repairs)
    {
        Assert.Equal(repairs, CasePriorities.RepeatRepairs(detail));
    }

    [Fact]
    public async Task The_desk_opens_a_repeat_failure_urgent_records_why_and_queues_it_before_normal_cases()
    {
        await using var store = await EscalationStore.CreateAsync();
        var first = await store.Desk.OpenAsync(CaseBuilders.Open(conversationId: "conv-normal"), default);
        var repeat = await store.Desk.OpenAsync(CaseBuilders.Open(conversationId: "conv-repeat") with
        {
            Sheet = Sheet(2) with { ConversationId = "conv-repeat" },
        }, default);

        Assert.Equal(CasePriority.Normal, first.Priority);
        Assert.Equal(CasePriority.Urgent, repeat.Priority);
        Assert.Equal(1, repeat.QueuePosition);
        Assert.Equal([repeat.Number, first.Number], (await store.Queue.ListAsync(default)).Select(c => c.Number));
        await using var db = store.CreateDbContext();
        var raised = await db.Events.Where(e => e.CaseNumber == repeat.Number && e.Kind == CaseEventKinds.PriorityRaised).SingleAsync();
        Assert.Equal(("bot", "RepeatFailure 2"), (raised.Actor, raised.Detail));
        Assert.False(await db.Events.AnyAsync(e => e.CaseNumber == first.Number && e.Kind == CaseEventKinds.PriorityRaised));
        Assert.Equal(2, (await db.Cases.SingleAsync(c => c.Number == repeat.Number)).Sheet.SameFaultRepairs);
    }

    [Fact]
    public async Task The_threshold_comes_from_the_options()
    {
        await using var store = await EscalationStore.CreateAsync(options: o => o.RepeatRepairsForUrgent = 2);
        var once = await store.Desk.OpenAsync(CaseBuilders.Open() with { Sheet = Sheet(1) }, default);
        Assert.Equal(CasePriority.Normal, once.Priority);
    }
}

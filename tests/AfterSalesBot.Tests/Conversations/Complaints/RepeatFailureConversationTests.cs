using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>A unit that failed before with the same fault: the sheet carries the earlier repairs from the knowledge store;
/// a repeat failure (the same fault after 2 repairs, DOMAIN.md §7) opens urgent (issue 5: "repeat failures raise it").</summary>
public sealed class RepeatFailureConversationTests
{
    /// <summary>Q5 hob, out of warranty, its igniter repaired under warranty before (knowledge/demo/repairs.json).</summary>
    public const string RepairedBefore = "JQ525109713";

    /// <summary>The lines up to the offer, then a person.</summary>
    public static IReadOnlyList<Line> Script(string serial, string offer = "isn't covered free of charge") =>
    [
        new("My Q5 gas stove won't light again", "Is that correct?", Confirming),
        new("that's all", "Is that correct?", Confirming),
        new("yes", "serial number", Gathering),
        new(serial, "When did the problem start", Gathering),
        new("today", "dropped", Gathering),
        new("no", "What would you like us to do", Gathering),
        new("repair", "phone number", Gathering),
        new("13912345678", offer, AwaitingAgreement),
        new("talk to a person", "case AS-", Escalated),
    ];

    private static async Task<EscalatedCase> PlayAsync(string serial, string offer = "isn't covered free of charge", int raisedAt = 2)
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        await new ConversationScript("repeat failure " + serial, "en-US", Script(serial, offer)).PlayAsync(driver);
        var number = (await driver.StateAsync()).CaseNumber;
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        var opened = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
        var raised = await db.Events.AsNoTracking().Where(e => e.CaseNumber == number && e.Kind == CaseEventKinds.PriorityRaised).ToListAsync();
        return raised.Count == 0 ? opened : opened.Priority == CasePriority.Urgent && raised.Single().Detail == $"RepeatFailure {raisedAt}" ? opened
            : throw new InvalidOperationException($"Unexpected raise: {string.Join(", ", raised.Select(e => e.Detail))}");
    }

    [Fact]
    public async Task A_unit_repaired_once_before_carries_the_repair_but_opens_at_the_usual_priority()
    {
        var opened = await PlayAsync(RepairedBefore);

        Assert.Equal(1, opened.Sheet.SameFaultRepairs);
        Assert.Equal(CasePriority.Normal, opened.Priority);
    }

    [Fact]
    public async Task A_unit_repaired_twice_for_the_same_fault_opens_urgent()
    {
        var opened = await PlayAsync("JQ526062448", offer: "new one"); // Q5, NO_IGNITION repaired twice in warranty

        Assert.Equal(2, opened.Sheet.SameFaultRepairs);
        Assert.Equal(CasePriority.Urgent, opened.Priority);
    }

    [Fact]
    public async Task A_unit_never_repaired_opens_at_the_usual_priority()
    {
        var opened = await PlayAsync("JQ525027432"); // Q5 hob, expired, never repaired

        Assert.Equal(0, opened.Sheet.SameFaultRepairs);
        Assert.Equal(CasePriority.Normal, opened.Priority);
    }
}

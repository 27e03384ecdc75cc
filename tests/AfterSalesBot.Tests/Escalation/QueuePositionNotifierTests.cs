using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Waiting customers hear their new place once, with the expected wait, or outside staffed hours when we are back.</summary>
public sealed class QueuePositionNotifierTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static QueuePositionNotifier Notifier(EscalationStore store, RecordingConversations told, EscalationOptions? options = null) =>
        new(store.Get<IDbContextFactory<EscalationDbContext>>(), told, store.Clock, Options.Create(options ?? new EscalationOptions()));

    private static async Task<string> OpenAsync(EscalationStore store, string conversation, CasePriority priority = CasePriority.Normal) =>
        (await store.Desk.OpenAsync(CaseBuilders.Open(priority, conversationId: conversation), None)).Number;

    [Fact]
    public async Task ACustomerHearsANewPlaceOnceAndNotThePlaceTheEscalationReplyGave()
    {
        await using var store = await EscalationStore.CreateAsync();
        var told = new RecordingConversations();
        var notifier = Notifier(store, told);
        var first = await OpenAsync(store, "conv-a");
        var second = await OpenAsync(store, "conv-b");

        Assert.Equal(0, await notifier.NotifyAsync(None));

        await OpenAsync(store, "conv-safety", CasePriority.Safety); // jumps the queue
        Assert.Equal(2, await notifier.NotifyAsync(None));
        Assert.Equal(0, await notifier.NotifyAsync(None));

        Assert.Equal([("conv-a", first, 2), ("conv-b", second, 3)],
            told.Notices.Select(n => (n.ConversationId, ((QueuePositionNotice)n.Notice).CaseNumber, ((QueuePositionNotice)n.Notice).Position)));
        var notice = (QueuePositionNotice)told.Notices[0].Notice;
        Assert.Equal((TimeSpan.FromMinutes(20), (DateTimeOffset?)null, EscalationStore.Noon.AddHours(24)),
            (notice.ExpectedWait, notice.StaffedAgainAt, notice.FirstResponseDue)); // 2 × the default 10 minutes
    }

    [Fact]
    public async Task TheExpectedWaitFollowsRecentFirstResponsesAndThePeopleOnDuty()
    {
        await using var store = await EscalationStore.CreateAsync();
        var told = new RecordingConversations();
        // History: answered after 30 and 40 minutes (median 35); a case answered 8 days ago after 5 hours is too old to count.
        var old = await OpenAsync(store, "conv-old");
        store.Clock.Advance(TimeSpan.FromHours(5));
        await store.Queue.TakeAsync(old, "chen", 5, None);
        await store.Queue.RecordFirstResponseAsync(old, "chen", None);
        await store.Queue.ResolveAsync(old, "chen", "done", None);
        store.Clock.Advance(TimeSpan.FromDays(8));
        var a = await OpenAsync(store, "conv-a");
        var b = await OpenAsync(store, "conv-b");
        store.Clock.Advance(TimeSpan.FromMinutes(30));
        await store.Queue.TakeAsync(a, "li", 5, None);
        await store.Queue.RecordFirstResponseAsync(a, "li", None);
        store.Clock.Advance(TimeSpan.FromMinutes(10));
        await store.Queue.TakeAsync(b, "wang", 5, None);
        await store.Queue.RecordFirstResponseAsync(b, "wang", None);
        // On duty: li and wang (working a case) and zhao (signed in an hour ago); not the admin, nor qian (signed in 9 hours ago).
        var staff = store.Get<AfterSalesBot.Escalation.Staff.StaffDirectory>();
        await SignedInAsync(store, staff, "zhao", "Agent", TimeSpan.FromHours(1));
        await SignedInAsync(store, staff, "qian", "Agent", TimeSpan.FromHours(9));
        await SignedInAsync(store, staff, "root", "Admin", TimeSpan.FromHours(1));
        await SignedInAsync(store, staff, "li", "Agent", TimeSpan.FromHours(1)); // counted once
        for (var i = 1; i <= 4; i++) await OpenAsync(store, "conv-" + i);
        await OpenAsync(store, "conv-safety", CasePriority.Safety); // everyone moves down one place

        await Notifier(store, told).NotifyAsync(None);

        // Places 2-5 × 35 minutes ÷ 3 people: 23, 35, 47 and 58 minutes, said as 25, 35, 45 minutes and an hour.
        Assert.Equal([TimeSpan.FromMinutes(25), TimeSpan.FromMinutes(35), TimeSpan.FromMinutes(45), TimeSpan.FromHours(1)],
            told.Notices.Select(n => ((QueuePositionNotice)n.Notice).ExpectedWait));
    }

    private static async Task SignedInAsync(EscalationStore store, AfterSalesBot.Escalation.Staff.StaffDirectory staff, string name,
        string role, TimeSpan ago)
    {
        await staff.CreateAsync(new(name, name, "a-long-password-1", [role]), None);
        Assert.True(await staff.UpdateAsync(name, a => a.LastSignInAt = store.Clock.GetUtcNow() - ago, None));
    }

    [Fact]
    public async Task OutsideStaffedHoursTheCustomerHearsWhenTheTeamIsBack()
    {
        // 22:00 in Shanghai on a Sunday; the team works 08:00-20:00, Monday closed, Tuesday from 09:00.
        await using var store = await EscalationStore.CreateAsync(EscalationStore.Noon.AddHours(10));
        var options = new EscalationOptions();
        options.StaffedHours[DayOfWeek.Monday] = "closed";
        options.StaffedHours[DayOfWeek.Tuesday] = "09:00-18:00";
        var told = new RecordingConversations();
        await OpenAsync(store, "conv-a");
        await OpenAsync(store, "conv-safety", CasePriority.Safety);

        await Notifier(store, told, options).NotifyAsync(None);

        var notice = (QueuePositionNotice)Assert.Single(told.Notices).Notice;
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(8)), notice.StaffedAgainAt);
    }

    [Theory]
    [InlineData("2026-11-22T07:59:00+08:00", "2026-11-22T08:00:00+08:00")]
    [InlineData("2026-11-22T08:00:00+08:00", null)]
    [InlineData("2026-11-22T19:59:00+08:00", null)]
    [InlineData("2026-11-22T20:00:00+08:00", "2026-11-23T08:00:00+08:00")]
    public void StaffedHoursAreReadInTheBusinessTimeZone(string now, string? back)
    {
        var schedule = new EscalationOptions().FindStaffedHours();

        Assert.Equal(back is null ? null : DateTimeOffset.Parse(back, System.Globalization.CultureInfo.InvariantCulture),
            schedule.StaffedAgainAt(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void MalformedStaffedHoursAreRefusedAtStart()
    {
        var options = new EscalationOptions();
        options.StaffedHours[DayOfWeek.Friday] = "20:00-08:00";
        Assert.False(options.HasValidStaffedHours());
        Assert.True(new EscalationOptions().HasValidStaffedHours());
    }
}

using System.Globalization;
using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>Deadlines counted in staffed hours (<see cref="StaffedSchedule.AddStaffedTime"/>, <see cref="CaseDeadlines"/>).</summary>
public sealed class BusinessHoursDeadlineTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Monday to Friday 09:00-18:00 in Shanghai, weekends closed, 1 October 2026 (a Thursday) a holiday.</summary>
    private static StaffedSchedule Weekdays(params DateOnly[] holidays) => StaffedSchedule.Parse(new Dictionary<DayOfWeek, string>
    {
        [DayOfWeek.Monday] = "09:00-18:00",
        [DayOfWeek.Tuesday] = "09:00-18:00",
        [DayOfWeek.Wednesday] = "09:00-18:00",
        [DayOfWeek.Thursday] = "09:00-18:00",
        [DayOfWeek.Friday] = "09:00-18:00",
    }, Shanghai, holidays);

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    // Inside the hours: plain addition.
    [InlineData("2026-11-23T10:00:00+08:00", 2, "2026-11-23T12:00:00+08:00")]
    // Up to the close exactly: due at the close, not the next morning.
    [InlineData("2026-11-23T16:00:00+08:00", 2, "2026-11-23T18:00:00+08:00")]
    // Overnight: 1 hour on Monday, 1 on Tuesday from the opening.
    [InlineData("2026-11-23T17:00:00+08:00", 2, "2026-11-24T10:00:00+08:00")]
    // Before the opening: counts from the opening.
    [InlineData("2026-11-23T06:30:00+08:00", 4, "2026-11-23T13:00:00+08:00")]
    // Friday evening, after the close: Monday.
    [InlineData("2026-11-20T19:30:00+08:00", 4, "2026-11-23T13:00:00+08:00")]
    // Friday afternoon: the rest of Friday, then Monday.
    [InlineData("2026-11-20T16:00:00+08:00", 4, "2026-11-23T11:00:00+08:00")]
    // Saturday: nothing counts until Monday 09:00.
    [InlineData("2026-11-21T12:00:00+08:00", 24, "2026-11-25T15:00:00+08:00")]
    // 48 business hours from Friday night: five full days and three hours.
    [InlineData("2026-11-20T19:30:00+08:00", 48, "2026-11-30T12:00:00+08:00")]
    // Zero hours after the close: the next opening (nothing can be promised sooner).
    [InlineData("2026-11-23T18:00:00+08:00", 0, "2026-11-24T09:00:00+08:00")]
    public void OnlyStaffedHoursCount(string start, int hours, string due)
    {
        Assert.Equal(At(due), Weekdays().AddStaffedTime(At(start), TimeSpan.FromHours(hours)));
    }

    [Fact]
    public void AHolidayIsClosed()
    {
        // Wednesday 30 September 17:00 + 3 h: 1 h on Wednesday, Thursday 1 October closed, 2 h on Friday.
        var schedule = Weekdays(new DateOnly(2026, 10, 1));
        Assert.Equal(At("2026-10-02T11:00:00+08:00"), schedule.AddStaffedTime(At("2026-09-30T17:00:00+08:00"), TimeSpan.FromHours(3)));
        Assert.False(schedule.IsStaffed(At("2026-10-01T10:00:00+08:00")));
        Assert.Equal(At("2026-10-02T09:00:00+08:00"), schedule.StaffedAgainAt(At("2026-10-01T10:00:00+08:00")));
    }

    [Fact]
    public void TheStartMayBeGivenInAnyZoneAndTheDueIsUtc()
    {
        // Friday 11:30 UTC is 19:30 in Shanghai, after the close.
        var due = Weekdays().AddStaffedTime(At("2026-11-20T11:30:00Z"), TimeSpan.FromHours(4));
        Assert.Equal(At("2026-11-23T05:00:00Z"), due);
        Assert.Equal(TimeSpan.Zero, due!.Value.Offset);
    }

    [Fact]
    public void ADaylightSavingChangeCountsAsItHappens()
    {
        // Berlin, around the clock: 24 business hours across the spring change (29 March 2026, 02:00 → 03:00) are
        // 24 real hours, so the due wall time is an hour later.
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var always = StaffedSchedule.Parse(Enum.GetValues<DayOfWeek>().ToDictionary(d => d, _ => "00:00-24:00"), berlin);
        Assert.Equal(At("2026-03-29T13:00:00+02:00"), always.AddStaffedTime(At("2026-03-28T12:00:00+01:00"), TimeSpan.FromHours(24)));

        // A day with hours across the change has one hour fewer: 01:00-05:00 on that Sunday is three real hours.
        var nights = StaffedSchedule.Parse(new Dictionary<DayOfWeek, string> { [DayOfWeek.Sunday] = "01:00-05:00" }, berlin);
        Assert.Equal(At("2026-04-05T02:00:00+02:00"), nights.AddStaffedTime(At("2026-03-29T00:00:00+01:00"), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void AScheduleWithNoStaffedTimePromisesNothingAndTheDeadlineFallsBackToTheClock()
    {
        var closed = StaffedSchedule.Parse(new Dictionary<DayOfWeek, string>(), Shanghai);
        Assert.Null(closed.AddStaffedTime(At("2026-11-20T19:30:00+08:00"), TimeSpan.FromHours(4)));
        Assert.Equal(At("2026-11-20T23:30:00+08:00"), new CaseDeadlines(closed, onBusinessHours: true).Due(At("2026-11-20T19:30:00+08:00"), 4, CasePriority.Normal));
    }

    [Theory]
    [InlineData(false, CasePriority.Normal, "2026-11-20T23:30:00+08:00")]
    [InlineData(true, CasePriority.Normal, "2026-11-23T13:00:00+08:00")]
    [InlineData(true, CasePriority.Urgent, "2026-11-23T13:00:00+08:00")]
    // An emergency does not wait for Monday.
    [InlineData(true, CasePriority.Safety, "2026-11-20T23:30:00+08:00")]
    public void TheSwitchChoosesBusinessHoursExceptForSafety(bool onBusinessHours, CasePriority priority, string due)
    {
        var deadlines = new CaseDeadlines(Weekdays(), onBusinessHours);
        Assert.Equal(At(due), deadlines.Due(At("2026-11-20T19:30:00+08:00"), 4, priority));
        Assert.Equal(onBusinessHours && priority != CasePriority.Safety, deadlines.OnBusinessHours(priority));
    }

    [Fact]
    public void TheOptionsCarryTheSwitchAndTheHolidays()
    {
        var options = new EscalationOptions { DeadlinesOnBusinessHours = true, Holidays = [new DateOnly(2026, 11, 23)] };
        options.StaffedHours[DayOfWeek.Saturday] = "closed";
        options.StaffedHours[DayOfWeek.Sunday] = "closed";
        // Friday 19:30 + 4 h, 08:00-20:00 by default: 30 minutes on Friday, Monday a holiday, 3.5 h on Tuesday.
        Assert.Equal(At("2026-11-24T11:30:00+08:00"), CaseDeadlines.From(options).Due(At("2026-11-20T19:30:00+08:00"), 4, CasePriority.Normal));
        Assert.False(new EscalationOptions().DeadlinesOnBusinessHours);
    }

    [Fact]
    public async Task ACaseOpenedOnAFridayEveningIsDueOnMondayAndASafetyCaseTheSameEvening()
    {
        // Friday 20 November 2026, 19:30 in Shanghai; the team works weekdays 09:00-18:00.
        await using var store = await EscalationStore.CreateAsync(At("2026-11-20T19:30:00+08:00"), o =>
        {
            o.DeadlinesOnBusinessHours = true;
            foreach (var day in Enum.GetValues<DayOfWeek>())
                o.StaffedHours[day] = day is DayOfWeek.Saturday or DayOfWeek.Sunday ? "closed" : "09:00-18:00";
        });

        var routine = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Normal, firstResponseHours: 4, resolutionHours: 48), default);
        var emergency = await store.Desk.OpenAsync(CaseBuilders.Open(CasePriority.Safety, firstResponseHours: 1, resolutionHours: 48, "conv-2"), default);

        Assert.Equal(At("2026-11-23T13:00:00+08:00"), routine.FirstResponseDue);
        Assert.Equal(At("2026-11-30T12:00:00+08:00"), routine.ResolutionDue);
        Assert.True(routine.OnBusinessHours);
        Assert.Equal(At("2026-11-23T09:00:00+08:00"), routine.StaffedAgainAt);
        Assert.Equal(At("2026-11-20T20:30:00+08:00"), emergency.FirstResponseDue);
        Assert.Equal(At("2026-11-22T19:30:00+08:00"), emergency.ResolutionDue);
        Assert.False(emergency.OnBusinessHours);

        // Stored as promised, and the SLA monitor says nothing over the weekend.
        await using (var db = store.CreateDbContext())
        {
            var stored = db.Cases.Single(c => c.Number == routine.Number);
            Assert.Equal(routine.FirstResponseDue, stored.FirstResponseDue);
            Assert.Equal(routine.ResolutionDue, stored.ResolutionDue);
        }
        store.Clock.SetUtcNow(At("2026-11-23T08:30:00+08:00")); // Monday before the opening
        await store.Queue.TakeAsync(emergency.Number, "Li Wei", 5, default);
        await store.Queue.ResolveAsync(emergency.Number, "Li Wei", "Gas supply checked", default);
        Assert.Equal(new SlaCheckResult(0, 0), await store.Sla.CheckAsync(default));
        store.Clock.SetUtcNow(At("2026-11-23T12:00:00+08:00")); // within the hour before the Monday deadline
        Assert.Equal(new SlaCheckResult(1, 0), await store.Sla.CheckAsync(default));
    }
}

using System.Globalization;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>
/// One follow-up delay: a hand-back at "schedule the follow-up" uses <c>FollowUp:DelayHours</c>, as an action marked
/// done does; the deprecated <c>Escalation:FollowUpAfter</c> is read only when the new key is not set.
/// </summary>
public sealed class FollowUpDelaySettingTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task A_follow_up_hand_back_is_due_after_FollowUp_DelayHours()
    {
        await using var store = await EscalationStore.CreateAsync(followUps: o => o.DelayHours = 10);
        var number = (await store.Desk.OpenAsync(CaseBuilders.Open(), None)).Number;
        Assert.True((await store.Queue.TakeAsync(number, "li", 5, None)).Succeeded);
        Assert.True((await store.Queue.HandBackAsync(number, "li", HandBackSteps.ScheduleFollowUp, null, None)).Succeeded);

        var claim = await store.Desk.ClaimHandBackAsync(number, None);

        Assert.Equal(EscalationStore.Noon.AddHours(10), claim!.FollowUpDue);
        await using var db = store.CreateDbContext();
        var events = await db.Events.AsNoTracking().Where(e => e.CaseNumber == number && e.Kind == CaseEventKinds.FollowUpRequested).ToListAsync();
        Assert.Equal("due " + EscalationStore.Noon.AddHours(10).ToString("O", CultureInfo.InvariantCulture), Assert.Single(events).Detail);
    }

    [Theory]
    [InlineData(null, null, 72.0, false)] // neither: the default, three days
    [InlineData("1.12:00:00", null, 36.0, true)] // only the old key: read as the delay
    [InlineData("1.12:00:00", "6", 6.0, false)] // both: the new key wins, the old one is ignored
    [InlineData(null, "6", 6.0, false)] // only the new key
    public void The_deprecated_key_is_read_only_when_DelayHours_is_not_set(string? old, string? hours, double expected, bool applied)
    {
        var options = new FollowUpOptions();
        if (hours is not null) options.DelayHours = double.Parse(hours, CultureInfo.InvariantCulture); // as binding would

        Assert.Equal(applied, DeprecatedFollowUpAfter.Apply(options, Configuration(old, hours)));
        Assert.Equal(expected, options.DelayHours);
        Assert.Equal(old is null ? null : hours is null ? "used" : "ignored",
            DeprecatedFollowUpAfter.Warning(Configuration(old, hours)) switch
            {
                null => null,
                var w when w.Contains("is used as FollowUp:DelayHours", StringComparison.Ordinal) => "used",
                var w when w.Contains("ignored because FollowUp:DelayHours is set", StringComparison.Ordinal) => "ignored",
                var w => w,
            });
    }

    [Theory]
    [InlineData("three days")]
    [InlineData("-1.00:00:00")]
    public void A_bad_old_value_fails_with_a_message_that_names_both_keys(string old)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DeprecatedFollowUpAfter.Apply(new FollowUpOptions(), Configuration(old, null)));
        Assert.Contains("Escalation:FollowUpAfter", error.Message);
        Assert.Contains("FollowUp:DelayHours", error.Message);
        Assert.Contains(old, error.Message);
    }

    private static IConfiguration Configuration(string? old, string? hours) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DeprecatedFollowUpAfter.Key] = old,
            [DeprecatedFollowUpAfter.NewKey] = hours,
        })
        .Build();
}

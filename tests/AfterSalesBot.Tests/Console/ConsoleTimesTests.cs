using System.Globalization;
using System.Net;
using AfterSalesBot.Escalation.Staff;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>Issue 15, item 4: every time on the console is in the staff member's own zone, in one format per language,
/// with the zone named; the zone is an account setting beside the language, the staffed-hours zone by default.</summary>
public sealed class ConsoleTimesTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task A_cases_times_show_in_the_accounts_zone_with_its_name_in_both_languages()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "My printer keeps jamming");
        using var _ = customer;
        var directory = new StaffDirectory(new ConsoleSession.Factory(fixture.Server), TimeProvider.System);
        await directory.CreateAsync(new NewStaffAccount("agent.ny", "Dana", ConsoleSession.Password, [StaffRoles.Agent],
            TimeZone: "America/New_York"), CancellationToken.None);
        var opened = await OpenedAtAsync(number);

        using var agent = await ConsoleSession.SignInAsync(fixture.Server, "agent.ny");
        var english = await CasePageAsync(agent, number);
        await agent.GetAsync("/console/language/zh");
        var chinese = await CasePageAsync(agent, number);

        var local = TimeZoneInfo.ConvertTime(opened, NewYork); // December: EST, five hours behind UTC
        Assert.Contains($"<dt>Opened</dt><dd>{local:yyyy-MM-dd HH:mm} (America/New_York, UTC-05:00)</dd>", english, StringComparison.Ordinal);
        Assert.Contains($"<dd>{local.ToString("yyyy年MM月dd日 HH:mm", CultureInfo.InvariantCulture)}（America/New_York，UTC-05:00）</dd>",
            chinese, StringComparison.Ordinal);
        // The live chat writes its lines with the same zone and pattern.
        Assert.Contains("data-time-zone=\"America/New_York\"", english, StringComparison.Ordinal);
        Assert.Contains("data-time-format=\"{yyyy}年{MM}月{dd}日 {HH}:{mm}（{zone}，{offset}）\"", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_without_a_zone_sees_the_staffed_hours_zone_and_an_admin_can_set_another()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The dryer makes a loud noise");
        using var _ = customer;
        await ConsoleSession.CreateAccountAsync(fixture.Server, "agent.tz", StaffRoles.Agent);
        var opened = await OpenedAtAsync(number);

        using (var agent = await ConsoleSession.SignInAsync(fixture.Server, "agent.tz"))
        {
            Assert.Contains($"<dd>{TimeZoneInfo.ConvertTime(opened, Shanghai):yyyy-MM-dd HH:mm} (Asia/Shanghai, UTC+08:00)</dd>",
                await CasePageAsync(agent, number), StringComparison.Ordinal);
        }

        using var admin = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Admin);
        var refused = await admin.PostFormAsync("/console/admin/staff", "/console/admin/staff?handler=Update&user=agent.tz",
            new() { ["roles"] = StaffRoles.Agent, ["capacity"] = "5", ["timeZone"] = "Mars/Olympus_Mons" });
        Assert.StartsWith("“Mars/Olympus_Mons” is not a time zone this server knows.", await admin.FlashAfterAsync(refused));
        var saved = await admin.PostFormAsync("/console/admin/staff", "/console/admin/staff?handler=Update&user=agent.tz",
            new() { ["roles"] = StaffRoles.Agent, ["capacity"] = "5", ["timeZone"] = "America/New_York" });
        Assert.Equal("Saved.", await admin.FlashAfterAsync(saved));

        using var again = await ConsoleSession.SignInAsync(fixture.Server, "agent.tz");
        Assert.Contains($"<dd>{TimeZoneInfo.ConvertTime(opened, NewYork):yyyy-MM-dd HH:mm} (America/New_York, UTC-05:00)</dd>",
            await CasePageAsync(again, number), StringComparison.Ordinal);
    }

    private async Task<DateTimeOffset> OpenedAtAsync(string number)
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => c.OpenedAt).SingleAsync();
    }

    private static async Task<string> CasePageAsync(ConsoleSession session, string number) =>
        WebUtility.HtmlDecode(await session.GetPageAsync($"/console/case/{number}"));
}

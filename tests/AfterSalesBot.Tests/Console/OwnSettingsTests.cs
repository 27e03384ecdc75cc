using System.Net;
using AfterSalesBot.Escalation.Staff;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>Issue 15, item 4: a staff member sets their own time zone (and language) on their settings page, over HTTP with
/// the form's antiforgery token, and from then on every console time is in that zone with the zone named.</summary>
public sealed class OwnSettingsTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public async Task A_staff_member_sets_their_own_zone_and_sees_the_cases_times_in_it()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "My fridge is not cooling");
        using var _ = customer;
        await ConsoleSession.CreateAccountAsync(fixture.Server, "agent.berlin", StaffRoles.Agent);
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, "agent.berlin");

        var form = await agent.GetPageAsync("/console/settings");
        Assert.Contains("<option value=\"Europe/Berlin\">Europe/Berlin</option>", form, StringComparison.Ordinal);
        Assert.Contains("The staffed-hours zone (Asia/Shanghai)", WebUtility.HtmlDecode(form), StringComparison.Ordinal);

        var saved = await agent.PostFormAsync("/console/settings", "/console/settings", new() { ["language"] = "en", ["timeZone"] = "Europe/Berlin" });
        Assert.Equal("Saved.", await agent.FlashAfterAsync(saved));

        var opened = await OpenedAtAsync(number);
        var local = TimeZoneInfo.ConvertTime(opened, Berlin); // December: CET, one hour ahead of UTC
        Assert.Contains($"<dt>Opened</dt><dd>{local:yyyy-MM-dd HH:mm} (Europe/Berlin, UTC+01:00)</dd>",
            WebUtility.HtmlDecode(await agent.GetPageAsync($"/console/case/{number}")), StringComparison.Ordinal);
        Assert.Contains("data-time-zone=\"Europe/Berlin\"", await agent.GetPageAsync("/console"), StringComparison.Ordinal);
        Assert.Matches("<option value=\"Europe/Berlin\" selected=\"selected\">", await agent.GetPageAsync("/console/settings"));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("China Standard Time")] // a Windows id: not one of the IANA ids the page offers
    public async Task A_zone_the_page_does_not_offer_is_refused_and_nothing_changes(string zone)
    {
        await ConsoleSession.CreateAccountAsync(fixture.Server, "agent.mars" + zone.Length, StaffRoles.Agent);
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, "agent.mars" + zone.Length);

        var refused = await agent.PostFormAsync("/console/settings", "/console/settings", new() { ["language"] = "en", ["timeZone"] = zone });

        Assert.StartsWith($"“{zone}” is not a time zone this server knows.", await agent.FlashAfterAsync(refused), StringComparison.Ordinal);
        Assert.Contains("data-time-zone=\"Asia/Shanghai\"", await agent.GetPageAsync("/console"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_speaks_Chinese_once_the_language_is_set_and_shows_times_in_Chinese_with_the_zone()
    {
        await ConsoleSession.CreateAccountAsync(fixture.Server, "agent.tokyo", StaffRoles.Agent);
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, "agent.tokyo");
        await agent.GetAsync("/console/language/en"); // a header switch choice the saved language replaces

        var saved = await agent.PostFormAsync("/console/settings", "/console/settings", new() { ["language"] = "zh", ["timeZone"] = "Asia/Tokyo" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = WebUtility.HtmlDecode(await agent.GetPageAsync("/console/settings"));
        Assert.Contains("<h1>个人设置</h1>", page, StringComparison.Ordinal);
        Assert.Contains("时区", page, StringComparison.Ordinal);
        Assert.Matches(@"现在是 \d{4}年\d{2}月\d{2}日 \d{2}:\d{2}（Asia/Tokyo，UTC\+09:00）", page);
    }

    private async Task<DateTimeOffset> OpenedAtAsync(string number)
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Cases.AsNoTracking().Where(c => c.Number == number).Select(c => c.OpenedAt).SingleAsync();
    }
}

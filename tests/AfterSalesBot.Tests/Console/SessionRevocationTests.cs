using System.Net;
using AfterSalesBot.Escalation.Staff;

namespace AfterSalesBot.Tests.Console;

/// <summary>A console cookie is only as good as the account's security stamp: signing out, an admin's password reset and
/// the person's own password change each end every copy of the old session, on the real host.</summary>
public sealed class SessionRevocationTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private const string NewPassword = "a-brand-new-password";

    private async Task<string> NewAgentAsync(string prefix)
    {
        var name = prefix + "." + Guid.NewGuid().ToString("N")[..6];
        await ConsoleSession.CreateAccountAsync(fixture.Server, name, StaffRoles.Agent);
        return name;
    }

    private static async Task AssertSignedOutAsync(ConsoleSession session)
    {
        var page = await session.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/console/login", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copied_cookie_dies_when_its_owner_signs_out()
    {
        var name = await NewAgentAsync("copied");
        using var browser = await ConsoleSession.SignInAsync(fixture.Server, name);
        using var copy = browser.CopyTo(fixture.Server);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/console")).StatusCode);

        await browser.PostAsync("/console/logout");

        await AssertSignedOutAsync(copy);
        using var again = await ConsoleSession.SignInAsync(fixture.Server, name);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task An_admins_password_reset_ends_the_old_sessions()
    {
        var name = await NewAgentAsync("reset");
        using var old = await ConsoleSession.SignInAsync(fixture.Server, name);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync("/console")).StatusCode);

        using var admin = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Admin);
        var reset = await admin.PostFormAsync("/console/admin/staff", "/console/admin/staff?handler=Password",
            new() { ["user"] = name, ["password"] = NewPassword });
        Assert.Equal("Saved.", await admin.FlashAfterAsync(reset));

        await AssertSignedOutAsync(old);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/console/admin/staff")).StatusCode); // the admin's own session lives on
        using var fresh = await ConsoleSession.SignInAsync(fixture.Server, name, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/console")).StatusCode);
    }

    [Theory]
    [InlineData("en", "Your password is changed. Other sessions of your account have ended.")]
    [InlineData("zh", "密码已更改。您账户的其他会话已结束。")]
    public async Task Changing_ones_own_password_keeps_this_session_and_ends_the_others(string language, string changed)
    {
        var name = await NewAgentAsync("self");
        using var here = await ConsoleSession.SignInAsync(fixture.Server, name);
        await here.GetAsync("/console/language/" + language);
        using var elsewhere = await ConsoleSession.SignInAsync(fixture.Server, name);

        var response = await here.PostFormAsync("/console/password", "/console/password",
            new() { ["currentPassword"] = ConsoleSession.Password, ["newPassword"] = NewPassword });
        Assert.Equal(changed, await here.FlashAfterAsync(response));

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/console")).StatusCode);
        await AssertSignedOutAsync(elsewhere);
        using var withNew = await ConsoleSession.SignInAsync(fixture.Server, name, NewPassword);
        await Assert.ThrowsAsync<InvalidOperationException>(() => ConsoleSession.SignInAsync(fixture.Server, name));
    }

    [Theory]
    [InlineData("en", "The current password is not right.")]
    [InlineData("zh", "当前密码不正确。")]
    public async Task A_wrong_current_password_changes_nothing(string language, string refused)
    {
        var name = await NewAgentAsync("wrongcur");
        using var here = await ConsoleSession.SignInAsync(fixture.Server, name);
        await here.GetAsync("/console/language/" + language);
        var response = await here.PostFormAsync("/console/password", "/console/password",
            new() { ["currentPassword"] = "not-the-password", ["newPassword"] = NewPassword });
        Assert.Equal(refused, await here.FlashAfterAsync(response));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/console")).StatusCode);
        using var stillOld = await ConsoleSession.SignInAsync(fixture.Server, name);
    }
}

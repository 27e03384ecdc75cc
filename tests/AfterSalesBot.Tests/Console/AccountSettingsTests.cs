using System.Security.Claims;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Http;

namespace AfterSalesBot.Tests.Console;

/// <summary>Issue 15, item 5: each account setting does what its label says — the account's language is the console's
/// language until the header switch chooses another, and a new account gets only the roles ticked.</summary>
public sealed class AccountSettingsTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private static HttpContext Request(string? accountLanguage, string? cookie, string acceptLanguage)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.AcceptLanguage = acceptLanguage;
        if (cookie is not null) context.Request.Headers.Cookie = $"{ConsoleCulture.Cookie}={cookie}";
        if (accountLanguage is not null)
            context.User = StaffPrincipal.Create(new StaffAccount { UserName = "li", DisplayName = "Li Wei", Roles = StaffRoles.Agent, Language = accountLanguage }, "test");
        return context;
    }

    [Theory]
    [InlineData("zh", null, "en-US,en;q=0.9", "zh-Hans")] // the account's language beats the browser's
    [InlineData("en", null, "zh-CN,zh;q=0.9", "en")]
    [InlineData("zh", "en", "zh-CN", "en")] // the header switch beats the account
    [InlineData(null, null, "zh-CN", "zh-Hans")] // signed out: the browser
    public void TheConsoleSpeaksTheAccountsLanguageUntilTheSwitchChoosesAnother(string? account, string? cookie, string accept, string expected) =>
        Assert.Equal(expected, ConsoleCulture.For(Request(account, cookie, accept)).Name);

    [Fact]
    public async Task TheNewAccountFormTicksNoRoleAndSaysEachRolesName()
    {
        using var admin = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Admin);

        var page = await admin.GetPageAsync("/console/admin/staff");

        var form = page[page.IndexOf("handler=Create", StringComparison.Ordinal)..];
        Assert.DoesNotContain("checked", form[..form.IndexOf("</form>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("value=\"Supervisor\" /> Supervisor</label>", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAccountSetToChineseSeesTheConsoleInChineseWhateverTheBrowserSays()
    {
        var directory = new StaffDirectory(new ConsoleSession.Factory(fixture.Server), TimeProvider.System);
        await directory.CreateAsync(new NewStaffAccount("agent.zhou", "周敏", ConsoleSession.Password, [StaffRoles.Agent], Language: "zh"), CancellationToken.None);
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, "agent.zhou");

        var page = await agent.GetPageAsync("/console");

        Assert.Contains("lang=\"zh-Hans\"", page, StringComparison.Ordinal);
    }
}

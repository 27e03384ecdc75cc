using System.Diagnostics;
using System.Net;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

/// <summary>Signing in to the console: one message for every refusal, lockout, no open redirect, disabled accounts
/// dropped at once, sign-out, the audit trail, and the documented command that creates the first admin.</summary>
public sealed class StaffSignInTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        using var session = new ConsoleSession(fixture.Server);
        var wrong = await session.PostFormAsync("/console/login", "/console/login", new() { ["userName"] = ConsoleServerFixture.Agent, ["password"] = "not-it-at-all" });
        var unknown = await session.PostFormAsync("/console/login", "/console/login", new() { ["userName"] = "nobody.here", ["password"] = "not-it-at-all" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("The user name or password is not right.", await wrong.Content.ReadAsStringAsync());
        Assert.Contains("The user name or password is not right.", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var name = "lockme." + Guid.NewGuid().ToString("N")[..6];
        await ConsoleSession.CreateAccountAsync(fixture.Server, name, StaffRoles.Agent);
        using var session = new ConsoleSession(fixture.Server);
        for (var i = 0; i < StaffDirectory.FailuresBeforeLockout; i++)
            await session.PostFormAsync("/console/login", "/console/login", new() { ["userName"] = name, ["password"] = "wrong-password-" + i });
        var right = await session.PostFormAsync("/console/login", "/console/login", new() { ["userName"] = name, ["password"] = ConsoleSession.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked for 15 minutes", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_in_returns_only_into_the_console()
    {
        using var session = new ConsoleSession(fixture.Server);
        var response = await session.PostFormAsync("/console/login", "/console/login",
            new() { ["userName"] = ConsoleServerFixture.Agent, ["password"] = ConsoleSession.Password, ["returnUrl"] = "//evil.example/console" });
        Assert.Equal("/console", response.Headers.Location!.OriginalString);
        using var other = new ConsoleSession(fixture.Server);
        var inside = await other.PostFormAsync("/console/login", "/console/login",
            new() { ["userName"] = ConsoleServerFixture.Agent, ["password"] = ConsoleSession.Password, ["returnUrl"] = "/console/case/AS-1" });
        Assert.Equal("/console/case/AS-1", inside.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_disabled_account_loses_its_session_at_the_next_request_and_the_admin_sees_it_all_in_the_audit()
    {
        var name = "leaver." + Guid.NewGuid().ToString("N")[..6];
        await ConsoleSession.CreateAccountAsync(fixture.Server, name, StaffRoles.Agent);
        using var leaver = await ConsoleSession.SignInAsync(fixture.Server, name);
        Assert.Equal(HttpStatusCode.OK, (await leaver.GetAsync("/console")).StatusCode);

        using var admin = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Admin);
        var disabled = await admin.PostFormAsync("/console/admin/staff", $"/console/admin/staff?handler=Disable&user={name}&disabled=true", []);
        Assert.Equal("Saved.", await admin.FlashAfterAsync(disabled));

        var after = await leaver.GetAsync("/console");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/console/login", after.Headers.Location!.OriginalString);
        var audit = await admin.GetPageAsync($"/console/admin/audit?target={name}");
        Assert.Contains("AccountChanged", audit);
        Assert.Contains("disabled", audit);
        var signIns = await admin.GetPageAsync($"/console/admin/audit?actor={name}");
        Assert.Contains("SignedIn", signIns);
    }

    [Fact]
    public async Task Sign_out_is_a_post_and_ends_the_session()
    {
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        Assert.Equal(HttpStatusCode.Redirect, (await agent.GetAsync("/console/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/console")).StatusCode); // a GET did not sign out
        await agent.PostAsync("/console/logout");
        Assert.Contains("/console/login", (await agent.GetAsync("/console")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_console_speaks_Chinese_when_asked()
    {
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        await agent.GetAsync("/console/language/zh?returnUrl=/console");
        var page = await agent.GetPageAsync("/console");
        Assert.Contains("我的案件", page);
        Assert.Contains("lang=\"zh-Hans\"", page);
        await agent.GetAsync("/console/language/en?returnUrl=https://evil.example/");
        Assert.Contains("My cases", await agent.GetPageAsync("/console"));
    }

    [Fact]
    public async Task The_staff_command_creates_the_first_admin_who_can_sign_in()
    {
        var (code, output) = await RunStaffCommandAsync("correct-horse-battery", "staff", "add", "first.admin", "--role", "Admin", "--name", "First Admin");
        Assert.True(code == 0, output);
        Assert.Contains("Created 'first.admin' (Admin)", output);
        using var admin = await ConsoleSession.SignInAsync(fixture.Server, "first.admin", "correct-horse-battery");
        Assert.Contains("First Admin", await admin.GetPageAsync("/console/admin/staff"));

        var (again, againOutput) = await RunStaffCommandAsync("correct-horse-battery", "staff", "add", "first.admin", "--role", "Admin");
        Assert.Equal(1, again);
        Assert.Contains("already an account", againOutput);
        var (weak, weakOutput) = await RunStaffCommandAsync("short", "staff", "add", "weak.one", "--role", "Agent");
        Assert.Equal(1, weak);
        Assert.Contains("at least 10 characters", weakOutput);
        var (usage, usageOutput) = await RunStaffCommandAsync("correct-horse-battery", "staff", "add", "no.role");
        Assert.Equal(2, usage);
        Assert.Contains("Usage:", usageOutput);
    }

    private async Task<(int Code, string Output)> RunStaffCommandAsync(string password, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(RepoPaths.BotDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Storage__DataDirectory"] = fixture.Server.DataDirectory;
        start.Environment["ASB_STAFF_PASSWORD"] = password;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}

using System.Net;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Staff;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>Wrong passwords sent all at once against the real host: the lockout counts each one, so no more than the
/// limit are ever checked against the hash, and the right password is refused while the account is locked.</summary>
public sealed class SignInLockoutRaceTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task Forty_simultaneous_wrong_passwords_check_at_most_the_limit_and_lock_the_account()
    {
        var name = "raced." + Guid.NewGuid().ToString("N")[..6];
        await ConsoleSession.CreateAccountAsync(fixture.Server, name, StaffRoles.Agent);
        var sessions = Enumerable.Range(0, 40).Select(_ => new ConsoleSession(fixture.Server)).ToList();
        // Each browser first holds its sign-in page (and antiforgery token); then all forty post together.
        var start = new TaskCompletionSource();
        var posts = sessions.Select((s, i) => Task.Run(async () =>
        {
            await start.Task;
            return await s.PostFormAsync("/console/login", "/console/login", new() { ["userName"] = name, ["password"] = "wrong-password-" + i });
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(posts);
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));

        await using (var db = ConsoleSession.OpenDatabase(fixture.Server))
        {
            var failures = await db.Audit.AsNoTracking().Where(e => e.Actor == name && e.Action == AuditActions.SignInFailed).ToListAsync();
            Assert.Equal(40, failures.Count);
            // Refused without looking at the password: "LockedOut"; every other refusal had its password checked.
            var checkedPasswords = failures.Count(e => e.Detail != nameof(SignInRefusal.LockedOut));
            Assert.InRange(checkedPasswords, 1, StaffDirectory.FailuresBeforeLockout);
        }

        using var owner = new ConsoleSession(fixture.Server);
        var right = await owner.PostFormAsync("/console/login", "/console/login", new() { ["userName"] = name, ["password"] = ConsoleSession.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked for 15 minutes", await right.Content.ReadAsStringAsync());
        foreach (var s in sessions) s.Dispose();
    }
}

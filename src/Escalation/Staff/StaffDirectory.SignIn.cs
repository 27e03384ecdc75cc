using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Staff;

public sealed partial class StaffDirectory
{
    /// <summary>
    /// Checks a password against the lockout. Each try is taken from the account in one conditional UPDATE
    /// (<c>FailedSignIns + 1 WHERE FailedSignIns &lt; limit AND not locked</c>) before the hash is compared, so however
    /// many sign-ins arrive at once, no more than <see cref="FailuresBeforeLockout"/> passwords are checked between two
    /// successes; the try that fails last locks the account, and a right password is refused while it is locked.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string userName, string password, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var name = Normalize(userName ?? "");
        var account = await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.UserName == name, ct);
        var now = time.GetUtcNow();
        if (account?.PasswordHash is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password ?? "");
            return new SignInResult(null, SignInRefusal.UnknownOrWrongPassword, PasswordChecked: true); // as a wrong password does
        }
        if (account.Disabled) return new SignInResult(null, SignInRefusal.Disabled);
        if (account.LockedUntil > now) return new SignInResult(null, SignInRefusal.LockedOut, account.LockedUntil);
        var mine = db.StaffAccounts.Where(a => a.UserName == name);
        if (account.LockedUntil is { } expired) // the lockout is over: the count starts again (once, whoever comes first)
            await mine.Where(a => a.LockedUntil == expired)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LockedUntil, (DateTimeOffset?)null).SetProperty(a => a.FailedSignIns, 0), ct);

        var taken = await mine.Where(a => a.LockedUntil == null && a.FailedSignIns < FailuresBeforeLockout)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), ct);
        if (taken == 0) return new SignInResult(null, SignInRefusal.LockedOut); // the last tries are being checked right now

        var verdict = Hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            var until = now + LockoutDuration;
            var locked = await mine.Where(a => a.LockedUntil == null && a.FailedSignIns >= FailuresBeforeLockout)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LockedUntil, (DateTimeOffset?)until).SetProperty(a => a.FailedSignIns, 0), ct);
            return locked > 0
                ? new SignInResult(null, SignInRefusal.LockedOut, until, PasswordChecked: true)
                : new SignInResult(null, SignInRefusal.UnknownOrWrongPassword, PasswordChecked: true);
        }
        var hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account, password!) : account.PasswordHash;
        await mine.ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, 0).SetProperty(a => a.LockedUntil, (DateTimeOffset?)null)
            .SetProperty(a => a.LastSignInAt, (DateTimeOffset?)now).SetProperty(a => a.PasswordHash, (string?)hash), ct);
        account.FailedSignIns = 0;
        account.LockedUntil = null;
        account.LastSignInAt = now;
        account.PasswordHash = hash;
        return new SignInResult(account, null, PasswordChecked: true);
    }
}

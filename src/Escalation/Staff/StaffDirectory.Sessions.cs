using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Staff;

/// <summary>What a person's own password change came to.</summary>
public enum PasswordChange
{
    Changed,
    WrongPassword,
    LockedOut,
    NotAllowed,
}

/// <summary>What ends console sessions: each session carries the account's security stamp, and a new stamp ends every
/// session that carries the old one (sign-out, a password reset or change).</summary>
public sealed partial class StaffDirectory
{
    public static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Ends every session of the account (a new security stamp); false when it does not exist.</summary>
    public async Task<bool> EndSessionsAsync(string userName, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var name = Normalize(userName);
        var stamp = NewStamp();
        return await db.StaffAccounts.Where(a => a.UserName == name).ExecuteUpdateAsync(s => s.SetProperty(a => a.SecurityStamp, stamp), ct) > 0;
    }

    /// <summary>The person's own change: the current password is checked like a sign-in (and counts towards the
    /// lockout); then the new one is set and every session ends.</summary>
    public async Task<PasswordChange> ChangePasswordAsync(string userName, string currentPassword, string newPassword, CancellationToken ct)
    {
        if (PasswordProblem(newPassword) is { } problem) throw new ArgumentException(problem, nameof(newPassword));
        var check = await SignInAsync(userName, currentPassword, ct);
        if (!check.Succeeded)
            return check.Refusal switch
            {
                SignInRefusal.LockedOut => PasswordChange.LockedOut,
                SignInRefusal.Disabled => PasswordChange.NotAllowed,
                _ => PasswordChange.WrongPassword,
            };
        return await SetPasswordAsync(userName, newPassword, ct) ? PasswordChange.Changed : PasswordChange.NotAllowed;
    }
}

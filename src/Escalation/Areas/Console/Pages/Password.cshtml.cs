using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

/// <summary>A person changes their own password: the current one is checked like a sign-in (it counts towards the
/// lockout), every other session of the account ends, and this one goes on with the new security stamp.</summary>
public sealed class PasswordModel(StaffDirectory directory) : ConsolePageModel
{
    public bool HasPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => HasPassword = (await directory.FindAsync(UserName, ct))?.PasswordHash is not null;

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, CancellationToken ct)
    {
        if (StaffDirectory.PasswordProblem(newPassword ?? "") is not null)
        {
            Tell(L.T("Password.TooShort", StaffDirectory.MinimumPasswordLength), error: true);
            return RedirectToPage();
        }
        switch (await directory.ChangePasswordAsync(UserName, currentPassword ?? "", newPassword!, ct))
        {
            case PasswordChange.Changed:
                var account = await directory.FindAsync(UserName, ct);
                await HttpContext.SignInAsync(ConsoleServiceCollectionExtensions.CookieScheme,
                    StaffPrincipal.Create(account!, ConsoleServiceCollectionExtensions.CookieScheme));
                await AuditAsync(AuditActions.AccountChanged, UserName, "own password changed");
                Tell(L.T("Password.Changed"));
                break;
            case PasswordChange.LockedOut:
                await AuditAsync(AuditActions.SignInFailed, UserName, "password change: locked out");
                Tell(L.T("Login.LockedOut", (int)StaffDirectory.LockoutDuration.TotalMinutes), error: true);
                break;
            default:
                await AuditAsync(AuditActions.SignInFailed, UserName, "password change: wrong current password");
                Tell(L.T("Password.Wrong"), error: true);
                break;
        }
        return RedirectToPage();
    }
}

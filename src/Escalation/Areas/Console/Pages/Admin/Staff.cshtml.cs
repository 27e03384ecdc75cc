using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Admin;

/// <summary>Accounts: create, change roles and capacity, disable, reset a password. Every change is audited.</summary>
public sealed class StaffModel(StaffDirectory directory) : ConsolePageModel
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    /// <summary>The IANA zone ids this server knows, offered as the time zone field's suggestions.</summary>
    public static IReadOnlyList<string> ZoneIds => ConsoleTime.ZoneIds;

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await directory.ListAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string? userName, string? displayName, string? password, string[]? roles, int capacity,
        string? language, string? timeZone, CancellationToken ct)
    {
        var account = new NewStaffAccount(userName ?? "", displayName ?? "", password ?? "", StaffRoles.Parse(string.Join(",", roles ?? [])),
            capacity, Language: language ?? "en", TimeZone: timeZone);
        if (StaffDirectory.TimeZoneProblem(timeZone) is not null) Tell(L.T("Staff.InvalidTimeZone", timeZone), error: true);
        else if (StaffDirectory.Validate(account) is { } problem) Tell(problem, error: true);
        else if (!await directory.CreateAsync(account, ct)) Tell(L.T("Staff.Exists"), error: true);
        else
        {
            await AuditAsync(AuditActions.AccountCreated, StaffDirectory.Normalize(account.UserName), string.Join(",", account.Roles));
            Tell(L.T("Staff.Created", StaffDirectory.Normalize(account.UserName)));
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUpdateAsync(string user, string[]? roles, int capacity, string? timeZone, CancellationToken ct)
    {
        var parsed = StaffRoles.Parse(string.Join(",", roles ?? []));
        var zone = StaffDirectory.NormalizeTimeZone(timeZone);
        if (parsed.Count == 0 || capacity is < 1 or > 100) Tell(L.T("Staff.Invalid"), error: true);
        else if (StaffDirectory.TimeZoneProblem(timeZone) is not null) Tell(L.T("Staff.InvalidTimeZone", timeZone), error: true);
        else if (StaffDirectory.Normalize(user) == UserName && !parsed.Contains(StaffRoles.Admin)) Tell(L.T("Staff.KeepOwnAdmin"), error: true);
        else if (await directory.UpdateAsync(user, a => { a.Roles = string.Join(",", parsed); a.Capacity = capacity; a.TimeZone = zone; }, ct))
        {
            await AuditAsync(AuditActions.AccountChanged, StaffDirectory.Normalize(user),
                $"roles {string.Join(",", parsed)}, capacity {capacity}, time zone {zone ?? "(staffed hours)"}");
            Tell(L.T("Staff.Saved"));
        }
        else return NotFound();
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(string user, bool disabled, CancellationToken ct)
    {
        if (StaffDirectory.Normalize(user) == UserName) Tell(L.T("Staff.KeepOwnAdmin"), error: true);
        else if (await directory.UpdateAsync(user, a => a.Disabled = disabled, ct))
        {
            await AuditAsync(AuditActions.AccountChanged, StaffDirectory.Normalize(user), disabled ? "disabled" : "enabled");
            Tell(L.T("Staff.Saved"));
        }
        else return NotFound();
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPasswordAsync(string user, string? password, CancellationToken ct)
    {
        if (StaffDirectory.PasswordProblem(password ?? "") is { } problem) Tell(problem, error: true);
        else if (await directory.SetPasswordAsync(user, password!, ct))
        {
            await AuditAsync(AuditActions.AccountChanged, StaffDirectory.Normalize(user), "password reset");
            Tell(L.T("Staff.Saved"));
        }
        else return NotFound();
        return RedirectToPage();
    }
}

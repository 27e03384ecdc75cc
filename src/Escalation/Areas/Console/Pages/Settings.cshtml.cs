using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

/// <summary>A person's own settings: the console's language and the time zone every console time is shown in. The
/// zone is one of <see cref="ConsoleTime.ZoneIds"/> or empty (the staffed-hours zone); anything else is refused.</summary>
public sealed class SettingsModel(StaffDirectory directory) : ConsolePageModel
{
    public string Language { get; private set; } = "en";

    /// <summary>The account's own zone; null: the staffed-hours zone (<see cref="ConsolePageModel.Zone"/>).</summary>
    public string? TimeZone { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await directory.FindAsync(UserName, ct) is not { } account) return NotFound();
        (Language, TimeZone) = (account.Language, account.TimeZone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? language, string? timeZone, CancellationToken ct)
    {
        var zone = StaffDirectory.NormalizeTimeZone(timeZone);
        if (language is not ("en" or "zh")) Tell(L.T("Settings.InvalidLanguage"), error: true);
        else if (StaffDirectory.TimeZoneProblem(timeZone) is not null) Tell(L.T("Staff.InvalidTimeZone", timeZone), error: true);
        else if (await directory.UpdateAsync(UserName, a => { a.Language = language; a.TimeZone = zone; }, ct))
        {
            // The saved language is the console's from the next page on: the header switch's choice would hide it.
            Response.Cookies.Delete(ConsoleCulture.Cookie, new CookieOptions { Path = "/console" });
            await AuditAsync(AuditActions.AccountChanged, UserName, $"own settings: language {language}, time zone {zone ?? "(staffed hours)"}");
            Tell(L.T("Staff.Saved"));
        }
        else return NotFound();
        return RedirectToPage();
    }
}

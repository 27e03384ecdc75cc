using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

/// <summary>Sign-out is a POST (with the antiforgery token), so a link elsewhere cannot sign staff out. It ends the session
/// on the server too (a new security stamp): a copy of the cookie is refused from then on, and so are the account's other
/// sessions.</summary>
public sealed class LogoutModel(AuditLog audit, StaffDirectory directory) : PageModel
{
    public IActionResult OnGet() => Redirect("/console");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await directory.EndSessionsAsync(User.UserName(), ct);
            await audit.WriteAsync(User.UserName(), AuditActions.SignedOut, remoteAddress: HttpContext.Connection.RemoteIpAddress?.ToString(), ct: ct);
        }
        await HttpContext.SignOutAsync(ConsoleServiceCollectionExtensions.CookieScheme);
        return Redirect("/console/login");
    }
}

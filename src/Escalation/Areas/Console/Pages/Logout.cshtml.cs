using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

/// <summary>Sign-out is a POST (with the antiforgery token), so a link elsewhere cannot sign staff out.</summary>
public sealed class LogoutModel(AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/console");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated == true)
            await audit.WriteAsync(User.UserName(), AuditActions.SignedOut, remoteAddress: HttpContext.Connection.RemoteIpAddress?.ToString(), ct: ct);
        await HttpContext.SignOutAsync(ConsoleServiceCollectionExtensions.CookieScheme);
        return Redirect("/console/login");
    }
}

using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

/// <summary>Sign-in with a local account (and, when configured, OpenID Connect). One message for every refusal, so the
/// page does not tell which user names exist.</summary>
public sealed class LoginModel(StaffDirectory directory, AuditLog audit, IOptions<ConsoleOptions> options) : PageModel
{
    public string? Error { get; private set; }
    public string? ReturnUrl { get; private set; }
    public string? UserNameInput { get; private set; }
    public string? ExternalName => options.Value.OpenIdConnect.Enabled ? options.Value.OpenIdConnect.DisplayName : null;

    public void OnGet(string? returnUrl, string? external)
    {
        ReturnUrl = ConsoleCulture.LocalConsoleUrl(returnUrl);
        // Back from a refused OpenID Connect sign-in (ExternalSignIn): one message whatever the reason.
        if (external == "refused" && ExternalName is { } provider) Error = L.T("Login.ExternalRefused", provider);
    }

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = ConsoleCulture.LocalConsoleUrl(returnUrl);
        UserNameInput = userName;
        var result = await directory.SignInAsync(userName ?? "", password ?? "", ct);
        var remote = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (!result.Succeeded)
        {
            // "password checked" tells the tries that reached the hash from those refused before it (the lockout's proof).
            await audit.WriteAsync(StaffDirectory.Normalize(userName ?? "anonymous") is { Length: > 0 } n ? n : "anonymous",
                AuditActions.SignInFailed, detail: result.Refusal + (result.PasswordChecked ? ", password checked" : ""), remoteAddress: remote, ct: ct);
            Error = result.Refusal == SignInRefusal.LockedOut ? L.T("Login.LockedOut", (int)StaffDirectory.LockoutDuration.TotalMinutes) : L.T("Login.Failed");
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(ConsoleServiceCollectionExtensions.CookieScheme,
            StaffPrincipal.Create(result.Account!, ConsoleServiceCollectionExtensions.CookieScheme));
        await audit.WriteAsync(result.Account!.UserName, AuditActions.SignedIn, remoteAddress: remote, ct: ct);
        return LocalRedirect(ReturnUrl ?? "/console");
    }

    /// <summary>Single sign-on starts with a plain link (GET), not a form: the page's CSP says <c>form-action 'self'</c>,
    /// and browsers apply that to every redirect a form submission follows, so a form could never reach the provider.
    /// Starting a sign-in changes nothing here, so a GET is safe.</summary>
    public IActionResult OnGetExternal(string? returnUrl) => ExternalName is null
        ? NotFound()
        : Challenge(new AuthenticationProperties { RedirectUri = ConsoleCulture.LocalConsoleUrl(returnUrl) ?? "/console" }, ConsoleServiceCollectionExtensions.OpenIdScheme);
}

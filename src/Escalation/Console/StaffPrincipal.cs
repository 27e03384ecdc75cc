using System.Security.Claims;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Escalation.Console;

/// <summary>The signed-in staff member as claims: user name, display name, roles.</summary>
public static class StaffPrincipal
{
    public const string DisplayNameClaim = "asb:display";

    /// <summary>The account's <see cref="StaffAccount.SecurityStamp"/> when the session began.</summary>
    public const string StampClaim = "asb:stamp";
    /// <summary>The account's console language ("en" or "zh"), used unless the header switch chose one.</summary>
    public const string LanguageClaim = "asb:lang";
    /// <summary>The account's time zone id, empty for the staffed-hours zone (<see cref="ConsoleTime.ZoneFor"/>).</summary>
    public const string TimeZoneClaim = "asb:tz";

    public static ClaimsPrincipal Create(StaffAccount account, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(DisplayNameClaim, account.DisplayName),
            new(StampClaim, account.SecurityStamp),
            new(LanguageClaim, account.Language == "zh" ? "zh" : "en"),
            new(TimeZoneClaim, account.TimeZone ?? ""),
        };
        claims.AddRange(account.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? throw new InvalidOperationException("Not signed in.");

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirst(DisplayNameClaim)?.Value ?? user.UserName();

    public static bool IsSupervisor(this ClaimsPrincipal user) => user.IsInRole(StaffRoles.Supervisor) || user.IsInRole(StaffRoles.Admin);

    /// <summary>Every request re-reads the account (once: the cookie handler keeps its result for the request), so a
    /// disabled account, a changed role or a new security stamp (sign-out, password reset or change) takes effect at once.
    /// A copied cookie dies with the session it was copied from.</summary>
    public static async Task RevalidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.Identity?.Name;
        var directory = context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>();
        var account = name is null ? null : await directory.FindAsync(name, context.HttpContext.RequestAborted);
        if (account is null || account.Disabled || account.RoleList.Count == 0
            || context.Principal!.FindFirst(StampClaim)?.Value is not { } stamp || stamp != account.SecurityStamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleServiceCollectionExtensions.CookieScheme);
            return;
        }
        var current = Create(account, ConsoleServiceCollectionExtensions.CookieScheme);
        var before = context.Principal!.FindAll(ClaimTypes.Role).Select(c => c.Value).Order();
        if (!before.SequenceEqual(account.RoleList.Order()) || context.Principal.DisplayName() != account.DisplayName
            || context.Principal.FindFirst(LanguageClaim)?.Value != current.FindFirst(LanguageClaim)!.Value
            || context.Principal.FindFirst(TimeZoneClaim)?.Value != current.FindFirst(TimeZoneClaim)!.Value)
        {
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }
}

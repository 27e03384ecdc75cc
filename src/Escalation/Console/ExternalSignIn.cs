using System.Security.Claims;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AfterSalesBot.Escalation.Console;

/// <summary>
/// Optional sign-in through OpenID Connect (Microsoft Entra ID or any OIDC provider): the provider's app roles
/// (Agent, Supervisor, Admin) become the account's roles; the first sign-in creates a password-less account linked by
/// the subject claim. Someone the provider gives none of our roles is refused.
/// </summary>
internal static class ExternalSignIn
{
    public static void Configure(OpenIdConnectOptions o, ConsoleOptions.OpenIdConnectOptions settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.UsePkce = true;
        o.CallbackPath = "/console/signin-oidc";
        o.SignedOutCallbackPath = "/console/signout-callback-oidc";
        o.SignInScheme = ConsoleServiceCollectionExtensions.CookieScheme;
        o.Scope.Clear();
        o.Scope.Add("openid");
        o.Scope.Add("profile");
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        o.Events = new OpenIdConnectEvents
        {
            OnTokenValidated = async context =>
            {
                var principal = context.Principal!;
                var subject = principal.FindFirst(settings.SubjectClaim)?.Value ?? principal.FindFirst("sub")?.Value;
                var roles = StaffRoles.Parse(string.Join(",", principal.FindAll(settings.RoleClaim).Select(c => c.Value)));
                var services = context.HttpContext.RequestServices;
                var audit = services.GetRequiredService<AuditLog>();
                if (subject is null || roles.Count == 0)
                {
                    await audit.WriteAsync(subject ?? "anonymous", AuditActions.SignInFailed, detail: "OpenID Connect: no subject or no console role");
                    context.Fail("The identity provider gave this person no console role (Agent, Supervisor or Admin).");
                    return;
                }
                var directory = services.GetRequiredService<StaffDirectory>();
                var ct = context.HttpContext.RequestAborted;
                var account = await directory.FindByExternalSubjectAsync(subject, ct);
                var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("preferred_username")?.Value ?? subject;
                if (account is null)
                {
                    var userName = "oidc-" + new string(subject.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray()).ToLowerInvariant();
                    await directory.CreateAsync(new NewStaffAccount(userName, name.Length > 128 ? name[..128] : name, null, roles, ExternalSubject: subject), ct);
                    account = await directory.FindByExternalSubjectAsync(subject, ct);
                }
                else
                {
                    await directory.UpdateAsync(account.UserName, a => a.Roles = string.Join(",", roles), ct);
                    account = await directory.FindAsync(account.UserName, ct);
                }
                if (account is null || account.Disabled)
                {
                    context.Fail("This console account is disabled.");
                    return;
                }
                await audit.WriteAsync(account.UserName, AuditActions.SignedIn, detail: "OpenID Connect", ct: ct);
                context.Principal = StaffPrincipal.Create(account, ConsoleServiceCollectionExtensions.CookieScheme);
            },
        };
    }
}

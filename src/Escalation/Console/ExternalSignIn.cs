using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AfterSalesBot.Escalation.Console;

/// <summary>
/// Optional sign-in through OpenID Connect (Microsoft Entra ID or any OIDC provider): the authorization code flow with
/// PKCE and a client secret; the provider's app roles (Agent, Supervisor, Admin) become the account's roles; the first
/// sign-in creates a password-less account linked by the subject claim. Someone the provider gives none of our roles is
/// refused, and so is every token that fails validation (issuer, audience, signature, lifetime, nonce): the person is
/// sent back to the sign-in page with one message, and the refusal is audited.
/// </summary>
internal static class ExternalSignIn
{
    /// <summary>The sign-in page's query flag for a refused external sign-in.</summary>
    public const string RefusedFlag = "external=refused";

    public static void Configure(OpenIdConnectOptions o, ConsoleOptions.OpenIdConnectOptions settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        o.ResponseType = OpenIdConnectResponseType.Code;
        // The code comes back in the query of a top-level GET (PKCE binds it to this browser), so the correlation and
        // nonce cookies can be SameSite=Lax rather than None: they then work on plain-HTTP loopback too, where browsers
        // refuse SameSite=None without Secure. Secure is set whenever the request is HTTPS, as for the console cookie.
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest;
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
            // Not OnTokenValidated: the handler validates the nonce only after that event, so an account created there
            // would outlive a refused sign-in (a test with a forged nonce found exactly that). A ticket is received only
            // once every check has passed.
            OnTicketReceived = context => TicketReceivedAsync(context, settings),
            OnRemoteFailure = RemoteFailureAsync,
        };
    }

    private static async Task TicketReceivedAsync(TicketReceivedContext context, ConsoleOptions.OpenIdConnectOptions settings)
    {
        var principal = context.Principal!;
        var subject = principal.FindFirst(settings.SubjectClaim)?.Value ?? principal.FindFirst("sub")?.Value;
        var roles = StaffRoles.Parse(string.Join(",", principal.FindAll(settings.RoleClaim).Select(c => c.Value)));
        var services = context.HttpContext.RequestServices;
        var audit = services.GetRequiredService<AuditLog>();
        var ct = context.HttpContext.RequestAborted;
        var remote = context.HttpContext.Connection.RemoteIpAddress?.ToString();
        if (subject is null || roles.Count == 0)
        {
            await audit.WriteAsync(Truncate(subject ?? "anonymous"), AuditActions.SignInFailed, detail: "OpenID Connect: no subject or no console role",
                remoteAddress: remote, ct: ct);
            Refuse(context);
            return;
        }
        var directory = services.GetRequiredService<StaffDirectory>();
        var account = await directory.FindByExternalSubjectAsync(subject, ct);
        var name = principal.FindFirst("name")?.Value ?? principal.FindFirst("preferred_username")?.Value ?? subject;
        if (account is null)
        {
            var userName = "oidc-" + new string(subject.Where(char.IsAsciiLetterOrDigit).Take(40).ToArray()).ToLowerInvariant();
            await directory.CreateAsync(new NewStaffAccount(userName, Truncate(name), null, roles, ExternalSubject: subject), ct);
            account = await directory.FindByExternalSubjectAsync(subject, ct);
        }
        else if (!account.Disabled)
        {
            await directory.UpdateAsync(account.UserName, a => a.Roles = string.Join(",", roles), ct);
            account = await directory.FindAsync(account.UserName, ct);
        }
        if (account is null || account.Disabled)
        {
            await audit.WriteAsync(account?.UserName ?? Truncate(subject), AuditActions.SignInFailed, detail: "OpenID Connect: account disabled",
                remoteAddress: remote, ct: ct);
            Refuse(context);
            return;
        }
        await audit.WriteAsync(account.UserName, AuditActions.SignedIn, detail: "OpenID Connect", remoteAddress: remote, ct: ct);
        context.Principal = StaffPrincipal.Create(account, ConsoleServiceCollectionExtensions.CookieScheme);
    }

    /// <summary>Any failure on the way back (a refused token, a missing correlation cookie, the provider's error): the
    /// sign-in page says it was refused; the reason goes to the audit log, not to the person.</summary>
    private static async Task RemoteFailureAsync(RemoteFailureContext context)
    {
        var audit = context.HttpContext.RequestServices.GetRequiredService<AuditLog>();
        await audit.WriteAsync("anonymous", AuditActions.SignInFailed, detail: "OpenID Connect: " + (context.Failure?.Message ?? "unknown"),
            remoteAddress: context.HttpContext.Connection.RemoteIpAddress?.ToString(), ct: context.HttpContext.RequestAborted);
        Refuse(context);
    }

    /// <summary>Back to the sign-in page, nobody signed in. (A ticket event's Fail would still sign in: the handler
    /// only stops on a handled response.)</summary>
    private static void Refuse<TOptions>(HandleRequestContext<TOptions> context) where TOptions : RemoteAuthenticationOptions
    {
        context.Response.Redirect("/console/login?" + RefusedFlag);
        context.HandleResponse();
    }

    private static string Truncate(string text, int max = 128) => text.Length > max ? text[..max] : text;
}

using System.Security.Claims;
using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Console;

public static class ConsoleServiceCollectionExtensions
{
    public const string CookieScheme = "Console";
    public const string OpenIdScheme = "ConsoleOidc";
    public const string HubPath = "/console/hub";

    /// <summary>The staff and supervisor console: Razor Pages under /console, its SignalR hub, cookie sign-in with local
    /// accounts (and OpenID Connect when configured), roles as policies. Needs <c>AddCaseDesk</c> and the host's
    /// <see cref="Conversations.ICustomerConversations"/> and <see cref="Conversations.ITranscripts"/>.</summary>
    internal static IServiceCollection AddStaffConsole(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ConsoleOptions.Section);
        services.AddOptions<ConsoleOptions>().Bind(section)
            .Validate(o => o.StaffCreditCap >= 0, "Console:StaffCreditCap must be zero or more (the goodwill staff may grant on their own).")
            .Validate(o => o.SignInLifetime > TimeSpan.Zero, "Console:SignInLifetime must be longer than zero.")
            .Validate(o => string.IsNullOrWhiteSpace(o.OpenIdConnect.Authority) || !string.IsNullOrWhiteSpace(o.OpenIdConnect.ClientId),
                "Console:OpenIdConnect:ClientId is required when Console:OpenIdConnect:Authority is set.")
            .Validate(o => !o.OpenIdConnect.Enabled || Uri.TryCreate(o.OpenIdConnect.Authority, UriKind.Absolute, out _),
                "Console:OpenIdConnect:Authority must be an absolute URL (e.g. https://login.microsoftonline.com/<tenant>/v2.0).")
            .ValidateOnStart();
        var options = section.Get<ConsoleOptions>() ?? new ConsoleOptions();

        services.TryAddSingleton<StaffDirectory>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<CaseNotes>();
        services.TryAddSingleton<ApprovalDesk>();
        services.TryAddSingleton<CaseFiles>();
        services.TryAddSingleton<ConsoleLiveUpdates>();
        services.AddSingleton<Conversations.ITranscriptObserver>(sp => sp.GetRequiredService<ConsoleLiveUpdates>());

        // One key ring for every instance, in the database: a sign-in cookie or a form's antiforgery token made by one
        // instance is accepted by the others, and survives a redeploy (ADR 0025).
        services.AddDataProtection().SetApplicationName("AfterSalesBot");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new KeyRing.DatabaseKeyRepository(sp.GetRequiredService<IDbContextFactory<Data.EscalationDbContext>>())));

        var auth = services.AddAuthentication(CookieScheme).AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = "asb.console";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.Path = "/console";
            o.LoginPath = "/console/login";
            o.LogoutPath = "/console/logout";
            o.AccessDeniedPath = "/console/denied";
            o.ExpireTimeSpan = options.SignInLifetime;
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                OnValidatePrincipal = StaffPrincipal.RevalidateAsync,
                // The hub and fetch calls get status codes, not a redirect to the sign-in page.
                OnRedirectToLogin = c => RedirectOrStatus(c, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = c => RedirectOrStatus(c, StatusCodes.Status403Forbidden),
            };
        });
        if (options.OpenIdConnect.Enabled) auth.AddOpenIdConnect(OpenIdScheme, o => ExternalSignIn.Configure(o, options.OpenIdConnect));

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.Policies.Staff, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(StaffRoles.All))
            .AddPolicy(StaffRoles.Policies.Supervisor, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(StaffRoles.Supervisor, StaffRoles.Admin))
            .AddPolicy(StaffRoles.Policies.Admin, p => p.AddAuthenticationSchemes(CookieScheme).RequireRole(StaffRoles.Admin));

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeAreaFolder("Console", "/", StaffRoles.Policies.Staff);
            o.Conventions.AuthorizeAreaFolder("Console", "/Supervisor", StaffRoles.Policies.Supervisor);
            o.Conventions.AuthorizeAreaFolder("Console", "/Admin", StaffRoles.Policies.Admin);
            o.Conventions.AllowAnonymousToAreaPage("Console", "/Login");
            o.Conventions.AllowAnonymousToAreaPage("Console", "/Denied");
            o.Conventions.AddAreaFolderApplicationModelConvention("Console", "/", m => m.Filters.Add(new ConsoleQueryGuard()));
        });
        services.Configure<RouteOptions>(o => o.LowercaseUrls = true);
        // Chinese pages stay readable in the source: HTML-significant characters are still encoded, CJK is not.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSignalR(o => o.MaximumReceiveMessageSize = 16 * 1024);
        return services;
    }

    /// <summary>The console's pages, its hub and the language switch. The host's pipeline runs <c>UseAuthentication</c>,
    /// <c>UseAuthorization</c> and <see cref="ConsoleMiddleware.UseConsoleCulture"/> before them (see <c>Program.cs</c>).</summary>
    public static WebApplication MapStaffConsole(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<ConsoleLiveUpdates>(); // listens to case changes from the start
        app.MapRazorPages();
        app.MapHub<ConsoleHub>(HubPath);
        app.MapGet("/console/language/{lang}", (string lang, string? returnUrl, HttpContext context) =>
        {
            context.Response.Cookies.Append(ConsoleCulture.Cookie, lang == "zh" ? "zh" : "en",
                new CookieOptions { Path = "/console", HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(ConsoleCulture.LocalConsoleUrl(returnUrl) ?? "/console");
        }).AllowAnonymous();
        return app;
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(HubPath) || request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal)
            || request.Headers.XRequestedWith == "fetch")
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}

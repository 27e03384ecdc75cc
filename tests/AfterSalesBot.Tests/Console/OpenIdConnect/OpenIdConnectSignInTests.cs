using System.Net;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Channels.Authentication;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console.OpenIdConnect;

/// <summary>The real host configured for OpenID Connect against <see cref="FakeOpenIdProvider"/>.</summary>
public class OpenIdConnectFixture : IAsyncLifetime
{
    /// <summary>The host name the provider is published under (see <see cref="FakeOpenIdProvider.StartAsync"/>).</summary>
    protected virtual string? ProviderHost => null;

    public FakeOpenIdProvider Provider { get; private set; } = null!;

    public BotServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await FakeOpenIdProvider.StartAsync(ProviderHost);
        Server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["Console__OpenIdConnect__Authority"] = Provider.Authority,
            ["Console__OpenIdConnect__ClientId"] = FakeOpenIdProvider.ClientId,
            ["Console__OpenIdConnect__ClientSecret"] = FakeOpenIdProvider.ClientSecret,
            ["Console__OpenIdConnect__DisplayName"] = "Fake Entra",
            // The fake runs on plain HTTP loopback; production authorities are HTTPS and keep the default (true).
            ["Console__OpenIdConnect__RequireHttpsMetadata"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// Staff sign in through the provider end to end over real HTTP, following each redirect by hand with one cookie jar, as a
/// browser would: the login page's button, the provider's /authorize, the console's callback, the console.
/// </summary>
public sealed class OpenIdConnectSignInTests(OpenIdConnectFixture fixture) : IClassFixture<OpenIdConnectFixture>
{
    private static string NewSubject() => Guid.NewGuid().ToString();

    /// <summary>From the sign-in page to wherever the console finally lands; every hop's status and address.</summary>
    private async Task<(ConsoleSession Session, List<(HttpStatusCode Status, Uri Url)> Hops, string Final)> SignInAsync(FakeSignIn who,
        string? returnUrl = null)
    {
        fixture.Provider.Next = who;
        var session = new ConsoleSession(fixture.Server);
        var start = "/console/login?handler=External" + (returnUrl is null ? "" : "&returnUrl=" + Uri.EscapeDataString(returnUrl));
        var response = await session.GetAsync(start);
        var hops = new List<(HttpStatusCode, Uri)>();
        var url = new Uri(fixture.Server.BaseUrl, start);
        for (var i = 0; i < 10; i++)
        {
            hops.Add((response.StatusCode, url));
            if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)) break;
            url = new Uri(url, response.Headers.Location!);
            response = await session.GetAsync(url.AbsoluteUri);
        }
        return (session, hops, await response.Content.ReadAsStringAsync());
    }

    private async Task<StaffAccount?> AccountAsync(string subject)
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.ExternalSubject == subject);
    }

    private async Task<List<AuditEntry>> AuditAsync(string actorPrefix)
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Audit.AsNoTracking().Where(a => a.Actor.StartsWith(actorPrefix)).ToListAsync();
    }

    [Fact]
    public async Task The_sign_in_page_offers_the_provider()
    {
        using var session = new ConsoleSession(fixture.Server);
        Assert.Contains("Sign in with Fake Entra", await session.GetPageAsync("/console/login"));
    }

    [Fact]
    public async Task A_supervisor_signs_in_through_the_provider_and_lands_in_the_console_with_the_role_from_the_token()
    {
        var subject = NewSubject();
        var (session, hops, final) = await SignInAsync(new FakeSignIn(subject, "赵主管 Zhao", StaffRoles.Supervisor), "/console/supervisor/kpis");
        using var _ = session;

        // login → provider /authorize → console callback → the page asked for.
        Assert.Equal(HttpStatusCode.OK, hops[^1].Status);
        Assert.Contains(hops, h => h.Url.AbsolutePath == "/tenant-1/oauth2/v2.0/authorize");
        Assert.Contains(hops, h => h.Url.AbsolutePath == "/console/signin-oidc");
        Assert.Equal("/console/supervisor/kpis", hops[^1].Url.AbsolutePath);
        Assert.Contains("赵主管 Zhao", final);
        Assert.Empty(fixture.Provider.Refusals);

        var account = await AccountAsync(subject);
        Assert.NotNull(account);
        Assert.Equal([StaffRoles.Supervisor], account.RoleList);
        Assert.Null(account.PasswordHash);
        Assert.Contains(await AuditAsync(account.UserName), a => a.Action == AuditActions.SignedIn && a.Detail == "OpenID Connect");

        // The role is a supervisor's, not an admin's.
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/console/supervisor/transcripts")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/console/admin/staff")).StatusCode);
    }

    [Fact]
    public async Task The_next_sign_in_takes_the_roles_the_provider_gives_now()
    {
        var subject = NewSubject();
        (await SignInAsync(new FakeSignIn(subject, "Li Agent", StaffRoles.Agent))).Session.Dispose();
        var (session, hops, _) = await SignInAsync(new FakeSignIn(subject, "Li Agent", StaffRoles.Agent, StaffRoles.Admin));
        using var __ = session;

        Assert.Equal("/console", hops[^1].Url.AbsolutePath);
        Assert.Equal([StaffRoles.Agent, StaffRoles.Admin], (await AccountAsync(subject))!.RoleList);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/console/admin/staff")).StatusCode);
    }

    public static TheoryData<string> Forgeries => ["wrong issuer", "bad signature", "expired", "wrong nonce"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_token_that_is_not_right_is_refused_and_nobody_is_signed_in(string forgery)
    {
        var subject = NewSubject();
        var who = new FakeSignIn(subject, "Mallory", StaffRoles.Admin);
        who = forgery switch
        {
            "wrong issuer" => who with { Issuer = "https://login.microsoftonline.com/other-tenant/v2.0" },
            "bad signature" => who with { Key = new TestSigningKey("fake-oidc-key", null) }, // same key id, another key
            "expired" => who with { ExpiresIn = TimeSpan.FromHours(-1) },
            _ => who with { Nonce = "a-nonce-the-console-never-sent" },
        };

        var (session, hops, final) = await SignInAsync(who);
        using var _ = session;

        Assert.Contains(hops, h => h.Url.AbsolutePath == "/console/signin-oidc");
        Assert.Equal("/console/login", hops[^1].Url.AbsolutePath);
        Assert.Contains("Sign-in with Fake Entra was refused", final);
        Assert.Null(await AccountAsync(subject));
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/console")).StatusCode);
        Assert.Null(session.Cookies.GetCookies(fixture.Server.BaseUrl).FirstOrDefault(c => c.Name == "asb.console"));
    }

    [Fact]
    public async Task Someone_the_provider_gives_no_console_role_is_denied_and_gets_no_account()
    {
        var subject = NewSubject();
        var (session, hops, final) = await SignInAsync(new FakeSignIn(subject, "Visitor", "Reader"));
        using var _ = session;

        Assert.Equal("/console/login", hops[^1].Url.AbsolutePath);
        Assert.Contains("Sign-in with Fake Entra was refused", final);
        Assert.Null(await AccountAsync(subject));
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/console")).StatusCode);
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        Assert.True(await db.Audit.AnyAsync(a => a.Actor == subject && a.Action == AuditActions.SignInFailed));
    }

    [Fact]
    public async Task A_disabled_linked_account_is_refused_even_with_a_role()
    {
        var subject = NewSubject();
        (await SignInAsync(new FakeSignIn(subject, "Leaver", StaffRoles.Agent))).Session.Dispose();
        await using (var db = ConsoleSession.OpenDatabase(fixture.Server))
        {
            var account = await db.StaffAccounts.SingleAsync(a => a.ExternalSubject == subject);
            account.Disabled = true;
            await db.SaveChangesAsync();
        }

        var (session, hops, final) = await SignInAsync(new FakeSignIn(subject, "Leaver", StaffRoles.Agent));
        using var _ = session;

        Assert.Equal("/console/login", hops[^1].Url.AbsolutePath);
        Assert.Contains("Sign-in with Fake Entra was refused", final);
    }

    [Fact]
    public async Task A_code_is_good_once()
    {
        var subject = NewSubject();
        fixture.Provider.Next = new FakeSignIn(subject, "Replayer", StaffRoles.Agent);
        using var session = new ConsoleSession(fixture.Server);
        var challenge = await session.GetAsync("/console/login?handler=External");
        var authorize = await session.GetAsync(challenge.Headers.Location!.AbsoluteUri);
        var callback = authorize.Headers.Location!.AbsoluteUri;
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync(callback)).StatusCode);

        // The same callback again (a replayed code): the correlation cookie is spent and the provider refuses the code.
        using var attacker = new ConsoleSession(fixture.Server);
        var replay = await attacker.GetAsync(callback);
        Assert.NotEqual(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await attacker.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task A_provider_session_keeps_working_and_a_copy_of_it_dies_at_sign_out()
    {
        var subject = NewSubject();
        var (session, hops, _) = await SignInAsync(new FakeSignIn(subject, "Copied", StaffRoles.Agent));
        using var _s = session;
        Assert.Equal((HttpStatusCode.OK, "/console"), (hops[^1].Status, hops[^1].Url.AbsolutePath));
        using var copy = session.CopyTo(fixture.Server);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/console")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/console")).StatusCode);

        await session.PostAsync("/console/logout");

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/console")).StatusCode);
        var (again, againHops, _) = await SignInAsync(new FakeSignIn(subject, "Copied", StaffRoles.Agent));
        using var _a = again;
        Assert.Equal((HttpStatusCode.OK, "/console"), (againHops[^1].Status, againHops[^1].Url.AbsolutePath));
    }
}

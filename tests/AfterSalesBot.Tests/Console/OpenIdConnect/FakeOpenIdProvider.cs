using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AfterSalesBot.Tests.Channels;
using AfterSalesBot.Tests.Channels.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Tests.Console.OpenIdConnect;

/// <summary>Who signs in at the next /authorize, and how the provider should misbehave (for refusal tests).</summary>
public sealed record FakeSignIn(string Subject, string Name, params string[] Roles)
{
    /// <summary>Overrides the issuer in the id_token (the metadata keeps the real one).</summary>
    public string? Issuer { get; init; }

    /// <summary>Signs with this key instead of the published one.</summary>
    internal TestSigningKey? Key { get; init; }

    /// <summary>Expiry relative to now; default one hour ahead.</summary>
    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Replaces the nonce the client sent.</summary>
    public string? Nonce { get; init; }
}

/// <summary>
/// A contract fake of an OpenID Connect provider (Microsoft Entra ID's v2.0 endpoints, as far as the authorization code
/// flow with PKCE goes), on loopback Kestrel: discovery, /authorize (checks the client, the redirect URI, the scope and
/// the S256 challenge, then redirects back with a one-time code by query or form_post, as asked), /token (checks the
/// code, client secret, redirect URI and PKCE verifier, then issues an RS256 id_token with iss, aud, nonce, iat, nbf,
/// exp, sub, oid, name and roles), and /jwks. It signs in whoever <see cref="Next"/> says: there is no login page.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "7c1e5a90-console-test-client";
    public const string ClientSecret = "fake-provider-client-secret";
    private static readonly TestSigningKey Key = new("fake-oidc-key", null);

    private readonly ConcurrentDictionary<string, Grant> _codes = new();
    private LoopbackServer? _server;

    private sealed record Grant(FakeSignIn Who, string RedirectUri, string? Nonce, string Challenge);

    /// <summary>The one signing in next.</summary>
    public FakeSignIn Next { get; set; } = new("0000-none", "Nobody");

    /// <summary>The authority, as Entra ID shapes it: https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string Authority => new Uri(Base, "tenant-1/v2.0").AbsoluteUri;

    /// <summary>Requests the token endpoint refused, with why.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    private string? _host;

    private Uri Base => _server is null ? throw new InvalidOperationException("Not started.")
        : _host is null ? _server.BaseAddress : new UriBuilder(_server.BaseAddress) { Host = _host }.Uri;

    /// <param name="host">The host name the provider is published under: 127.0.0.1 by default; "localhost" puts the
    /// provider on another site than a console served from 127.0.0.1 (SameSite ignores ports), as Entra ID is in
    /// production.</param>
    public static async Task<FakeOpenIdProvider> StartAsync(string? host = null)
    {
        var provider = new FakeOpenIdProvider { _host = host };
        provider._server = await LoopbackServer.StartAsync(provider.HandleAsync);
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context) => context.Request.Path.Value switch
    {
        "/tenant-1/v2.0/.well-known/openid-configuration" => JsonAsync(context, Discovery()),
        "/tenant-1/discovery/v2.0/keys" => JsonAsync(context, new { keys = new[] { Key.ToJwk() } }),
        "/tenant-1/oauth2/v2.0/authorize" => AuthorizeAsync(context),
        "/tenant-1/oauth2/v2.0/token" when HttpMethods.IsPost(context.Request.Method) => TokenAsync(context),
        _ => StatusAsync(context, HttpStatusCode.NotFound),
    };

    private Dictionary<string, object> Discovery() => new()
    {
        ["issuer"] = Authority,
        ["authorization_endpoint"] = new Uri(Base, "tenant-1/oauth2/v2.0/authorize").AbsoluteUri,
        ["token_endpoint"] = new Uri(Base, "tenant-1/oauth2/v2.0/token").AbsoluteUri,
        ["jwks_uri"] = new Uri(Base, "tenant-1/discovery/v2.0/keys").AbsoluteUri,
        ["response_types_supported"] = new[] { "code" },
        ["response_modes_supported"] = new[] { "query", "form_post" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["scopes_supported"] = new[] { "openid", "profile", "email", "offline_access" },
        ["token_endpoint_auth_methods_supported"] = new[] { "client_secret_post", "client_secret_basic" },
        ["code_challenge_methods_supported"] = new[] { "S256" },
        ["claims_supported"] = new[] { "sub", "iss", "aud", "exp", "iat", "nbf", "nonce", "name", "oid", "roles" },
    };

    private async Task AuthorizeAsync(HttpContext context)
    {
        var q = context.Request.Query;
        string? Problem() =>
            q["client_id"] != ClientId ? "unknown client_id"
            : q["response_type"] != "code" ? "response_type must be code"
            : !(q["scope"].ToString().Split(' ').Contains("openid")) ? "scope must include openid"
            : q["code_challenge_method"] != "S256" || string.IsNullOrEmpty(q["code_challenge"]) ? "PKCE S256 required"
            : !Uri.TryCreate(q["redirect_uri"], UriKind.Absolute, out var back) || !back.IsLoopback ? "redirect_uri not registered"
            : null;
        if (Problem() is { } problem)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(problem);
            return;
        }
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = new Grant(Next, q["redirect_uri"]!, q["nonce"], q["code_challenge"]!);
        var redirect = q["redirect_uri"].ToString();
        var state = q["state"].ToString();
        if (q["response_mode"] == "form_post")
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"""
                <html><body onload="document.forms[0].submit()"><form method="post" action="{WebUtility.HtmlEncode(redirect)}">
                <input type="hidden" name="code" value="{code}" /><input type="hidden" name="state" value="{WebUtility.HtmlEncode(state)}" />
                </form></body></html>
                """);
            return;
        }
        context.Response.Redirect($"{redirect}?code={code}&state={Uri.EscapeDataString(state)}");
    }

    private async Task TokenAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync();
        var (id, secret) = ClientCredentials(context.Request, form);
        // The code is spent by any attempt to redeem it, as providers do.
        _codes.TryRemove(form["code"].ToString(), out var grant);
        string? problem = form["grant_type"] != "authorization_code" ? "unsupported_grant_type"
            : id != ClientId || secret != ClientSecret ? "invalid_client"
            : grant is null ? "invalid_grant: unknown or used code"
            : grant.RedirectUri != form["redirect_uri"] ? "invalid_grant: redirect_uri differs"
            : Challenge(form["code_verifier"].ToString()) != grant.Challenge ? "invalid_grant: PKCE verifier does not match"
            : null;
        if (problem is not null)
        {
            Refusals.Enqueue(problem);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await JsonAsync(context, new { error = problem.Split(':')[0], error_description = problem });
            return;
        }
        var who = grant!.Who;
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "pairwise-" + who.Subject,
            ["oid"] = who.Subject,
            ["name"] = who.Name,
            ["ver"] = "2.0",
            ["tid"] = "tenant-1",
        };
        if ((who.Nonce ?? grant.Nonce) is { } nonce) claims["nonce"] = nonce;
        if (who.Roles.Length > 0) claims["roles"] = who.Roles;
        var expires = now + who.ExpiresIn;
        var idToken = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = who.Issuer ?? Authority,
            Audience = ClientId,
            IssuedAt = (expires - TimeSpan.FromHours(1)).UtcDateTime,
            NotBefore = (expires - TimeSpan.FromHours(1)).UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = (who.Key ?? Key).Credentials,
        });
        await JsonAsync(context, new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["scope"] = "openid profile",
            ["expires_in"] = 3600,
            ["access_token"] = "fake-access-token-" + Guid.NewGuid().ToString("N"),
            ["id_token"] = idToken,
        });
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : null);
        }
        return (form["client_id"], form["client_secret"]);
    }

    private static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static Task JsonAsync(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private static Task StatusAsync(HttpContext context, HttpStatusCode status)
    {
        context.Response.StatusCode = (int)status;
        return Task.CompletedTask;
    }
}

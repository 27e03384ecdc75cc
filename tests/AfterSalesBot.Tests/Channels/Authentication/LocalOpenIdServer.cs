using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace AfterSalesBot.Tests.Channels.Authentication;

/// <summary>
/// Stands in for login.botframework.com and login.microsoftonline.com: two OpenID metadata
/// documents on loopback, each pointing at its own JWKS.
/// </summary>
public sealed class LocalOpenIdServer : IAsyncLifetime
{
    internal static readonly TestSigningKey ChannelKey = new("channel-key", "msteams", "directline", "webchat");
    internal static readonly TestSigningKey SkypeOnlyKey = new("skype-only-key", "skype");
    internal static readonly TestSigningKey EntraKey = new("entra-key", null);

    /// <summary>Published nowhere: tokens signed with it must fail signature validation.</summary>
    internal static readonly TestSigningKey UnpublishedKey = new("channel-key-forged", "msteams");

    private LoopbackServer? _server;

    public string ChannelMetadataUrl => new Uri(BaseAddress, "channel/.well-known/openidconfiguration").AbsoluteUri;

    public string EmulatorMetadataUrl => new Uri(BaseAddress, "emulator/v2.0/.well-known/openid-configuration").AbsoluteUri;

    private Uri BaseAddress => _server?.BaseAddress ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync(HandleAsync);

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private static Task HandleAsync(HttpContext context)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        object? document = context.Request.Path.Value switch
        {
            "/channel/.well-known/openidconfiguration" => Metadata("https://api.botframework.com", $"{origin}/channel/keys"),
            "/channel/keys" => Jwks(ChannelKey, SkypeOnlyKey),
            "/emulator/v2.0/.well-known/openid-configuration" => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", $"{origin}/emulator/keys"),
            "/emulator/keys" => Jwks(EntraKey),
            _ => null,
        };
        if (document is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(document));
    }

    private static Dictionary<string, object> Metadata(string issuer, string jwksUri) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    };

    private static Dictionary<string, object> Jwks(params TestSigningKey[] keys) => new()
    {
        ["keys"] = keys.Select(k => k.ToJwk()).ToArray(),
    };
}

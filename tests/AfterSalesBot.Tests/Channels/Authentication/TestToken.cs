using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Tests.Channels.Authentication;

/// <summary>A token builder whose defaults are a valid Teams channel token for <see cref="AppId"/>.</summary>
public sealed record TestToken
{
    public const string AppId = "8a3c1f2e-0d4b-4c59-9e61-5b7f0a2d9c11";
    public const string OwnTenantId = "5d2e7c10-3b8a-4f6e-a1c9-0e4f6b8d2a73";
    public const string BotFrameworkTenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>The instant every test's clock reads.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public TestSigningKey Key { get; init; } = LocalOpenIdServer.ChannelKey;
    public string Issuer { get; init; } = "https://api.botframework.com";
    public string Audience { get; init; } = AppId;
    public DateTimeOffset NotBefore { get; init; } = Now.AddMinutes(-5);
    public DateTimeOffset Expires { get; init; } = Now.AddMinutes(55);
    public Dictionary<string, object> Claims { get; init; } = new() { ["serviceurl"] = TeamsServiceUrl };

    public static TestToken EmulatorV1(string appIdClaim) => new()
    {
        Key = LocalOpenIdServer.EntraKey,
        Issuer = $"https://sts.windows.net/{BotFrameworkTenantId}/",
        Claims = new() { ["ver"] = "1.0", ["appid"] = appIdClaim },
    };

    public static TestToken EmulatorV2(string azpClaim, string tenantId = BotFrameworkTenantId) => new()
    {
        Key = LocalOpenIdServer.EntraKey,
        Issuer = $"https://login.microsoftonline.com/{tenantId}/v2.0",
        Claims = new() { ["ver"] = "2.0", ["azp"] = azpClaim },
    };

    public string Header() => "Bearer " + new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = Audience,
        IssuedAt = NotBefore.UtcDateTime,
        NotBefore = NotBefore.UtcDateTime,
        Expires = Expires.UtcDateTime,
        Claims = Claims,
        SigningCredentials = Key.Credentials,
    });
}

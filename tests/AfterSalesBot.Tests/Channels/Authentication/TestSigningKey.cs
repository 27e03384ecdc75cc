using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace AfterSalesBot.Tests.Channels.Authentication;

/// <summary>A local RSA key as the Bot Framework publishes it: a JWK plus the channels it is endorsed for.</summary>
public sealed class TestSigningKey
{
    private readonly RSAParameters _public;

    public TestSigningKey(string keyId, params string[]? endorsements)
    {
        using var rsa = RSA.Create(2048);
        KeyId = keyId;
        Endorsements = endorsements;
        _public = rsa.ExportParameters(includePrivateParameters: false);
        Credentials = new SigningCredentials(
            new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = keyId },
            SecurityAlgorithms.RsaSha256);
    }

    public string KeyId { get; }

    /// <summary>Null for Entra keys, which carry no endorsements.</summary>
    public string[]? Endorsements { get; }

    public SigningCredentials Credentials { get; }

    public Dictionary<string, object> ToJwk()
    {
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(_public.Modulus),
            ["e"] = Base64UrlEncoder.Encode(_public.Exponent),
        };
        if (Endorsements is not null) jwk["endorsements"] = Endorsements;
        return jwk;
    }
}

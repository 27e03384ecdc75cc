using System.Text.Json;
using Microsoft.IdentityModel.Protocols;

namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>
/// The <c>endorsements</c> of each key in a JWKS, by <c>kid</c>: the channels a key may speak for.
/// JwtBearer and <c>JsonWebKeySet</c> drop this array, so the raw JSON is read here.
/// </summary>
internal sealed class JwksEndorsements(IReadOnlyDictionary<string, IReadOnlySet<string>> byKeyId)
{
    public bool IsEndorsed(string? keyId, string? channelId) =>
        keyId is not null && channelId is not null
        && byKeyId.TryGetValue(keyId, out var endorsements)
        && endorsements.Contains(channelId);

    public static JwksEndorsements Parse(string jwksJson)
    {
        using var document = JsonDocument.Parse(jwksJson);
        var byKeyId = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("keys", out var keys) && keys.ValueKind == JsonValueKind.Array)
        {
            foreach (var key in keys.EnumerateArray())
            {
                if (!key.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String) continue;
                var endorsements = new HashSet<string>(StringComparer.Ordinal);
                if (key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in list.EnumerateArray())
                    {
                        if (item.ValueKind == JsonValueKind.String) endorsements.Add(item.GetString()!);
                    }
                }
                byKeyId[kid.GetString()!] = endorsements;
            }
        }
        return new JwksEndorsements(byKeyId);
    }
}

/// <summary>Reads the metadata document, follows its <c>jwks_uri</c> and parses the endorsements.</summary>
internal sealed class JwksEndorsementsRetriever : IConfigurationRetriever<JwksEndorsements>
{
    public async Task<JwksEndorsements> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        string? jwksUri;
        using (var document = JsonDocument.Parse(metadata))
        {
            jwksUri = document.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
        }
        if (string.IsNullOrEmpty(jwksUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {address} has no jwks_uri.");
        }
        var jwks = await retriever.GetDocumentAsync(jwksUri, cancel).ConfigureAwait(false);
        return JwksEndorsements.Parse(jwks);
    }
}

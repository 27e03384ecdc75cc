using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly DirectLineTokens _tokens;

    public DirectLineTokensTests()
    {
        var options = Options.Create(new DirectLineOptions
        {
            TokenSigningKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()),
            TokenLifetime = TimeSpan.FromHours(1),
            Secret = "the-secret",
        });
        _tokens = new DirectLineTokens(new SigningKeyStore(options, Options.Create(new StorageOptions())), options, _clock);
    }

    [Fact]
    public void AnIssuedTokenNamesItsConversationAndUser()
    {
        var (token, expiresIn) = _tokens.Issue("conv1", "dl_alice");
        var (check, parsed) = _tokens.Validate(token);

        Assert.Equal(TokenCheck.Valid, check);
        Assert.Equal(("conv1", "dl_alice", TokenKind.Conversation), (parsed!.ConversationId, parsed.UserId, parsed.Kind));
        Assert.Equal(3600, expiresIn);
    }

    [Fact]
    public void ATokenExpiresByTheInjectedClock()
    {
        var (token, _) = _tokens.Issue("conv1", "dl_alice");
        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(TokenCheck.Valid, _tokens.Validate(token).Check);
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(TokenCheck.Expired, _tokens.Validate(token).Check);
    }

    [Fact]
    public void AnExpiredTokenIsStillGoodForResumingWithinTheGrace()
    {
        var (token, _) = _tokens.Issue("conv1", "dl_alice");
        _clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(TokenCheck.Valid, _tokens.Validate(token, TimeSpan.FromDays(30)).Check);
        _clock.Advance(TimeSpan.FromDays(25));
        Assert.Equal(TokenCheck.Expired, _tokens.Validate(token, TimeSpan.FromDays(30)).Check);
    }

    [Fact]
    public void ATamperedTokenIsInvalid()
    {
        var (token, _) = _tokens.Issue("conv1", "dl_alice");
        var parts = token.Split('.');
        // Claim another conversation with the original signature.
        var payload = System.Text.Encoding.UTF8.GetString(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(parts[1])).Replace("conv1", "conv2");
        var forged = parts[0] + "." + Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload) + "." + parts[2];
        Assert.Equal(TokenCheck.Invalid, _tokens.Validate(forged).Check);
        Assert.Equal(TokenCheck.Invalid, _tokens.Validate("not-a-token").Check);
        Assert.Equal(TokenCheck.Invalid, _tokens.Validate(null).Check);
    }

    [Fact]
    public void OnlyTheConfiguredSecretIsTheSecret()
    {
        Assert.True(_tokens.IsSecret("the-secret"));
        Assert.False(_tokens.IsSecret("the-secreT"));
        Assert.False(_tokens.IsSecret(""));
    }
}

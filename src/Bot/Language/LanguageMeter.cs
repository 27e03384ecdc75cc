using System.Diagnostics.Metrics;

namespace AfterSalesBot.Bot.Language;

/// <summary>
/// Token use and call outcomes, as metrics (meter <c>AfterSalesBot.Language</c>): <c>asb.language.tokens</c>
/// tagged <c>kind</c> (input, output) and <c>purpose</c>; <c>asb.language.calls</c> tagged <c>purpose</c> and
/// <c>outcome</c> (ok, timeout, throttled, failed, malformed, skipped).
/// </summary>
public sealed class LanguageMeter
{
    public const string MeterName = "AfterSalesBot.Language";

    private readonly Counter<long> _tokens;
    private readonly Counter<long> _calls;

    public LanguageMeter(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _tokens = meter.CreateCounter<long>("asb.language.tokens", "{token}", "Tokens the language model used.");
        _calls = meter.CreateCounter<long>("asb.language.calls", "{call}", "Language model calls by outcome.");
    }

    public void Tokens(string purpose, int input, int output)
    {
        _tokens.Add(input, new("kind", "input"), new("purpose", purpose));
        _tokens.Add(output, new("kind", "output"), new("purpose", purpose));
    }

    public void Call(string purpose, string outcome) => _calls.Add(1, new("purpose", purpose), new("outcome", outcome));
}

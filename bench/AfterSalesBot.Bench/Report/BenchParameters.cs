using AfterSalesBot.Bench.Options;

namespace AfterSalesBot.Bench.Report;

/// <summary>The options as used, in report units (seconds).</summary>
public sealed record BenchParameters(
    string Server,
    string Transport,
    int Conversations,
    int MaxTurnsPerPhase,
    double MaxSecondsPerPhase,
    int Rate,
    int Open,
    double TurnTimeoutSeconds,
    int WarmUpTurns,
    double WarmUpSeconds,
    bool Quick)
{
    public static BenchParameters From(BenchOptions o, string server) => new(
        server, o.Transport.ToString().ToLowerInvariant(), o.Conversations, o.Turns, o.Duration.TotalSeconds,
        o.Rate, o.Open, o.TurnTimeout.TotalSeconds, o.WarmUpTurns, o.WarmUpDuration.TotalSeconds, o.Quick);
}

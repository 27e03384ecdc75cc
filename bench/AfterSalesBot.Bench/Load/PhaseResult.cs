namespace AfterSalesBot.Bench.Load;

/// <summary>The numbers of one phase. Turns/s counts succeeded turns over the phase's wall time.</summary>
public sealed record PhaseResult(
    string Name,
    int Conversations,
    double? OfferedRate,
    long Attempted,
    long Succeeded,
    int Failed,
    double ElapsedSeconds,
    double TurnsPerSecond,
    LatencySummary Latency,
    IReadOnlyDictionary<string, int> FailuresByKind,
    IReadOnlyList<string> FailureSamples);

using System.Collections.Concurrent;

namespace AfterSalesBot.Bench.Load;

/// <summary>Counts failures by kind and keeps the first few distinct messages, so none is silently dropped.</summary>
public sealed class FailureCounts
{
    private const int MaxSamples = 5;
    private readonly ConcurrentDictionary<TurnFailure, int> _counts = new();
    private readonly ConcurrentDictionary<string, int> _samples = new(StringComparer.Ordinal);

    public int Total => _counts.Values.Sum();

    public void Add(TurnFailure failure, string? error)
    {
        _counts.AddOrUpdate(failure, 1, (_, n) => n + 1);
        var message = $"{failure}: {error}";
        if (_samples.Count < MaxSamples || _samples.ContainsKey(message))
            _samples.AddOrUpdate(message, 1, (_, n) => n + 1);
    }

    public IReadOnlyDictionary<string, int> ByKind() =>
        _counts.Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key.ToString(), kv => kv.Value, StringComparer.Ordinal);

    public IReadOnlyList<string> Samples() =>
        [.. _samples.OrderByDescending(kv => kv.Value).Select(kv => $"{kv.Key} (x{kv.Value})")];
}

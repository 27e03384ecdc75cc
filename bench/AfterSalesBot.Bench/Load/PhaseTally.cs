using System.Diagnostics;

namespace AfterSalesBot.Bench.Load;

/// <summary>Collects the outcomes of one phase while it runs; thread-safe.</summary>
public sealed class PhaseTally(string name, int capacity)
{
    private readonly LatencyRecorder _latency = new(capacity);
    private readonly FailureCounts _failures = new();
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _attempted;
    private long _succeeded;

    public void Add(TurnOutcome outcome)
    {
        Interlocked.Increment(ref _attempted);
        if (outcome.Failure == TurnFailure.None)
        {
            Interlocked.Increment(ref _succeeded);
            _latency.Record(outcome.LatencyTicks);
        }
        else
        {
            _failures.Add(outcome.Failure, outcome.Error);
        }
    }

    /// <summary>A conversation that could not be opened counts as one failed turn.</summary>
    public void AddOpenFailure(string error)
    {
        Interlocked.Increment(ref _attempted);
        _failures.Add(TurnFailure.OpenFailed, error);
    }

    public PhaseResult Finish(int conversations, double? offeredRate = null)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var succeeded = Interlocked.Read(ref _succeeded);
        return new PhaseResult(name, conversations, offeredRate, Interlocked.Read(ref _attempted), succeeded,
            _failures.Total, elapsed, elapsed > 0 ? succeeded / elapsed : 0, _latency.Summarize(),
            _failures.ByKind(), _failures.Samples());
    }
}

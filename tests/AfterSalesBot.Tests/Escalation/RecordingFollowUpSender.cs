using System.Collections.Concurrent;
using AfterSalesBot.Escalation.FollowUps;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>A contract fake of the host's follow-up sender (the real one runs a bot turn; see the conversation tests):
/// it records each send and fails the first <see cref="FailuresBeforeSuccess"/> attempts.</summary>
internal sealed class RecordingFollowUpSender : IFollowUpSender
{
    public ConcurrentQueue<DueFollowUp> Sent { get; } = new();

    public int FailuresBeforeSuccess { get; init; }

    /// <summary>Real time each send takes, to widen a race window.</summary>
    public TimeSpan SendTime { get; init; }

    private int _calls;

    public async Task<FollowUpDelivery> SendAsync(DueFollowUp item, CancellationToken ct)
    {
        if (SendTime > TimeSpan.Zero) await Task.Delay(SendTime, ct);
        if (Interlocked.Increment(ref _calls) <= FailuresBeforeSuccess) throw new FollowUpSendException("channel unavailable");
        Sent.Enqueue(item);
        return FollowUpDelivery.Sent;
    }
}

using System.Diagnostics.Metrics;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Telemetry;

/// <summary>The last counts <see cref="TelemetrySampler"/> read from the database; the gauges report these, so a scrape
/// never waits on a query.</summary>
public sealed class TelemetrySnapshot
{
    private volatile IReadOnlyDictionary<CasePriority, long> _queue = Enum.GetValues<CasePriority>().ToDictionary(p => p, _ => 0L);

    public long InboxBacklog { get; set; }

    public long OutboxPending { get; set; }

    public long OutboxParked { get; set; }

    public long FollowUpsDue { get; set; }

    public void SetQueue(IReadOnlyDictionary<CasePriority, long> byPriority) =>
        _queue = Enum.GetValues<CasePriority>().ToDictionary(p => p, p => byPriority.GetValueOrDefault(p));

    public IEnumerable<Measurement<long>> QueueByPriority() =>
        _queue.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("priority", q.Key.ToString())));
}

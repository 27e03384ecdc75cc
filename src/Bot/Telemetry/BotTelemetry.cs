using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AfterSalesBot.Bot.Telemetry;

/// <summary>
/// The bot's own spans and meters (name <see cref="Name"/>): a span per turn with its commit and delivery, turns and their
/// latency, SLA warnings and breaches, and gauges read from <see cref="TelemetrySnapshot"/> (inbox backlog, outbox pending
/// and parked, queue length per priority, follow-ups due). Meters come from the host's <see cref="IMeterFactory"/>, so each
/// host (and each test host) has its own.
/// </summary>
public sealed class BotTelemetry
{
    public const string Name = "AfterSalesBot";

    /// <summary>Spans: <c>turn</c>, with <c>turn.commit</c> and <c>turn.deliver</c> inside it.</summary>
    public static readonly ActivitySource Source = new(Name);

    public BotTelemetry(IMeterFactory meters, TelemetrySnapshot snapshot)
    {
        var meter = meters.Create(Name);
        Turns = meter.CreateCounter<long>("aftersalesbot.turns", "{turn}", "Turns run, by channel and outcome (ok, failed).");
        TurnDuration = meter.CreateHistogram<double>("aftersalesbot.turn.duration", "ms", "From loading the state to delivering the replies.");
        SlaWarnings = meter.CreateCounter<long>("aftersalesbot.sla.warnings", "{warning}", "SLA deadlines about to pass.");
        SlaBreaches = meter.CreateCounter<long>("aftersalesbot.sla.breaches", "{breach}", "SLA deadlines passed.");
        meter.CreateObservableGauge("aftersalesbot.inbox.backlog", () => snapshot.InboxBacklog, "{activity}", "Acknowledged activities whose turn has not run.");
        meter.CreateObservableGauge("aftersalesbot.outbox.pending", () => snapshot.OutboxPending, "{reply}", "Connector replies not yet delivered.");
        meter.CreateObservableGauge("aftersalesbot.outbox.parked", () => snapshot.OutboxParked, "{reply}", "Connector replies given up on (staff see them).");
        meter.CreateObservableGauge("aftersalesbot.escalation.queue", () => snapshot.QueueByPriority(), "{case}", "Cases waiting for a person, by priority.");
        meter.CreateObservableGauge("aftersalesbot.followups.due", () => snapshot.FollowUpsDue, "{follow-up}", "Follow-ups due and not yet sent.");
    }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Counter<long> SlaWarnings { get; }

    public Counter<long> SlaBreaches { get; }
}

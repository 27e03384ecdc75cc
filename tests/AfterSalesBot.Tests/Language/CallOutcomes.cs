using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AfterSalesBot.Bot.Language;

namespace AfterSalesBot.Tests.Language;

/// <summary>Listens to one host's <c>asb.language.calls</c> (its meter factory is the meter's scope, so tests running
/// beside it do not count) and keeps each call's outcome tag, in order.</summary>
internal sealed class CallOutcomes : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<string> _outcomes = new();

    public CallOutcomes(IMeterFactory host)
    {
        _listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == host && instrument.Meter.Name == LanguageMeter.MeterName && instrument.Name == "asb.language.calls") l.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "outcome") _outcomes.Enqueue((string)tag.Value!);
        });
        _listener.Start();
    }

    public IReadOnlyList<string> Outcomes => [.. _outcomes];

    public void Dispose() => _listener.Dispose();
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Hosting;

/// <summary>The host's telemetry read in-process, as an OpenTelemetry exporter would see it: the bot's meters (through a
/// <see cref="MeterListener"/> on this host's meter factory only), its spans (an <see cref="ActivityListener"/>), the
/// health endpoints and the Prometheus scrape.</summary>
public sealed class TelemetryTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-telemetry-" + Guid.NewGuid().ToString("N"));

    private WebApplicationFactory<Program> Host(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:DataDirectory", _data);
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    [Fact]
    public async Task ACustomerTurnIsCountedTimedAndTracedWithItsCommitAndDelivery()
    {
        using var factory = Host();
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<(string Instrument, double Value, string? Outcome)>();
        using var meterListener = new MeterListener();
        meterListener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Scope == meters && instrument.Meter.Name == BotTelemetry.Name) l.EnableMeasurementEvents(instrument); };
        meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Outcome(tags))));
        meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, Outcome(tags))));
        meterListener.Start();
        var spans = new ConcurrentQueue<Activity>();
        using var spanListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == BotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(spanListener);
        using var http = factory.CreateClient();

        var conversation = await SayAsync(http, "My blender stopped working");
        await WaitAsync(() => spans.Any(s => s.OperationName == "turn" && (string?)s.GetTagItem("conversation.id") == conversation
            && (string?)s.GetTagItem("outcome") == "ok"));

        var turn = spans.Last(s => s.OperationName == "turn" && (string?)s.GetTagItem("conversation.id") == conversation && (string?)s.GetTagItem("outcome") == "ok");
        Assert.Equal("directline", turn.GetTagItem("channel"));
        Assert.Contains(spans, s => s.OperationName == "turn.commit" && s.ParentSpanId == turn.SpanId);
        Assert.Contains(spans, s => s.OperationName == "turn.deliver" && s.ParentSpanId == turn.SpanId);
        Assert.Contains(measurements, m => m.Instrument == "aftersalesbot.turns" && m.Value == 1 && m.Outcome == "ok");
        Assert.Contains(measurements, m => m.Instrument == "aftersalesbot.turn.duration" && m.Value >= 0 && m.Outcome == "ok");
    }

    [Fact]
    public async Task TheBacklogGaugesReportTheInboxTheOutboxTheQueueByPriorityAndFollowUpsDue()
    {
        using var factory = Host();
        var meters = factory.Services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Scope == meters && instrument.Meter.Name == BotTelemetry.Name) l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) =>
        {
            string? priority = null;
            foreach (var tag in tags) if (tag.Key == "priority") priority = tag.Value as string;
            seen[i.Name + (priority is null ? "" : "/" + priority)] = v;
        });
        listener.Start();

        await factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<TelemetrySampler>().Single().SampleAsync(CancellationToken.None);
        listener.RecordObservableInstruments();

        foreach (var name in new[]
        {
            "aftersalesbot.inbox.backlog", "aftersalesbot.outbox.pending", "aftersalesbot.outbox.parked", "aftersalesbot.followups.due",
            "aftersalesbot.escalation.queue/Safety", "aftersalesbot.escalation.queue/Urgent", "aftersalesbot.escalation.queue/Normal",
        })
            Assert.True(seen.TryGetValue(name, out var value) && value == 0, $"{name}: {string.Join(", ", seen.Select(s => s.Key + "=" + s.Value))}");
    }

    [Fact]
    public async Task LiveAndReadyAnswerSeparatelyAndReadyChecksTheDatabaseMigrationsBackgroundServicesAndTheWarmInterpreter()
    {
        using var factory = Host();
        using var http = factory.CreateClient();

        using var live = await http.GetAsync("/health/live");
        using var ready = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        var checks = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>()
            .Value.Registrations.Where(r => r.Tags.Contains("ready")).Select(r => r.Name).Order();
        Assert.Equal(["background-services", "database", "interpreter", "migrations"], checks);
    }

    [Fact]
    public async Task PrometheusScrapesTheBotsMetersOnlyWhenEnabled()
    {
        using (var off = Host())
        using (var http = off.CreateClient())
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);

        using var on = Host(("Telemetry:Prometheus", "true"));
        using var client = on.CreateClient();
        await SayAsync(client, "My kettle leaks");
        var text = "";
        await WaitAsync(async () => (text = await client.GetStringAsync("/metrics")).Contains("aftersalesbot_turns", StringComparison.Ordinal));

        Assert.Contains("aftersalesbot_turn_duration_milliseconds_bucket", text);
    }

    private static string? Outcome(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags) if (tag.Key == "outcome") return tag.Value as string;
        return null;
    }

    /// <summary>Starts a web chat session and says one thing; returns the conversation id.</summary>
    private static async Task<string> SayAsync(HttpClient http, string text)
    {
        var session = (await (await http.PostAsJsonAsync("/api/webchat/session", new { })).Content.ReadFromJsonAsync<JsonObject>())!;
        var conversation = (string)session["conversationId"]!;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversation}/activities")
        {
            Content = new StringContent(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "en-US",
                ["from"] = new JsonObject { ["id"] = (string)session["userId"]! } }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)session["token"]!);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
        return conversation;
    }

    private static Task WaitAsync(Func<bool> done) => WaitAsync(() => Task.FromResult(done()));

    private static async Task WaitAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The telemetry never showed what was waited for.");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }
}

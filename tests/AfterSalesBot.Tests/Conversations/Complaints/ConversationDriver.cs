using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Escalation;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Bot.FollowUps;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Replays a customer's messages through the real turn pipeline (inbox, scheduler, processor, the complaint bot,
/// the knowledge store with the demo imported, the case desk) on a real SQLite file, and hands back what the bot
/// said to each message and the step it ended in.
/// </summary>
public sealed class ConversationDriver : IAsyncDisposable
{
    private readonly string _data;
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private PipelineHost _host;
    private long _seen;

    private ConversationDriver(PipelineHost host, string data, string conversation, string user, string locale,
        IReadOnlyDictionary<string, string?>? settings)
    {
        _settings = settings;
        _host = host;
        _data = data;
        ConversationId = conversation;
        UserId = user;
        Locale = locale;
    }

    public string ConversationId { get; }
    public string UserId { get; }
    public string Locale { get; }

    /// <summary>The zone the customer's page sends with each message. Default: Asia/Shanghai.</summary>
    public string LocalTimezone { get; set; } = "Asia/Shanghai";

    /// <param name="clock">A fake clock starting there, for the whole pipeline (the demo data is dated from its day); else the real one.</param>
    /// <param name="configure">More service changes (e.g. <c>Configure&lt;EscalationOptions&gt;</c>), kept for <see cref="RestartAsync"/>.</param>
    public static Task<ConversationDriver> StartAsync(string locale, DateTimeOffset? clock = null, Action<IServiceCollection>? configure = null) =>
        StartAsync(locale, clock is { } start ? new FakeTimeProvider(start) : null, configure);

    /// <param name="settings">Extra configuration, e.g. a language model pointing at the contract fake.</param>
    public static Task<ConversationDriver> StartAsync(string locale, IReadOnlyDictionary<string, string?> settings) =>
        StartAsync(locale, null, null, settings);

    /// <param name="fake">A fake clock the test moves, for the whole pipeline; else the real one.</param>
    /// <param name="settings">Extra configuration, kept for <see cref="RestartAsync"/>.</param>
    public static async Task<ConversationDriver> StartAsync(string locale, FakeTimeProvider? fake, Action<IServiceCollection>? configure = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "asb-conv-" + Guid.NewGuid().ToString("N"));
        DateTimeOffset? clock = fake?.GetUtcNow();
        Action<IServiceCollection> services = s =>
        {
            if (fake is not null) s.Replace(ServiceDescriptor.Singleton<TimeProvider>(fake));
            configure?.Invoke(s);
        };
        var host = await StartHostAsync(data, services, settings);
        var files = await KnowledgeFiles.ReadAsync(Path.Combine(RepoPaths.Root, "knowledge", "demo"), CancellationToken.None);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock ?? DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var imported = await host.Get<KnowledgeImporter>().ImportAsync(files.Documents, new ImportOptions { RebaseDatesTo = today }, CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var (conversation, user) = await host.OpenConversationAsync();
        return new ConversationDriver(host, data, conversation, user, locale, settings) { _services = services, Clock = fake };
    }

    private Action<IServiceCollection>? _services;

    /// <summary>The fake clock, when the driver was started with one.</summary>
    public FakeTimeProvider? Clock { get; private init; }

    private static Task<PipelineHost> StartHostAsync(string data, Action<IServiceCollection>? more,
        IReadOnlyDictionary<string, string?>? settings) =>
        PipelineHost.StartAsync(services =>
        {
            services.AddCustomerConversations();
            services.AddSingleton<IFollowUpSender, FollowUpSender>();
            more?.Invoke(services);
        }, dataDirectory: data, settings: settings);

    /// <summary>One pass of the real follow-up scheduler (the bot as its sender) on a clock <paramref name="later"/> ahead
    /// of the driver's (fake or real) clock, and what the bot said.</summary>
    public async Task<IReadOnlyList<Activity>> FollowUpsDueAsync(TimeSpan later)
    {
        var clock = new FakeTimeProvider((Clock?.GetUtcNow() ?? DateTimeOffset.UtcNow) + later);
        var scheduler = new FollowUpScheduler(Get<IDbContextFactory<EscalationDbContext>>(), clock, Options.Create(new FollowUpOptions()),
            Get<IFollowUpSender>());
        await scheduler.RunDueAsync(CancellationToken.None);
        return await NewRepliesAsync();
    }

    /// <summary>Sends one message (or a card submit) and returns the bot's replies to it, in order.</summary>
    /// <summary>A fresh conversation that says each line in turn: its final state, and the transcript (customer lines
    /// marked "> ") for assertion messages.</summary>
    public static async Task<(ComplaintState State, string Transcript)> PlayAsync(string locale, params string[] lines)
    {
        await using var driver = await StartAsync(locale);
        var transcript = new List<string>();
        foreach (var line in lines)
        {
            transcript.Add("> " + line);
            transcript.AddRange((await driver.SayAsync(line)).Select(r => r.Text ?? "[card]"));
        }
        return (await driver.StateAsync(), string.Join("\n", transcript));
    }

    public async Task<IReadOnlyList<Activity>> SayAsync(string text, System.Text.Json.JsonElement? value = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "directline",
            ServiceUrl = "http://127.0.0.1/",
            Conversation = new ConversationAccount { Id = ConversationId },
            From = new ChannelAccount { Id = UserId, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
            Text = text,
            Value = value,
            Locale = Locale,
            LocalTimezone = LocalTimezone,
        };
        return await SendAsync(activity);
    }

    /// <summary>An event from the customer's channel (e.g. a forged desk event), through the same inbox.</summary>
    public Task<IReadOnlyList<Activity>> SendEventAsync(string name) => SendAsync(new Activity
    {
        Type = ActivityTypes.Event,
        Name = name,
        ChannelId = "directline",
        ServiceUrl = "http://127.0.0.1/",
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount { Id = UserId, Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
        Locale = Locale,
    });

    private async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        await _host.Get<TurnInbox>().AcceptAsync(activity, selfHosted: true, CancellationToken.None);
        return await NewRepliesAsync();
    }

    /// <summary>What the bot (or an agent through it) said since the last look, once every turn has finished.</summary>
    public async Task<IReadOnlyList<Activity>> NewRepliesAsync()
    {
        await _host.DrainAsync();
        var entries = await _host.Get<ConversationLog>().ReadAsync(ConversationId, _seen, 1000, CancellationToken.None);
        if (entries.Count > 0) _seen = entries[^1].Sequence;
        return [.. entries.Select(e => ActivityJson.Deserialize(e.ActivityJson)!).Where(a => a.From?.Role == RoleTypes.Bot)];
    }

    public async Task<ComplaintState> StateAsync()
    {
        await using var db = _host.CreateDbContext();
        var record = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == ConversationId);
        return ComplaintState.Parse(record.State);
    }

    /// <summary>Stops the whole pipeline and starts it again on the same files, as a server restart would.</summary>
    public async Task RestartAsync()
    {
        await _host.DisposeAsync(keepData: true);
        _host = await StartHostAsync(_data, _services, _settings);
    }

    public T Get<T>() where T : notnull => _host.Get<T>();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}

using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Escalation;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    /// <param name="settings">Extra configuration, e.g. a language model pointing at the contract fake.</param>
    public static async Task<ConversationDriver> StartAsync(string locale, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "asb-conv-" + Guid.NewGuid().ToString("N"));
        var host = await StartHostAsync(data, settings);
        var files = await KnowledgeFiles.ReadAsync(Path.Combine(RepoPaths.Root, "knowledge", "demo"), CancellationToken.None);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var imported = await host.Get<KnowledgeImporter>().ImportAsync(files.Documents, new ImportOptions { RebaseDatesTo = today }, CancellationToken.None);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        var (conversation, user) = await host.OpenConversationAsync();
        return new ConversationDriver(host, data, conversation, user, locale, settings);
    }

    private static Task<PipelineHost> StartHostAsync(string data, IReadOnlyDictionary<string, string?>? settings) =>
        PipelineHost.StartAsync(services => services.AddCustomerConversations(), dataDirectory: data, settings: settings);

    /// <summary>Sends one message (or a card submit) and returns the bot's replies to it, in order.</summary>
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
            LocalTimezone = "Asia/Shanghai",
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
        _host = await StartHostAsync(_data, _settings);
    }

    public T Get<T>() where T : notnull => _host.Get<T>();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();
}

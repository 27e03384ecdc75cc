using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Backplane;

/// <summary>
/// Two instances of the host on one database, each with its own home folder, sharing one Redis under a channel prefix
/// of their own (so test classes on the shared server never hear each other). Keep-alives are a minute apart, so
/// anything that crosses instances within a test's deadline came through Redis, not through a stream's keep-alive read.
/// </summary>
public sealed class BackplaneHosts : IAsyncDisposable
{
    private readonly string _homeA = Directory.CreateTempSubdirectory("asb-home-a-").FullName;
    private readonly string _homeB = Directory.CreateTempSubdirectory("asb-home-b-").FullName;

    private BackplaneHosts(HostDatabase database) => Database = database;

    public HostDatabase Database { get; }

    public BotServer A { get; private set; } = null!;

    public BotServer B { get; private set; } = null!;

    /// <param name="extra">More settings for both hosts.</param>
    public static async Task<BackplaneHosts> StartAsync(StorageEngine engine, RedisServer redis, string purpose,
        IReadOnlyDictionary<string, string>? extra = null)
    {
        var hosts = new BackplaneHosts(await HostDatabase.CreateAsync(engine, purpose));
        var prefix = "asb-test-" + Guid.NewGuid().ToString("N")[..12];
        hosts.A = await hosts.Database.StartServerAsync(Settings(hosts._homeA, redis, prefix, extra));
        hosts.B = await hosts.Database.StartServerAsync(Settings(hosts._homeB, redis, prefix, extra));
        return hosts;
    }

    private static Dictionary<string, string> Settings(string home, RedisServer redis, string prefix, IReadOnlyDictionary<string, string>? extra)
    {
        var settings = new Dictionary<string, string>
        {
            ["HOME"] = home,
            ["Redis__Configuration"] = redis.Configuration,
            ["Redis__ChannelPrefix"] = prefix,
            ["DirectLine__HeartbeatInterval"] = "00:01:00",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (B is not null) await B.KillAsync();
        if (A is not null) await A.KillAsync();
        await Database.DisposeAsync();
        foreach (var home in new[] { _homeA, _homeB })
            try { Directory.Delete(home, recursive: true); } catch (IOException) { }
    }
}

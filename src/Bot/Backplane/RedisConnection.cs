using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AfterSalesBot.Bot.Backplane;

/// <summary>
/// The instance's one connection to Redis, shared by the console hub's backplane and the Direct Line stream's notices.
/// It never makes start-up fail: while Redis is unreachable StackExchange.Redis keeps reconnecting in the background,
/// and this instance goes on serving its own clients (the health check says Degraded).
/// </summary>
public sealed class RedisConnection(IOptions<RedisBackplaneOptions> options, ILogger<RedisConnection> logger) : IDisposable, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnectionMultiplexer? _multiplexer;

    /// <summary>Tells this instance's notices from the others' on the shared channels.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Raised when the subscription connection is back after a loss: what was published meanwhile was missed.</summary>
    public event Action? SubscriptionRestored;

    /// <summary>The multiplexer once <see cref="GetAsync"/> has made it; null before.</summary>
    public IConnectionMultiplexer? Current => _multiplexer;

    public bool IsConnected => _multiplexer?.IsConnected ?? false;

    public RedisChannel Channel(string name) => RedisChannel.Literal(options.Value.ChannelPrefix + ":" + name);

    public async Task<IConnectionMultiplexer> GetAsync()
    {
        if (_multiplexer is { } made) return made;
        await _gate.WaitAsync();
        try
        {
            if (_multiplexer is { } again) return again;
            var configuration = ConfigurationOptions.Parse(options.Value.Configuration);
            configuration.AbortOnConnectFail = false; // an unreachable Redis is retried, never a failed start
            configuration.ClientName ??= "aftersalesbot-" + InstanceId[..8];
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(configuration);
            multiplexer.ConnectionFailed += (_, e) => logger.LogWarning(e.Exception,
                "Redis connection lost ({ConnectionType}, {FailureType}): this instance serves its own clients only until it is back.",
                e.ConnectionType, e.FailureType);
            multiplexer.ConnectionRestored += (_, e) =>
            {
                logger.LogInformation("Redis connection restored ({ConnectionType}).", e.ConnectionType);
                if (e.ConnectionType == ConnectionType.Subscription) SubscriptionRestored?.Invoke();
            };
            if (!multiplexer.IsConnected) logger.LogWarning("Redis is not reachable yet; retrying in the background.");
            return _multiplexer = multiplexer;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _multiplexer?.Dispose();
        _gate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is { } multiplexer) await multiplexer.DisposeAsync();
        _gate.Dispose();
    }
}

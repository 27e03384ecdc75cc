using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Hosting;
using Microsoft.Extensions.Options;
using SignalRRedisOptions = Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisOptions;

namespace AfterSalesBot.Bot.Backplane;

public static class BackplaneServiceCollectionExtensions
{
    /// <summary>
    /// Redis as the deployment's backplane when <c>Redis:Configuration</c> is set (ADR 0027): the console hub's groups span
    /// every instance, and the Direct Line stream hears what other instances append. Without it nothing of Redis is
    /// registered and each instance pushes to its own clients, as a single instance always did.
    /// </summary>
    public static IHostApplicationBuilder AddRedisBackplane(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RedisBackplaneOptions>().BindConfiguration(RedisBackplaneOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var settings = builder.Configuration.GetSection(RedisBackplaneOptions.Section).Get<RedisBackplaneOptions>() ?? new();
        if (!settings.Enabled) return builder;

        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddSingleton<IStreamBackplane, RedisStreamAnnouncer>();
        builder.Services.AddHostedService<RedisStreamListener>();
        builder.Services.AddSignalR().AddStackExchangeRedis();
        builder.Services.AddOptions<SignalRRedisOptions>().Configure<RedisConnection, IOptions<RedisBackplaneOptions>>((signalR, connection, redis) =>
        {
            signalR.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal(redis.Value.ChannelPrefix + ":console");
            signalR.ConnectionFactory = _ => connection.GetAsync(); // one connection for the hub and the stream
        });
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HostingExtensions.ReadyTag]);
        return builder;
    }
}

using AfterSalesBot.Bot.Channels;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Privacy;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>
/// The turn pipeline composed exactly as the host composes it (same extension methods), on a real SQLite
/// file, without HTTP, so a test can swap the bot or the clock and look straight into the database.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _dataDirectory;

    private PipelineHost(IHost host, string dataDirectory)
    {
        _host = host;
        _dataDirectory = dataDirectory;
    }

    public IServiceProvider Services => _host.Services;

    /// <param name="settings">Configuration on top of the defaults (e.g. the Language section pointing at a contract fake).</param>
    public static async Task<PipelineHost> StartAsync(Action<IServiceCollection>? configure = null, string? dataDirectory = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "asb-pipeline-" + Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotStorage();
        builder.AddConversations();
        builder.AddBotChannels();
        builder.AddSelfHostedDirectLine();
        builder.Services.AddSingleton<AfterSalesBot.Knowledge.Import.KnowledgeImporter>();
        builder.Services.AddKnowledgeSearch();
        builder.Services.AddPurchaseLookup();
        builder.Services.AddEscalationOptions(builder.Configuration);
        builder.Services.AddCaseDesk();
        builder.Services.AddCasePrivacy(); // the cases' side of the customer's data rights the conversation offers
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await host.StartAsync();
        return new PipelineHost(host, dataDirectory);
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public BotDbContext CreateDbContext() => Get<IDbContextFactory<BotDbContext>>().CreateDbContext();

    /// <summary>Opens a self-hosted Direct Line conversation, as the customer page would.</summary>
    public async Task<(string ConversationId, string UserId)> OpenConversationAsync()
    {
        var userId = DirectLineConversations.NewUserId();
        return (await Get<DirectLineConversations>().CreateAsync(userId, CancellationToken.None), userId);
    }

    /// <summary>Waits until every scheduled turn has finished.</summary>
    public async Task DrainAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Get<TurnScheduler>().Pending > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Turns did not finish.");
            await Task.Delay(10);
        }
    }

    public ValueTask DisposeAsync() => DisposeAsync(keepData: false);

    /// <summary>Stops the host; with <paramref name="keepData"/> the files stay for a host started after it.</summary>
    public async ValueTask DisposeAsync(bool keepData)
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (keepData) return;
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }

    public static void ReplaceBot(IServiceCollection services, IBot bot) => services.Replace(ServiceDescriptor.Singleton(bot));
}

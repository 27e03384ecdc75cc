using AfterSalesBot.Knowledge.Import;

namespace AfterSalesBot.Bot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Import and export of the knowledge store, and the demo import on first start. The store's
    /// database itself is registered with the bot's storage (same database, its own tables and migrations).</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasKnownTimeZone(), "Knowledge:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
            .ValidateOnStart();
        builder.Services.AddSingleton<KnowledgeImporter>();
        builder.Services.AddSingleton<KnowledgeExporter>();
        builder.Services.AddHostedService<DemoKnowledgeImport>();
        return builder;
    }
}

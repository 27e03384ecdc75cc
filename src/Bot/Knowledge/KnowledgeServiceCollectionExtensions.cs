using AfterSalesBot.Knowledge;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Bot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Import and export of the knowledge store, the demo import on first start, article search and
    /// purchase lookup. The store's database itself is registered with the bot's storage (same database, its
    /// own tables and migrations).</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.HasKnownTimeZone(), "Knowledge:TimeZone is not a time zone this machine knows (e.g. Asia/Shanghai).")
            .ValidateOnStart();
        builder.Services.AddSingleton<KnowledgeImporter>();
        builder.Services.AddSingleton<KnowledgeExporter>();
        builder.Services.AddHostedService<DemoKnowledgeImport>();
        builder.Services.AddKnowledgeSearch();
        builder.Services.AddPurchaseLookup();
        builder.Services.AddKnowledgeReader();
        return builder;
    }
}

using AfterSalesBot.Knowledge;

namespace AfterSalesBot.Bot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>The Knowledge module (it binds and validates section <c>Knowledge</c> and runs the demo import on the first
    /// start). The store's database itself is registered with the bot's storage (same database, its own tables and
    /// migrations); its admin endpoints are the host's (<c>MapKnowledgeAdmin</c>, behind the admin API key).</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKnowledgeModule(builder.Configuration);
        return builder;
    }
}

using AfterSalesBot.Escalation.Kpis;
using AfterSalesBot.Knowledge;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Kpis;

public static class KpiServiceCollectionExtensions
{
    /// <summary>The bot's side of the KPI report (<see cref="ConversationStatistics"/>); the report itself is the Escalation module's.</summary>
    public static IHostApplicationBuilder AddKpis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKnowledgeReader(); // repeat failures per model
        builder.Services.TryAddSingleton<IConversationStatistics, ConversationStatistics>();
        return builder;
    }
}

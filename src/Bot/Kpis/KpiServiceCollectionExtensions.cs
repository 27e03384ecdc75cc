using AfterSalesBot.Escalation.Kpis;
using AfterSalesBot.Knowledge;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Kpis;

public static class KpiServiceCollectionExtensions
{
    /// <summary>The KPI report (<see cref="KpiService"/>) with the bot's side of it (<see cref="ConversationStatistics"/>).</summary>
    public static IHostApplicationBuilder AddKpis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKnowledgeReader(); // repeat failures per model
        builder.Services.TryAddSingleton<IConversationStatistics, ConversationStatistics>();
        builder.Services.AddKpiReports();
        return builder;
    }
}

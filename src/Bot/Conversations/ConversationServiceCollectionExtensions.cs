using Microsoft.Extensions.DependencyInjection.Extensions;

using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Leases;
using AfterSalesBot.Bot.Language;
using AfterSalesBot.Bot.Outbox;
using AfterSalesBot.Bot.Telemetry;
using AfterSalesBot.Bot.Transcripts;

namespace AfterSalesBot.Bot.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>The turn pipeline: inbox, scheduler, processor, recovery, and the bot itself (the complaint flow).</summary>
    public static IHostApplicationBuilder AddConversations(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ConversationLocks>();
        builder.Services.AddSingleton<ConversationLog>();
        builder.Services.AddSingleton<TurnScheduler>();
        builder.Services.AddTelemetryInstruments();
        builder.Services.AddSingleton<TurnProcessor>();
        builder.Services.AddConnectorOutbox();
        builder.Services.TryAddSingleton<TranscriptObservers>();
        builder.Services.AddSingleton<TurnInbox>();
        builder.Services.AddConversationLeases();
        builder.Services.AddComplaintFlow();
        builder.AddLanguageModel();
        builder.Services.AddHostedService<PendingTurnRecovery>();
        return builder;
    }
}

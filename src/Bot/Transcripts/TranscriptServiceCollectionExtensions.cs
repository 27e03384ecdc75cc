using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Knowledge;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Bot.Transcripts;

public static class TranscriptServiceCollectionExtensions
{
    /// <summary>The transcripts as the desk reads them (<see cref="ITranscripts"/>). Observers
    /// (<see cref="ITranscriptObserver"/>) are whoever registers one; the turn pipeline tells them.</summary>
    public static IHostApplicationBuilder AddTranscripts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddKnowledgeReader(); // product names for the search's product filter
        builder.Services.TryAddSingleton<ITranscripts, TranscriptStore>();
        builder.Services.TryAddSingleton<TranscriptObservers>();
        return builder;
    }
}

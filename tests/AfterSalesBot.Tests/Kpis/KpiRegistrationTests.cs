using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Kpis;
using AfterSalesBot.Bot.Transcripts;
using AfterSalesBot.Escalation;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Kpis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AfterSalesBot.Tests.Kpis;

public sealed class KpiRegistrationTests
{
    [Fact]
    public void TheHostExtensionsRegisterTheTranscriptsAndTheReport()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "asb-kpi-" + Guid.NewGuid().ToString("N")),
        });
        builder.AddBotStorage();
        builder.AddConversations();
        builder.AddTranscripts();
        builder.AddKpis();
        builder.Services.AddEscalationModule(builder.Configuration); // the report itself is the module's (ADR 0023)
        using var host = builder.Build();

        Assert.IsType<TranscriptStore>(host.Services.GetRequiredService<ITranscripts>());
        Assert.IsType<ConversationStatistics>(host.Services.GetRequiredService<IConversationStatistics>());
        Assert.NotNull(host.Services.GetRequiredService<KpiService>());
        Assert.NotNull(host.Services.GetRequiredService<TranscriptObservers>());
    }
}

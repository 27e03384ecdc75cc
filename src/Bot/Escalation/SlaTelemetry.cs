using AfterSalesBot.Bot.Telemetry;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Bot.Escalation;

/// <summary>Counts each SLA pass's warnings and breaches on the bot's meter.</summary>
internal sealed class SlaTelemetry(BotTelemetry telemetry) : ISlaPassObserver
{
    public void Passed(SlaCheckResult result)
    {
        telemetry.SlaWarnings.Add(result.Warnings);
        telemetry.SlaBreaches.Add(result.Breaches);
    }
}

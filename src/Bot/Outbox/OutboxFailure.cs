using AfterSalesBot.Bot.Channels.Connector;
using AfterSalesBot.Escalation.Retries;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>What one refused delivery means for the reply: park it now, or try again after a wait.</summary>
internal readonly record struct OutboxFailure(bool Park, TimeSpan? RetryAfter, string Error)
{
    /// <summary>403/404 mean the bot was removed from (or blocked in) the conversation: no retry can help.</summary>
    public static OutboxFailure From(Exception ex) => ex switch
    {
        ConnectorException { IsForbidden: true } or ConnectorException { IsNotFound: true } =>
            new(true, null, Describe(ex)),
        ConnectorException c => new(false, c.RetryAfter, Describe(c)),
        _ => new(false, null, Describe(ex)),
    };

    /// <summary>The wait before the next attempt: the shared <see cref="RetryBackoff"/> from <paramref name="options"/>,
    /// or longer if the channel asked (its Retry-After), never beyond <see cref="OutboxOptions.MaxDelay"/>.</summary>
    public TimeSpan Delay(int attempts, OutboxOptions options) =>
        RetryBackoff.Delay(attempts, options.BaseDelay, options.MaxDelay, RetryAfter);

    private static string Describe(Exception ex)
    {
        var text = ex.GetType().Name + ": " + ex.Message;
        return text.Length <= 2000 ? text : text[..2000];
    }
}

using AfterSalesBot.Bot.Channels.Connector;

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

    /// <summary>The wait before the next attempt: exponential from <paramref name="options"/>, or longer if the channel asked.</summary>
    public static TimeSpan Delay(int attempts, TimeSpan? retryAfter, OutboxOptions options)
    {
        var exponential = options.BaseDelay * Math.Pow(2, Math.Min(attempts - 1, 20));
        var wait = retryAfter is { } asked && asked > exponential ? asked : exponential;
        return wait > options.MaxDelay ? options.MaxDelay : wait;
    }

    private static string Describe(Exception ex)
    {
        var text = ex.GetType().Name + ": " + ex.Message;
        return text.Length <= 2000 ? text : text[..2000];
    }
}

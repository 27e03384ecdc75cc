namespace AfterSalesBot.Bot.Channels.Connector;

/// <summary>
/// The connector client's resilience handler (<see cref="ConnectorResilience"/>; Teams rate-limit guidance: a few tries,
/// seconds apart). Internal so tests can shrink the delays; production uses <see cref="Default"/>.
/// </summary>
internal sealed record ConnectorRetryOptions
{
    public static ConnectorRetryOptions Default { get; } = new();

    /// <summary>Retries after the first attempt. Default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff; doubled each retry, plus up to one more of it as jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for one wait, whether computed or asked for by Retry-After. Default 60 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take before it counts as a failed connection. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The whole call, every attempt and wait included, and the reading of the answer: the client's
    /// <see cref="HttpClient.Timeout"/>, a bound that only a channel slower than every limit above can reach.</summary>
    public TimeSpan WholeCall => AttemptTimeout * (MaxRetries + 1) + MaxDelay * MaxRetries + AttemptTimeout;
}

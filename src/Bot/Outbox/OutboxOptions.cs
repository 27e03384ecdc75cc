namespace AfterSalesBot.Bot.Outbox;

/// <summary>Section "Outbox": how replies to connector channels that failed are retried (ADR "outbox for connector replies").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Attempts (the first included) before a reply is parked. Default 8.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failure; doubled after each further one. Default 5 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Upper bound of one wait, whether computed or asked for by the channel's Retry-After. Default 30 min.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the dispatcher looks for replies due again. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a claim holds; after it an instance that died mid-send is taken over. Default 2 min.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Conversations served at once by one pass. Default 4.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>How long a delivered row is kept (an audit of what reached the channel) before the dispatcher deletes
    /// it. Parked and undelivered rows are never deleted. Default 7 days.</summary>
    public TimeSpan KeepDelivered { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the dispatcher deletes delivered rows older than <see cref="KeepDelivered"/>. Default 1 h.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted by one statement, so a large backlog never holds a long write lock. Default 500.</summary>
    public int PruneBatchSize { get; set; } = 500;
}

namespace AfterSalesBot.Bench.Load;

public enum TurnFailure
{
    None,

    /// <summary>The POST failed: a connection error or a non-2xx status.</summary>
    PostFailed,

    /// <summary>No reply with the posted id as <c>replyToId</c> within the turn timeout.</summary>
    TimedOut,

    /// <summary>The reply feed (WebSocket or polling) broke while the reply was awaited.</summary>
    FeedFailed,

    /// <summary>The conversation could not be opened (token, start or feed), so its turns never ran.</summary>
    OpenFailed,
}

/// <summary>One turn: its latency in Stopwatch ticks when it succeeded, otherwise why it failed.</summary>
public readonly record struct TurnOutcome(TurnFailure Failure, long LatencyTicks, string? Error)
{
    public static TurnOutcome Ok(long ticks) => new(TurnFailure.None, ticks, null);

    public static TurnOutcome Failed(TurnFailure failure, string error) => new(failure, 0, error);
}

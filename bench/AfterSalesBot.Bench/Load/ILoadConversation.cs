namespace AfterSalesBot.Bench.Load;

/// <summary>Anything a load phase can run turns on: a Direct Line conversation or a Bot Framework channel conversation.</summary>
public interface ILoadConversation
{
    /// <summary>One turn, timed from just before the message is sent until its reply is seen.</summary>
    Task<TurnOutcome> RunTurnAsync(TimeSpan timeout, CancellationToken ct);
}

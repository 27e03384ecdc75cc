namespace AfterSalesBot.Bench.DirectLine;

/// <summary>Shows the client what the server delivers on one conversation, feeding <see cref="ReplyWaiters"/>.</summary>
public interface IReplyFeed : IAsyncDisposable;

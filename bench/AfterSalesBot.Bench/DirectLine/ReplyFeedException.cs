namespace AfterSalesBot.Bench.DirectLine;

/// <summary>The WebSocket or polling loop that shows replies stopped working.</summary>
public sealed class ReplyFeedException(string message, Exception? inner = null) : Exception(message, inner);

namespace AfterSalesBot.Bench.DirectLine;

/// <summary>The answer to <c>POST /conversations</c>: the token to use from now on and where to stream.</summary>
public sealed record ConversationStart(string ConversationId, string Token, Uri StreamUrl);

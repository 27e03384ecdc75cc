namespace AfterSalesBot.ConversationBench.Channel;

/// <summary>A message from the bot as the customer's client sees it.</summary>
/// <param name="ReplyToId">The customer activity it answers; null for a message the bot sent by itself (a queue notice).</param>
public sealed record BotMessage(string Id, string? ReplyToId, string Text, int Attachments);

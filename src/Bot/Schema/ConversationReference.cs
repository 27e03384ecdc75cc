namespace AfterSalesBot.Bot.Schema;

/// <summary>What the bot must remember to speak first later: a follow-up, an agent's relayed reply.</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }
}

public sealed record ResourceResponse(string? Id);

public sealed record InvokeResponse(int Status, object? Body);

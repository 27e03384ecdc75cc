namespace AfterSalesBot.Bot.Data.Entities;

/// <summary>A conversation opened on the self-hosted Direct Line.</summary>
public sealed class DirectLineConversation
{
    public required string Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

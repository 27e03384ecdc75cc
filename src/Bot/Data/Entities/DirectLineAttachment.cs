namespace AfterSalesBot.Bot.Data.Entities;

/// <summary>A file a customer uploaded through Direct Line, served back by an unguessable id.</summary>
public sealed class DirectLineAttachment
{
    public required string Id { get; set; }
    public required string ConversationId { get; set; }
    public required string ContentType { get; set; }
    public string? Name { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

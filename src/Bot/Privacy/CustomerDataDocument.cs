using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Privacy;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Privacy;

/// <summary>
/// A copy of a customer's data as one JSON file (PIPL art. 45, GDPR art. 15, in a common machine-readable format):
/// each conversation with its messages, the facts the bot kept (its state), the files uploaded, and the cases opened
/// from them. Unmasked: it is the customer's own data.
/// </summary>
public static class CustomerDataDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<byte[]> BuildAsync(BotDbContext db, IReadOnlyList<string> conversationIds, IReadOnlyList<CaseDataCopy> cases,
        DateTimeOffset now, CancellationToken ct)
    {
        var records = await db.Conversations.AsNoTracking().Where(c => conversationIds.Contains(c.Id)).ToListAsync(ct);
        var lines = await db.Transcript.AsNoTracking()
            .Where(t => conversationIds.Contains(t.ConversationId) && t.Type == ActivityTypes.Message)
            .OrderBy(t => t.ConversationId).ThenBy(t => t.Sequence)
            .Select(t => new { t.ConversationId, t.Timestamp, t.Direction, t.SenderName, t.Text }).ToListAsync(ct);
        var uploads = await db.DirectLineAttachments.AsNoTracking().Where(a => conversationIds.Contains(a.ConversationId))
            .Select(a => new { a.ConversationId, a.Name, a.ContentType, a.UploadedAt, Bytes = a.Content.Length }).ToListAsync(ct);
        var document = new
        {
            ExportedAt = now,
            About = "AfterSalesBot — a copy of the personal data we hold about you / 我们保存的您的个人信息副本",
            Conversations = conversationIds.Select(id =>
            {
                var record = records.FirstOrDefault(r => r.Id == id);
                return new
                {
                    Id = id,
                    Channel = record?.ChannelId,
                    StartedAt = record?.CreatedAt,
                    LastMessageAt = record?.UpdatedAt,
                    Facts = record?.State is { } state ? JsonNode.Parse(state) : null,
                    Messages = lines.Where(l => l.ConversationId == id).Select(l => new
                    {
                        At = l.Timestamp,
                        From = l.Direction == TranscriptDirection.Inbound ? "you" : l.SenderName ?? "bot",
                        l.Text,
                    }),
                    Uploads = uploads.Where(u => u.ConversationId == id).Select(u => new { u.Name, u.ContentType, u.UploadedAt, u.Bytes }),
                };
            }),
            Cases = cases,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}

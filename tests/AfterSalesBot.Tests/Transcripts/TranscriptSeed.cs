using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Data;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Transcripts;

/// <summary>
/// Four conversations written straight into a real SQLite file, newest first: D (22 Nov 08:00 UTC, in progress, Q5),
/// C (22 Nov 00:10, before summaries: no outcome), B (21 Nov 23:30, Teams, escalated, washer), A (20 Nov, agreed, Q5, Chinese).
/// </summary>
internal static class TranscriptSeed
{
    public static async Task WriteAsync(PipelineHost host)
    {
        await using (var knowledge = host.Get<IDbContextFactory<KnowledgeDbContext>>().CreateDbContext())
        {
            knowledge.Products.Add(Product("JZT-Q5", "Q5 gas hob", "Q5 燃气灶"));
            knowledge.Products.Add(Product("XQB-80", "Top-load washer 8 kg", "波轮洗衣机 8 公斤"));
            await knowledge.SaveChangesAsync();
        }
        await using var db = host.CreateDbContext();
        Conversation(db, "conv-a", "directline", At(20, 10), "JZT-Q5", TranscriptOutcomes.Agreed, "AS-20261120-0001",
            ("in", "message", "My gas stove won't light"), ("out", "message", "Sorry to hear that."), ("in", "message", "灶具打不着火，从周一开始"));
        Conversation(db, "conv-b", "msteams", At(21, 23, 30), "XQB-80", TranscriptOutcomes.Escalated, "AS-20261121-0001",
            ("in", "message", "The washer leaks, I am 100%_ sure"));
        Conversation(db, "conv-c", "directline", At(22, 0, 10), null, null, null, ("in", "message", "hello"));
        Conversation(db, "conv-d", "directline", At(22, 8), "JZT-Q5", TranscriptOutcomes.InProgress, null,
            ("in", "message", "STOVE keeps clicking"), ("out", "message", "Is it the washer or the stove?"), ("in", "event", "leaks"));
        await db.SaveChangesAsync();
    }

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    private static void Conversation(BotDbContext db, string id, string channel, DateTimeOffset started, string? product, string? outcome,
        string? caseNumber, params (string Direction, string Type, string Text)[] lines)
    {
        db.Conversations.Add(new ConversationRecord
        {
            Id = id, ChannelId = channel, Locale = "en-US", CreatedAt = started, UpdatedAt = started.AddMinutes(1), TurnCount = lines.Length,
            Product = product, Outcome = outcome, CaseNumber = caseNumber,
        });
        var sequence = 0;
        foreach (var (direction, type, text) in lines)
        {
            sequence++;
            var activity = new Activity
            {
                Type = type, Id = $"{id}|{sequence:D7}", ChannelId = channel, Text = text, Timestamp = started.AddMinutes(sequence),
                Conversation = new ConversationAccount { Id = id },
                From = new ChannelAccount { Id = direction == "in" ? "user" : "bot", Role = direction == "in" ? "user" : "bot" },
            };
            db.Transcript.Add(new TranscriptEntry
            {
                ConversationId = id, Sequence = sequence, ActivityId = activity.Id, Type = type, ChannelId = channel, Text = text,
                Direction = direction == "in" ? TranscriptDirection.Inbound : TranscriptDirection.Outbound,
                Timestamp = activity.Timestamp.Value, ActivityJson = ActivityJson.Serialize(activity),
            });
        }
    }

    private static Product Product(string model, string en, string zh) => new()
    {
        Model = model, LineCode = "KITCHEN", NameEn = en, NameZh = zh, SerialPattern = "^X$", SerialFormatEn = "X", SerialFormatZh = "X",
    };
}

using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.PrivacyBench;

/// <summary>
/// Writes expired conversations straight into the store: each with its Direct Line conversation, reference, six transcript
/// rows (three customer messages with a phone number and an address, three replies) and three inbox rows; a share of them
/// with a case closed long ago (sheet with name, phone, address; one history event).
/// </summary>
internal sealed class Seeder(IDbContextFactory<BotDbContext> bot, IDbContextFactory<EscalationDbContext> escalation, DateTimeOffset now)
{
    public const int Chunk = 2000;

    public async Task SeedAsync(int conversations, double caseShare)
    {
        var withCaseEvery = caseShare <= 0 ? int.MaxValue : (int)Math.Round(1 / caseShare);
        for (var start = 0; start < conversations; start += Chunk)
        {
            var end = Math.Min(conversations, start + Chunk);
            await using (var db = bot.CreateDbContext())
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = start; i < end; i++) AddConversation(db, i, i % withCaseEvery == 0);
                await db.SaveChangesAsync();
            }
            await using (var db = escalation.CreateDbContext())
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var i = start; i < end; i++)
                    if (i % withCaseEvery == 0) AddCase(db, i);
                await db.SaveChangesAsync();
            }
        }
    }

    private static string Id(int i) => $"bench-{i:D7}";

    private void AddConversation(BotDbContext db, int i, bool withCase)
    {
        var id = Id(i);
        var last = now - TimeSpan.FromDays(withCase ? 800 : 200);
        var user = $"dl_user{i:D7}";
        db.DirectLineConversations.Add(new DirectLineConversation { Id = id, UserId = user, CreatedAt = last.AddHours(-1) });
        db.ConversationReferences.Add(new StoredConversationReference
        {
            ConversationId = id, ChannelId = "directline", ServiceUrl = "http://localhost/", UserId = user, UpdatedAt = last,
        });
        db.Conversations.Add(new ConversationRecord
        {
            Id = id, ChannelId = "directline", Locale = "zh-CN", CreatedAt = last.AddHours(-1), UpdatedAt = last, TurnCount = 3,
            LastProcessedSequence = 5, Product = "JZT-Q5", Outcome = withCase ? "Escalated" : "InProgress",
            State = $"{{\"step\":\"Gathering\",\"phone\":\"1381234{i % 10000:D4}\",\"heard\":[\"燃气灶打不着火\"]}}",
        });
        for (var s = 1; s <= 6; s++)
        {
            var inbound = s % 2 == 1;
            var text = inbound ? $"燃气灶打不着火，电话1381234{i % 10000:D4}，地址北京市朝阳区建国路{i % 200}号" : "很抱歉给您带来不便，我来帮您处理。";
            var json = $"{{\"type\":\"message\",\"id\":\"{id}|{s:D7}\",\"channelId\":\"directline\",\"conversation\":{{\"id\":\"{id}\"}},\"from\":{{\"id\":\"{(inbound ? user : "bot")}\",\"role\":\"{(inbound ? "user" : "bot")}\"}},\"text\":\"{text}\",\"locale\":\"zh-CN\"}}";
            db.Transcript.Add(new TranscriptEntry
            {
                ConversationId = id, Sequence = s, ActivityId = $"{id}|{s:D7}", Direction = inbound ? TranscriptDirection.Inbound : TranscriptDirection.Outbound,
                Type = "message", ChannelId = "directline", SenderRole = inbound ? "user" : "bot", SenderId = inbound ? user : "bot", Text = text,
                Locale = "zh-CN", Timestamp = last.AddMinutes(s - 6), ActivityJson = json,
            });
            if (inbound)
                db.Inbox.Add(new InboxItem
                {
                    ConversationId = id, ActivityId = $"{id}|{s:D7}", Sequence = s, Status = InboxStatus.Accepted, ActivityJson = json,
                    ReceivedAt = last.AddMinutes(s - 6),
                });
        }
    }

    private void AddCase(EscalationDbContext db, int i)
    {
        var number = $"AS-20240101-{i:D7}";
        var closed = now - TimeSpan.FromDays(1100);
        db.Cases.Add(new EscalatedCase
        {
            Number = number, ConversationId = Id(i), ChannelId = "directline", Locale = "zh-CN", Reason = EscalationReason.CustomerAskedForPerson,
            Priority = CasePriority.Normal, Status = CaseStatus.Closed, OpenedAt = closed.AddDays(-2), FirstResponseDue = closed.AddDays(-1),
            ResolutionDue = closed, ResolvedAt = closed, PhoneLastFour = $"{i % 10000:D4}", Outcome = "已上门维修",
            Sheet = new CaseSheet
            {
                ConversationId = Id(i), Model = "JZT-Q5", Serial = $"JQ5{i:D8}", CustomerName = "张伟", Phone = $"1381234{i % 10000:D4}",
                Location = "北京市朝阳区建国路88号", Problem = "燃气灶打不着火", CoverageVerdict = "Covered",
            },
        });
        db.Events.Add(new CaseEvent { CaseNumber = number, At = closed.AddDays(-2), Kind = CaseEventKinds.Opened, Actor = "bot", Detail = "CustomerAskedForPerson" });
    }
}

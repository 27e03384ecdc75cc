using System.Text;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Bot.Transcripts;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Tests.Conversations.Complaints;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>
/// A customer's rights over their data, asked in the chat through the real pipeline on a real SQLite file, in both
/// languages: a copy arrives as a file with everything about them and nothing about anyone else; an erasure (confirmed
/// with the phone digits on file) removes them from every table, uploads and the transcript search included, and stays
/// removed after a restart; an open case refuses it with the reason.
/// </summary>
public sealed class CustomerRightsConversationTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string MyPhone = "13812345678";
    private const string OtherPhone = "13900001111";

    private static bool Zh(string locale) => locale.StartsWith("zh", StringComparison.Ordinal);

    private static string Said(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    /// <summary>A message in another Direct Line conversation of <paramref name="userId"/> (a new one), through the same inbox.</summary>
    private static async Task<string> ConversationOfAsync(ConversationDriver driver, string userId, string text)
    {
        var conversation = await driver.Get<DirectLineConversations>().CreateAsync(userId, None);
        await driver.Get<TurnInbox>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "directline",
            ServiceUrl = "http://127.0.0.1/",
            Conversation = new ConversationAccount { Id = conversation },
            From = new ChannelAccount { Id = userId, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
            Text = text,
            Locale = driver.Locale,
        }, selfHosted: true, None);
        await driver.NewRepliesAsync();
        return conversation;
    }

    private static async Task UploadAsync(ConversationDriver driver, string conversation, string name)
    {
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        db.DirectLineAttachments.Add(new DirectLineAttachment
        {
            Id = Guid.NewGuid().ToString("N"), ConversationId = conversation, ContentType = "image/png", Name = name,
            Content = Encoding.UTF8.GetBytes("photo of the stove"),
        });
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("en-US", "My Q5 gas stove won't light since yesterday, call me on 13812345678", "Can I get a copy of my data?", "Here is a copy of the personal data we hold about you, as a file: 2 conversation(s) and 0 case(s).")]
    [InlineData("zh-CN", "我的Q5燃气灶昨天开始打不着火了，电话13812345678", "导出我的数据", "这是我们保存的您的个人信息副本（文件）：2 次对话，0 个案件。")]
    public async Task ACopyArrivesInTheChatAsAFileWithEverythingAboutTheCustomerAndNothingAboutAnyoneElse(string locale, string complaint, string ask, string expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var earlier = await ConversationOfAsync(driver, driver.UserId, Zh(locale) ? "上个月打印机卡纸" : "last month my printer jammed");
        await ConversationOfAsync(driver, DirectLineConversations.NewUserId(), $"someone else's range hood, call {OtherPhone}");
        await driver.SayAsync(complaint);

        var replies = await driver.SayAsync(ask);

        var reply = Assert.Single(replies, r => r.Attachments is { Count: > 0 });
        Assert.StartsWith(expected, reply.Text);
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("application/json", attachment.ContentType);
        var id = attachment.ContentUrl![(attachment.ContentUrl!.LastIndexOf('/') + 1)..];
        Assert.StartsWith("http://127.0.0.1/v3/directline/attachments/", attachment.ContentUrl);
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        var file = Encoding.UTF8.GetString((await db.DirectLineAttachments.AsNoTracking().SingleAsync(a => a.Id == id)).Content);
        Assert.Contains(MyPhone, file);
        Assert.Contains(Zh(locale) ? "打不着火" : "won't light", file);
        Assert.Contains(Zh(locale) ? "打印机卡纸" : "printer jammed", file);
        Assert.Contains(earlier, file);
        Assert.DoesNotContain(OtherPhone, file);
        Assert.DoesNotContain("range hood", file);
        var audit = await driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext().Audit.AsNoTracking().ToListAsync();
        Assert.Contains(audit, a => a.Action == AuditActions.PersonalDataCopied && a.Actor == "customer" && a.Target == driver.ConversationId);
    }

    [Theory]
    [InlineData("en-US", "My Q5 gas stove won't light since yesterday, call me on 13812345678", "talk to a person", "delete my data",
        "send the last four digits of the phone number you gave us", "Done: your personal data has been deleted (2 conversation(s); 1 case(s) now keep only the product facts).")]
    [InlineData("zh-CN", "我的Q5燃气灶昨天开始打不着火了，电话13812345678", "转人工", "请删除我的个人信息",
        "请发送您留给我们的手机号码的后四位", "已完成：您的个人信息已删除（2 次对话；1 个案件现在只保留产品信息）。")]
    public async Task AnErasureRemovesTheCustomerFromEveryTableAndTheSearchAndStaysRemovedAfterARestart(string locale, string complaint,
        string person, string erase, string askDigits, string done)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var earlier = await ConversationOfAsync(driver, driver.UserId, Zh(locale) ? "上个月打印机卡纸" : "last month my printer jammed");
        var other = await ConversationOfAsync(driver, DirectLineConversations.NewUserId(), $"someone else's range hood, call {OtherPhone}");
        await driver.SayAsync(complaint);
        await driver.SayAsync(person);
        var number = (await driver.StateAsync()).CaseNumber!;
        await UploadAsync(driver, driver.ConversationId, "stove.png");
        await UploadAsync(driver, earlier, "printer.png");
        await CloseCaseAsync(driver, number);

        Assert.Contains(askDigits, Said(await driver.SayAsync(erase)));
        Assert.Contains(done, Said(await driver.SayAsync("5678")));
        await driver.RestartAsync();

        await using (var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext())
        {
            var mine = new[] { driver.ConversationId, earlier };
            Assert.DoesNotContain(await db.Transcript.AsNoTracking().Where(t => mine.Contains(t.ConversationId)).ToListAsync(),
                t => t.ActivityJson.Contains(MyPhone) || t.ActivityJson.Contains(Zh(locale) ? "打" : "stove") || t.ConversationId == earlier);
            Assert.Empty(await db.Inbox.AsNoTracking().Where(i => mine.Contains(i.ConversationId) && i.ActivityJson.Contains(MyPhone)).ToListAsync());
            Assert.Empty(await db.Inbox.AsNoTracking().Where(i => i.ConversationId == earlier).ToListAsync());
            Assert.Empty(await db.DirectLineAttachments.AsNoTracking().Where(a => mine.Contains(a.ConversationId)).ToListAsync());
            Assert.Empty(await db.ConversationReferences.AsNoTracking().Where(r => r.ConversationId == earlier).ToListAsync());
            Assert.Empty(await db.DirectLineConversations.AsNoTracking().Where(c => c.Id == earlier).ToListAsync());
            Assert.DoesNotContain(MyPhone, (await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == driver.ConversationId)).State ?? "");
            Assert.Empty(await TranscriptSearch.Filter(db, new TranscriptQuery(Words: Zh(locale) ? "打不着火" : "light"), []).Where(c => mine.Contains(c.Id)).ToListAsync());
            Assert.Empty(await TranscriptSearch.Filter(db, new TranscriptQuery(Words: MyPhone), []).ToListAsync());
            // Nobody else's data was touched.
            Assert.Single(await TranscriptSearch.Filter(db, new TranscriptQuery(Words: OtherPhone), []).ToListAsync(), c => c.Id == other);
        }
        await using (var escalation = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext())
        {
            var erased = await escalation.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
            Assert.Equal((null, null, null, "JZT-Q5"), (erased.Sheet.Phone, erased.PhoneLastFour, erased.Sheet.CustomerName, erased.Sheet.Model));
            Assert.NotNull(erased.PersonalDataErasedAt);
            Assert.DoesNotContain(MyPhone, erased.Sheet.Problem ?? "");
            var entry = Assert.Single(await escalation.Audit.AsNoTracking().Where(a => a.Action == AuditActions.PersonalDataErased).ToListAsync());
            Assert.Equal(("customer", driver.ConversationId, $"conversations=2 cases={number}"), (entry.Actor, entry.Target, entry.Detail));
        }
        // The chat goes on, afresh.
        Assert.NotEmpty(await driver.SayAsync(Zh(locale) ? "你好" : "hello"));
    }

    [Theory]
    [InlineData("en-US", "My Q5 gas stove won't light since yesterday", "talk to a person", "please erase all my personal information",
        "I can't delete your data yet: case {0} is still being handled")]
    [InlineData("zh-CN", "我的Q5燃气灶昨天开始打不着火了", "转人工", "删除我的数据", "暂时还不能删除您的信息：案件 {0} 仍在处理中")]
    public async Task AnOpenCaseBlocksTheErasureWithTheReasonAndNothingIsDeleted(string locale, string complaint, string person, string erase, string expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(complaint);
        await driver.SayAsync(person);
        var number = (await driver.StateAsync()).CaseNumber!;

        Assert.Contains(string.Format(expected, number), Said(await driver.SayAsync(erase)));

        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        Assert.Contains(await db.Transcript.AsNoTracking().Where(t => t.ConversationId == driver.ConversationId).ToListAsync(),
            t => t.Text == complaint);
        await using var escalation = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        Assert.Null((await escalation.Cases.AsNoTracking().SingleAsync(c => c.Number == number)).PersonalDataErasedAt);
        var refused = Assert.Single(await escalation.Audit.AsNoTracking().Where(a => a.Action == AuditActions.PersonalDataErasureRefused).ToListAsync());
        Assert.Equal($"{number} OpenCase", refused.Detail);
    }

    [Theory]
    [InlineData("en-US", "delete my data", "Shall I delete your personal data?", "no", "OK, nothing has been deleted.")]
    [InlineData("zh-CN", "删除我的数据", "要删除您的个人信息吗？", "不用了", "好的，没有删除任何信息。")]
    public async Task NoKeepsEverything(string locale, string erase, string asked, string no, string kept)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "打印机老是卡纸" : "My printer keeps jamming");

        Assert.Contains(asked, Said(await driver.SayAsync(erase)));
        Assert.Contains(kept, Said(await driver.SayAsync(no)));

        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        Assert.Contains(await db.Transcript.AsNoTracking().Where(t => t.ConversationId == driver.ConversationId).ToListAsync(),
            t => t.Text == (Zh(locale) ? "打印机老是卡纸" : "My printer keeps jamming"));
        Assert.Null((await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == driver.ConversationId)).ErasedAt);
    }

    /// <summary>The case as one long finished: closed by staff, nothing owed.</summary>
    private static async Task CloseCaseAsync(ConversationDriver driver, string number)
    {
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        await db.Cases.Where(c => c.Number == number).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStatus.Closed));
    }
}

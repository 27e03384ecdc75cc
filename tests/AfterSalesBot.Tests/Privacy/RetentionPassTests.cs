using System.Text;
using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.Privacy;
using AfterSalesBot.Tests.Conversations.Complaints;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>
/// The retention job on a fake clock through the real pipeline and a real SQLite file (a PostgreSQL database in the subclass): what has expired under the default
/// periods is erased or anonymised, and nothing else; open cases hold their conversation; two instances racing erase each
/// conversation once; every pass that changed something is in the audit log.
/// </summary>
public class RetentionPassTests : IAsyncLifetime
{
    private readonly StorageEngine _engine;
    private PostgreSqlDatabase? _postgreSql;

    public RetentionPassTests() : this(StorageEngine.Sqlite)
    {
    }

    protected RetentionPassTests(StorageEngine engine) => _engine = engine;

    public async Task InitializeAsync()
    {
        if (_engine == StorageEngine.PostgreSql) _postgreSql = await PostgreSqlDatabase.CreateAsync("retention");
    }

    public async Task DisposeAsync()
    {
        if (_postgreSql is not null) await _postgreSql.DisposeAsync();
    }

    private Task<ConversationDriver> StartDriverAsync(FakeTimeProvider clock) =>
        ConversationDriver.StartAsync("en-US", clock, settings: _postgreSql?.Settings());

    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private static async Task<string> NewConversationAsync(ConversationDriver driver) =>
        await driver.Get<DirectLineConversations>().CreateAsync(DirectLineConversations.NewUserId(), None);

    private static async Task SayInAsync(ConversationDriver driver, string conversation, string text)
    {
        await driver.Get<TurnInbox>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "directline",
            ServiceUrl = "http://127.0.0.1/",
            Conversation = new ConversationAccount { Id = conversation },
            From = new ChannelAccount { Id = "user-" + conversation, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
            Text = text,
            Locale = "en-US",
        }, selfHosted: true, None);
        await driver.NewRepliesAsync();
    }

    private static async Task<string> EscalatedAsync(ConversationDriver driver, string conversation)
    {
        await SayInAsync(driver, conversation, "My Q5 gas stove won't light since yesterday, call me on 13812345678");
        await SayInAsync(driver, conversation, "talk to a person");
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        return (await db.Cases.AsNoTracking().SingleAsync(c => c.ConversationId == conversation)).Number;
    }

    /// <summary>A photo sent as Web Chat sends it: the file stored with the message that refers to it.</summary>
    private static async Task UploadAsync(ConversationDriver driver, string conversation, string name)
    {
        var file = new DirectLineAttachment
        {
            Id = Guid.NewGuid().ToString("N"), ConversationId = conversation, ContentType = "image/png", Name = name,
            Content = Encoding.UTF8.GetBytes(name), UploadedAt = driver.Clock!.GetUtcNow(),
        };
        await driver.Get<TurnInbox>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "directline",
            ServiceUrl = "http://127.0.0.1/",
            Conversation = new ConversationAccount { Id = conversation },
            From = new ChannelAccount { Id = "user-" + conversation, Role = RoleTypes.User },
            Recipient = new ChannelAccount { Id = "aftersalesbot", Role = RoleTypes.Bot },
            Attachments = [new Attachment { ContentType = "image/png", Name = name, ContentUrl = $"http://127.0.0.1/v3/directline/attachments/{file.Id}" }],
            Locale = "en-US",
        }, selfHosted: true, None, [file]);
        await driver.NewRepliesAsync();
    }

    /// <summary>A file stored with no message referring to it (what earlier versions left after a refused upload).</summary>
    private static async Task OrphanAsync(ConversationDriver driver, string conversation, string name)
    {
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        db.DirectLineAttachments.Add(new DirectLineAttachment
        {
            Id = Guid.NewGuid().ToString("N"), ConversationId = conversation, ContentType = "image/png", Name = name,
            Content = Encoding.UTF8.GetBytes(name), UploadedAt = driver.Clock!.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    private static async Task<bool> ErasedAsync(ConversationDriver driver, string conversation)
    {
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        var record = await db.Conversations.AsNoTracking().SingleAsync(c => c.Id == conversation);
        var transcript = await db.Transcript.AsNoTracking().CountAsync(t => t.ConversationId == conversation);
        var directLine = await db.DirectLineConversations.AsNoTracking().CountAsync(c => c.Id == conversation);
        var reference = await db.ConversationReferences.AsNoTracking().CountAsync(r => r.ConversationId == conversation);
        if (record.ErasedAt is null)
        {
            Assert.True(transcript > 0 && directLine == 1 && reference == 1, $"{conversation} lost data without being erased.");
            return false;
        }
        Assert.Equal((0, 0, 0, null), (transcript, directLine, reference, record.State));
        return true;
    }

    private static async Task<EscalatedCase> CaseAsync(ConversationDriver driver, string number)
    {
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

    private static async Task<string[]> UploadsAsync(ConversationDriver driver)
    {
        await using var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext();
        return [.. (await db.DirectLineAttachments.AsNoTracking().Select(a => a.Name!).ToListAsync()).Order()];
    }

    [Fact]
    public async Task ExpiredDataIsErasedOrAnonymisedAndNothingElse()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await StartDriverAsync(clock);
        var chatOnly = await NewConversationAsync(driver);
        await SayInAsync(driver, chatOnly, "how long is the warranty on a water heater?");
        var closedConversation = await NewConversationAsync(driver);
        var closedCase = await EscalatedAsync(driver, closedConversation);
        var openConversation = await NewConversationAsync(driver);
        var openCase = await EscalatedAsync(driver, openConversation);
        await using (var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext())
            await db.Cases.Where(c => c.Number == closedCase).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CaseStatus.Closed).SetProperty(c => c.ResolvedAt, T0));
        await driver.Get<AuditLog>().WriteAsync("sup.zhao", AuditActions.CaseViewed, closedCase);
        var recent = await NewConversationAsync(driver);
        await UploadAsync(driver, recent, "old-photo.png");

        clock.Advance(TimeSpan.FromDays(179));
        await SayInAsync(driver, recent, "my printer keeps jamming");
        await UploadAsync(driver, recent, "new-photo.png");
        clock.Advance(TimeSpan.FromDays(21)); // day 200

        var pass = driver.Get<RetentionPass>();
        var first = await pass.RunAsync(None);

        Assert.True(await ErasedAsync(driver, chatOnly));                 // no case, silent 200 days > 180
        Assert.False(await ErasedAsync(driver, closedConversation));      // a case: 730 days
        Assert.False(await ErasedAsync(driver, openConversation));
        Assert.False(await ErasedAsync(driver, recent));                  // silent 21 days
        Assert.Equal(["new-photo.png"], await UploadsAsync(driver));       // uploads: 180 days
        await using (var db = driver.Get<IDbContextFactory<BotDbContext>>().CreateDbContext())
        {
            Assert.Equal(0, await db.Inbox.CountAsync(i => i.ConversationId == closedConversation)); // processed, older than 30 days
            Assert.True(await db.Inbox.CountAsync(i => i.ConversationId == recent) > 0);
        }
        Assert.Equal((1, 1), (first.Conversations, first.Uploads));
        Assert.Null((await CaseAsync(driver, closedCase)).PersonalDataErasedAt);

        clock.Advance(TimeSpan.FromDays(600)); // day 800
        var second = await pass.RunAsync(None);

        Assert.True(await ErasedAsync(driver, closedConversation));       // finished case, silent 800 days > 730
        Assert.False(await ErasedAsync(driver, openConversation));       // an open case holds it
        Assert.True(await ErasedAsync(driver, recent));
        Assert.Equal(2, second.Conversations);
        var kept = await CaseAsync(driver, closedCase);
        Assert.Equal("5678", kept.PhoneLastFour);                          // the case keeps contact data for 1,095 days

        clock.Advance(TimeSpan.FromDays(300)); // day 1,100
        var third = await pass.RunAsync(None);

        var anonymised = await CaseAsync(driver, closedCase);
        Assert.Equal((null, null, "JZT-Q5"), (anonymised.PhoneLastFour, anonymised.Sheet.Phone, anonymised.Sheet.Model));
        Assert.NotNull(anonymised.PersonalDataErasedAt);
        Assert.Equal("5678", (await CaseAsync(driver, openCase)).PhoneLastFour);
        Assert.Equal(1, third.Cases);
        await using (var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext())
        {
            var audit = await db.Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            Assert.DoesNotContain(audit, a => a.Action == AuditActions.CaseViewed);   // 1,100 days old > 1,095
            Assert.Equal([first.ToString(), second.ToString(), third.ToString()],
                audit.Where(a => a.Action == AuditActions.RetentionApplied).Select(a => a.Detail));
            Assert.All(audit.Where(a => a.Action == AuditActions.RetentionApplied), a => Assert.Equal(RetentionPass.Actor, a.Actor));
        }
        Assert.Equal(1, third.AuditEntries);
        Assert.False((await pass.RunAsync(None)).Any);                   // nothing more has expired
    }

    [Fact]
    public async Task TwoInstancesRacingEraseEachConversationOnce()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await StartDriverAsync(clock);
        var conversations = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var conversation = await NewConversationAsync(driver);
            await SayInAsync(driver, conversation, $"question {i}: how long is the warranty on a water heater?");
            conversations.Add(conversation);
        }
        clock.Advance(TimeSpan.FromDays(181));
        var options = Options.Create(new PrivacyOptions { Retention = new RetentionOptions { BatchSize = 5 } });
        RetentionPass Instance() => new(new ConversationPrivacy(driver.Get<IDbContextFactory<BotDbContext>>(), clock),
            new CasePrivacy(driver.Get<IDbContextFactory<EscalationDbContext>>(), clock), driver.Get<AuditLog>(), clock, options);

        var reports = await Task.WhenAll(Instance().RunAsync(None), Instance().RunAsync(None));

        Assert.Equal(12, reports.Sum(r => r.Conversations));
        foreach (var conversation in conversations) Assert.True(await ErasedAsync(driver, conversation));
    }

    [Fact]
    public async Task AFileNoMessageRefersToIsDeletedAfterADayAndAFileSentWithAMessageIsKept()
    {
        var clock = new FakeTimeProvider(T0);
        await using var driver = await StartDriverAsync(clock);
        var conversation = await NewConversationAsync(driver);
        await SayInAsync(driver, conversation, "my printer keeps jamming");
        await UploadAsync(driver, conversation, "sent-photo.png");
        await OrphanAsync(driver, conversation, "orphan.png");
        var pass = driver.Get<RetentionPass>();

        clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal(0, (await pass.RunAsync(None)).OrphanedUploads);   // younger than a day: its message may still come
        clock.Advance(TimeSpan.FromHours(2));
        var report = await pass.RunAsync(None);

        Assert.Equal(1, report.OrphanedUploads);
        Assert.Equal(["sent-photo.png"], await UploadsAsync(driver));
        Assert.Contains("orphaned-uploads=1", report.ToString());

        clock.Advance(TimeSpan.FromDays(31));                            // the inbox rows are gone; the transcript refers to it
        Assert.Equal(0, (await pass.RunAsync(None)).OrphanedUploads);
        Assert.Equal(["sent-photo.png"], await UploadsAsync(driver));
    }
}

/// <summary>The retention job on a database of the run's throwaway PostgreSQL cluster: two instances still erase each
/// conversation once.</summary>
public sealed class RetentionPassOnPostgreSqlTests() : RetentionPassTests(StorageEngine.PostgreSql);

using AfterSalesBot.Bot.Conversations;
using AfterSalesBot.Bot.Escalation;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Tests.Conversations.Complaints;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The host's side of the desk contract: agents' words and notices reach the customer through the bot.</summary>
public sealed class CustomerConversationsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData("en-US", "hello", "Li Wei", "Li Wei (service team): I'm looking at your case now.")]
    [InlineData("zh-CN", "你好", "李伟", "李伟（客服）：I'm looking at your case now.")]
    public async Task AnAgentsMessageReachesTheWebCustomerMarkedWithTheName(string locale, string hello, string agent, string expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(hello);

        Assert.True(await driver.Get<ICustomerConversations>().SendFromAgentAsync(driver.ConversationId, agent, "I'm looking at your case now.", None));

        var sent = Assert.Single(await driver.NewRepliesAsync());
        Assert.Equal((expected, agent, RoleTypes.Bot), (sent.Text, sent.From!.Name, sent.From.Role));
        Assert.Equal(agent, sent.GetChannelDataString(CustomerConversations.AgentMarker));
    }

    [Fact]
    public async Task AnUnknownConversationIsReported()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");
        Assert.False(await driver.Get<ICustomerConversations>().SendFromAgentAsync("nobody", "Li Wei", "hello", None));
    }

    [Fact]
    public async Task AnAgentsMessageReachesATeamsCustomerFromTheStoredReference()
    {
        var teams = new RecordingSender();
        await using var host = await PipelineHost.StartAsync(s =>
        {
            PipelineHost.ReplaceBot(s, new SilentBot());
            s.Replace(ServiceDescriptor.Singleton<IExternalChannelSender>(teams));
            s.AddCustomerConversations();
        });
        await host.Get<TurnInbox>().AcceptAsync(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1700000000001",
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/teams/",
            Conversation = new ConversationAccount { Id = "a:1teams-personal", TenantId = "tenant-1", ConversationType = "personal" },
            From = new ChannelAccount { Id = "29:customer", Name = "Wang" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "AfterSalesBot" },
            Text = "你好",
            Locale = "zh-CN",
        }, selfHosted: false, None);
        await host.DrainAsync();

        Assert.True(await host.Get<ICustomerConversations>().SendFromAgentAsync("a:1teams-personal", "李伟", "我来看一下您的案件。", None));

        var sent = Assert.Single(teams.Sent);
        Assert.Equal(("msteams", "https://smba.trafficmanager.net/teams/", "a:1teams-personal", "29:customer", "28:bot"),
            (sent.ChannelId, sent.ServiceUrl, sent.Conversation!.Id, sent.Recipient!.Id, sent.From!.Id));
        Assert.Equal(("李伟（客服）：我来看一下您的案件。", "李伟", null), (sent.Text, sent.From.Name, sent.ReplyToId));
        Assert.Equal("李伟", sent.GetChannelDataString(CustomerConversations.AgentMarker));
    }

    public static TheoryData<string, string, string[]> Notices => new()
    {
        { "en-US", "hello", [
            "Li Wei from our service team has joined the conversation about case AS-20261122-0001.",
            "Your case AS-20261122-0001 is back in the queue",
            "Case AS-20261122-0001: you are now number 2 in the queue. Expected wait: about 25 minutes.",
            "Case AS-20261122-0001: you are now number 4 in the queue. Expected wait: about an hour.",
            "Case AS-20261122-0001: you are now number 9 in the queue. Expected wait: about 3 hours.",
            "Case AS-20261122-0001: you are now number 3 in the queue. Our service team is back at 2026-11-23 08:00 (UTC+08:00 Asia/Shanghai); you'll hear from us by 2026-11-23 12:00 (UTC+08:00 Asia/Shanghai).",
            "Good news about case AS-20261122-0001: a supervisor approved a replacement unit.",
            "About case AS-20261122-0001: a supervisor could not approve a replacement unit.",
            "Your case AS-20261122-0001 is resolved: igniter replaced.",
        ] },
        { "zh-CN", "你好", [
            "客服Li Wei已接手案件 AS-20261122-0001",
            "您的案件 AS-20261122-0001 已重新排队",
            "案件 AS-20261122-0001：您目前排在第 2 位。预计等待约 25 分钟。",
            "案件 AS-20261122-0001：您目前排在第 4 位。预计等待约 1 小时。",
            "案件 AS-20261122-0001：您目前排在第 9 位。预计等待约 3 小时。",
            "案件 AS-20261122-0001：您目前排在第 3 位。我们的客服团队将于 2026-11-23 08:00（北京时间） 上班，最迟在 2026-11-23 12:00（北京时间） 前答复您。",
            "关于案件 AS-20261122-0001 的好消息：主管已批准a replacement unit",
            "关于案件 AS-20261122-0001：主管未能批准a replacement unit",
            "您的案件 AS-20261122-0001 已解决：igniter replaced",
        ] },
    };

    [Theory]
    [MemberData(nameof(Notices))]
    public async Task NoticesAreWordedInTheCustomersLanguage(string locale, string hello, string[] expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(hello);
        var number = "AS-20261122-0001";
        var due = new DateTimeOffset(2026, 11, 23, 4, 0, 0, TimeSpan.Zero); // 12:00 in Shanghai
        CustomerNotice[] notices =
        [
            new AgentJoinedNotice("Li Wei", number),
            new BackInQueueNotice(number),
            new QueuePositionNotice(number, 2, TimeSpan.FromMinutes(25), null, due),
            new QueuePositionNotice(number, 4, TimeSpan.FromHours(1), null, due),
            new QueuePositionNotice(number, 9, TimeSpan.FromHours(3), null, due),
            new QueuePositionNotice(number, 3, TimeSpan.FromMinutes(30), due.AddHours(-4), due),
            new ApprovalDecidedNotice(number, true, "a replacement unit"),
            new ApprovalDecidedNotice(number, false, "a replacement unit"),
            new CaseResolvedNotice(number, "igniter replaced"),
        ];

        foreach (var notice in notices)
            Assert.True(await driver.Get<ICustomerConversations>().NotifyAsync(driver.ConversationId, notice, None));

        var said = (await driver.NewRepliesAsync()).Select(r => r.Text!).ToList();
        Assert.Equal(expected.Length, said.Count);
        for (var i = 0; i < expected.Length; i++) Assert.Contains(expected[i], said[i], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "hello", "Europe/Berlin",
        "Our service team is back at 2026-11-23 01:00 (UTC+01:00 Europe/Berlin); you'll hear from us by 2026-11-23 05:00 (UTC+01:00 Europe/Berlin).")]
    [InlineData("zh-CN", "你好", "America/New_York",
        "我们的客服团队将于 2026-11-22 19:00（UTC-05:00 America/New_York） 上班，最迟在 2026-11-22 23:00（UTC-05:00 America/New_York） 前答复您。")]
    public async Task ANoticeTellsTimesInTheZoneTheCustomersChannelSentWithTheZoneNamed(string locale, string hello, string zone, string expected)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        driver.LocalTimezone = zone;
        await driver.SayAsync(hello);
        var due = new DateTimeOffset(2026, 11, 23, 4, 0, 0, TimeSpan.Zero);

        Assert.True(await driver.Get<ICustomerConversations>().NotifyAsync(driver.ConversationId,
            new QueuePositionNotice("AS-20261122-0001", 3, TimeSpan.FromMinutes(30), due.AddHours(-4), due), None));

        Assert.Contains(expected, Assert.Single(await driver.NewRepliesAsync()).Text, StringComparison.Ordinal);
    }

    private sealed class SilentBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class RecordingSender : IExternalChannelSender
    {
        public List<Activity> Sent { get; } = [];

        public Task<string?> SendAsync(Activity activity, CancellationToken ct)
        {
            lock (Sent) Sent.Add(activity);
            return Task.FromResult<string?>("1:recorded" + Sent.Count);
        }
    }
}

using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Tests.Schema;

public sealed class ActivityJsonTests
{
    [Fact]
    public void KeepsUnknownFieldsThroughARoundTrip()
    {
        const string json = """{"type":"message","text":"hi","futureField":{"nested":[1,2]},"from":{"id":"u","tenantHint":"x"}}""";
        var activity = ActivityJson.Deserialize(json)!;
        var written = JsonNode.Parse(ActivityJson.Serialize(activity))!;

        Assert.Equal("[1,2]", written["futureField"]!["nested"]!.ToJsonString());
        Assert.Equal("x", (string?)written["from"]!["tenantHint"]);
    }

    [Fact]
    public void OmitsNullsAndWritesCamelCase()
    {
        var written = ActivityJson.Serialize(new Activity { Type = "message", ReplyToId = "1" });
        Assert.Equal("""{"type":"message","replyToId":"1"}""", written);
    }

    [Fact]
    public void WritesTimestampsInUtcWithZ()
    {
        var activity = new Activity { Type = "message", Timestamp = new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.FromHours(8)) };
        Assert.Contains("\"timestamp\":\"2026-03-14T01:30:00.0000000Z\"", ActivityJson.Serialize(activity));
    }

    [Fact]
    public void KeepsChineseTextReadableButEscapesMarkup()
    {
        var written = ActivityJson.Serialize(new Activity { Type = "message", Text = "热水器<script>" });
        Assert.Contains("热水器", written);
        Assert.DoesNotContain("<script>", written);
    }

    [Fact]
    public void ReadsPropertyNamesCaseInsensitively()
    {
        var activity = ActivityJson.Deserialize("""{"Type":"message","ChannelId":"msteams"}""")!;
        Assert.Equal("msteams", activity.ChannelId);
    }

    [Fact]
    public void ARepliesSwapsSenderAndRecipientAndPointsAtTheInbound()
    {
        var inbound = new Activity
        {
            Type = "message", Id = "in-1", ChannelId = "msteams", ServiceUrl = "https://smba.trafficmanager.net/teams/",
            From = new ChannelAccount { Id = "29:user" }, Recipient = new ChannelAccount { Id = "28:bot" },
            Conversation = new ConversationAccount { Id = "a:1", TenantId = "t" }, Locale = "zh-CN",
        };
        var reply = inbound.CreateReply("好的");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("a:1", reply.Conversation!.Id);
        Assert.Null(reply.Conversation.TenantId); // send the id only (A2083)
        Assert.Equal("zh-CN", reply.Locale);
    }

    [Fact]
    public void RepliesToAWebChatConversationUpdateCarryNoReplyToId()
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "u-1", ChannelId = "directline" };
        Assert.Null(update.CreateReply("welcome").ReplyToId);
    }
}

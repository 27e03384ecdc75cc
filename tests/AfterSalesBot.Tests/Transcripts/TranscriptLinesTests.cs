using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Bot.Transcripts;

namespace AfterSalesBot.Tests.Transcripts;

public sealed class TranscriptLinesTests
{
    private static TranscriptEntry Entry(string json, TranscriptDirection direction = TranscriptDirection.Outbound) => new()
    {
        ConversationId = "c", Sequence = 7, Type = "message", ChannelId = "directline", Direction = direction, SenderName = "李娜",
        Text = "您好", Timestamp = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero), ActivityJson = json,
    };

    [Fact]
    public void AnAgentRelayedMessageNamesTheAgentAndCountsItsAttachments()
    {
        var line = TranscriptLines.From(Entry("""{"type":"message","text":"您好","channelData":{"agent":"李娜"},"attachments":[{"contentType":"image/png"},{"contentType":"application/pdf"}]}"""));

        Assert.Equal(("out", "李娜", 2, 7L), (line.Direction, line.Agent, line.Attachments, line.Sequence));
    }

    [Theory]
    [InlineData("""{"type":"message","text":"您好"}""")]
    [InlineData("""{"type":"message","channelData":{"clientActivityID":"x"}}""")]
    [InlineData("""{"type":"message","channelData":"agent"}""")]
    [InlineData("not json")]
    public void AnyOtherMessageHasNoAgent(string json)
    {
        var line = TranscriptLines.From(Entry(json, TranscriptDirection.Inbound));

        Assert.Equal(("in", null, 0), (line.Direction, line.Agent, line.Attachments));
    }
}

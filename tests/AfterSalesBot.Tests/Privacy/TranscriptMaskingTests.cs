using System.Text;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Privacy;
using AfterSalesBot.Escalation.Transcripts;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>A transcript as exports show it by default: contact data masked in the lines, the activities and the notes.</summary>
public sealed class TranscriptMaskingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private static TranscriptLine Line(long sequence, string direction, string text, string? sender)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Id = $"conv-1|{sequence:D7}", Timestamp = Start.AddMinutes(sequence), ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/apac/",
            Conversation = new ConversationAccount { Id = "conv-1" },
            From = new ChannelAccount { Id = direction == "in" ? "29:1a2b" : "bot", Name = sender, Role = direction == "in" ? "user" : "bot" },
            Text = text,
        };
        return new TranscriptLine(sequence, Start.AddMinutes(sequence), direction, ActivityTypes.Message, sender, text, null, 0, ActivityJson.Serialize(activity));
    }

    private static TranscriptDocument Document() => TranscriptDocument.Create("conv-1",
        [Line(1, "in", "热水器漏水，电话13812345678，地址北京市朝阳区建国路88号", "张伟"), Line(2, "out", "已记下您的电话 13812345678", "AfterSalesBot")],
        [new CaseNote { Id = 1, CaseNumber = "AS-20261122-0001", At = Start.AddMinutes(3), Author = "李娜", Text = "客户身份证110101199003071234" }]);

    [Fact]
    public void EveryExportFormatShowsTheMaskedDataOnly()
    {
        var masked = TranscriptMasking.Mask(Document());

        var csv = Encoding.UTF8.GetString(CsvTranscript.ToBytes(masked, includeNotes: true));
        var transcript = Encoding.UTF8.GetString(BotFrameworkTranscript.ToBytes(masked));
        foreach (var text in new[] { csv, transcript })
        {
            Assert.Contains("138****5678", text);
            Assert.Contains("北京市朝阳区****", text);
            Assert.DoesNotContain("13812345678", text);
            Assert.DoesNotContain("建国路", text);
            Assert.DoesNotContain("张伟", text);
            Assert.Contains("张*", text);
        }
        Assert.Contains("110***********1234", csv);
        Assert.Contains("AfterSalesBot", csv);
        Assert.Contains("https://smba.trafficmanager.net/apac/", transcript);  // ids and addresses of the channel stay
        Assert.Contains("conv-1|0000001", transcript);
    }
}

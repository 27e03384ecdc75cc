using System.Text;
using System.Text.Json;
using AfterSalesBot.Bot.Schema;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Escalation.Transcripts;

namespace AfterSalesBot.Tests.Transcripts;

public sealed class TranscriptExportTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private static TranscriptLine Line(long sequence, int minute, string direction, string text, string? sender = null, string? agent = null)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"conv-1|{sequence:D7}",
            Timestamp = Start.AddMinutes(minute),
            ChannelId = "directline",
            Conversation = new ConversationAccount { Id = "conv-1" },
            From = new ChannelAccount { Id = direction == "in" ? "user-1" : "bot", Name = sender, Role = direction == "in" ? "user" : "bot" },
            Text = text,
            Locale = "zh-CN",
        };
        return new TranscriptLine(sequence, Start.AddMinutes(minute), direction, ActivityTypes.Message, sender, text, agent, 0,
            ActivityJson.Serialize(activity));
    }

    private static CaseNote Note(long id, int minute, string text) =>
        new() { Id = id, CaseNumber = "AS-20261122-0001", At = Start.AddMinutes(minute), Author = "李娜", Text = text };

    private static TranscriptDocument Document(bool withNotes) => TranscriptDocument.Create("conv-1",
        [Line(2, 1, "out", "很抱歉给您带来不便", "AfterSalesBot"), Line(1, 0, "in", "灶具打不着火, \"急\""), Line(3, 5, "out", "我是李娜，来帮您", "李娜", agent: "李娜")],
        withNotes ? [Note(2, 9, "客户已来电"), Note(1, 1, "=HYPERLINK(\"http://x\")")] : null);

    [Fact]
    public void PlacesNotesAmongTheLinesByTimeAfterLinesOfTheSameInstant()
    {
        var items = Document(withNotes: true).Items;

        Assert.Equal(["in:1", "out:2", "note:1", "out:3", "note:2"],
            items.Select(i => i.IsNote ? $"note:{i.Note!.Id}" : $"{i.Line!.Direction}:{i.Line.Sequence}"));
    }

    [Fact]
    public void TheBotFrameworkTranscriptIsTheActivitiesInOrderAndNeverTheNotes()
    {
        var bytes = BotFrameworkTranscript.ToBytes(Document(withNotes: true));

        var activities = JsonSerializer.Deserialize(bytes, ActivityJson.Context.ListActivity)!;
        Assert.Equal(["灶具打不着火, \"急\"", "很抱歉给您带来不便", "我是李娜，来帮您"], activities.Select(a => a.Text));
        Assert.Equal(["conv-1|0000001", "conv-1|0000002", "conv-1|0000003"], activities.Select(a => a.Id));
        Assert.All(activities, a => Assert.Equal("conv-1", a.Conversation!.Id));
        Assert.Equal(Start.AddMinutes(5), activities[2].Timestamp);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("客户已来电", text);
        Assert.DoesNotContain("HYPERLINK", text);
        Assert.Contains("灶具打不着火", text); // readable, not \u escapes
    }

    /// <summary>A Teams reply as the connector channel saw it: the id arrives only when the channel accepts it.</summary>
    private static TranscriptLine TeamsLine(long sequence, int minute, string direction, string? id, string timestamp) =>
        new(sequence, Start.AddMinutes(minute), direction, ActivityTypes.Message, null, "t" + sequence, null, 0, $$"""
            {"type":"message","id":{{(id is null ? "null" : $"\"{id}\"")}},"timestamp":"{{timestamp}}","channelId":"msteams",
             "conversation":{"id":"a:1x","tenantId":"t-1"},
             "from":{{(direction == "in" ? """{"id":"29:chen","name":"Chen"}""" : """{"id":"28:bot","name":"AfterSalesBot","role":"bot"}""")}},
             "recipient":{{(direction == "in" ? """{"id":"28:bot","name":"AfterSalesBot"}""" : """{"id":"29:chen","name":"Chen"}""")}}}
            """);

    private static HandlingAgreementRecord Offer(int minute) => new(Guid.Parse("0193e1a0-0000-7000-8000-000000000001"), "AS-20261122-0001", "bot",
        null, new SheetRemedy("FreeRepair", 0m, "CNY", "Bot", "Free repair"), "KITCHEN-STD", 1, Start.AddMinutes(minute).ToOffset(TimeSpan.FromHours(8)),
        "Refused", Start.AddMinutes(minute + 1));

    [Fact]
    public void TheAgreementEventSitsWhereTheOfferWasMadeAndNamesTheConversationsChannelBotAndCustomer()
    {
        var document = TranscriptDocument.Create("a:1x",
            [TeamsLine(1, 0, "in", "1001", "2026-11-22T04:00:00.1234567Z"), TeamsLine(2, 1, "out", "1:r1", "2026-11-22T04:01:00Z"),
             TeamsLine(3, 5, "in", "1003", "2026-11-22T12:05:00+08:00")], agreement: [Offer(2)]);

        using var json = JsonDocument.Parse(BotFrameworkTranscript.ToBytes(document));
        var activities = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(["1001", "1:r1", "agreement-0193e1a0000070008000000000000001", "1003"], activities.Select(a => a.GetProperty("id").GetString()));
        var agreement = activities[2];
        Assert.Equal("msteams", agreement.GetProperty("channelId").GetString());
        Assert.Equal("a:1x", agreement.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("28:bot", agreement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:chen", agreement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("2026-11-22T04:02:00.0000000Z", agreement.GetProperty("timestamp").GetString());
        Assert.Equal("2026-11-22T04:03:00.0000000Z", agreement.GetProperty("value").GetProperty("answeredAt").GetString());
        Assert.Equal(["2026-11-22T04:00:00.1234567Z", "2026-11-22T04:01:00.0000000Z", "2026-11-22T04:02:00.0000000Z", "2026-11-22T04:05:00.0000000Z"],
            activities.Select(a => a.GetProperty("timestamp").GetString()));
    }

    [Fact]
    public void AnActivityTheChannelGaveNoIdIsNamedByItsConversationAndSequence()
    {
        var document = TranscriptDocument.Create("a:1x", [TeamsLine(1, 0, "in", "1001", "2026-11-22T04:00:00Z"), TeamsLine(2, 1, "out", null, "2026-11-22T04:01:00Z")]);

        using var json = JsonDocument.Parse(BotFrameworkTranscript.ToBytes(document));

        Assert.Equal(["1001", "a:1x|0000002"], json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void TheCsvStartsWithAByteOrderMarkAndAHeader()
    {
        var bytes = CsvTranscript.ToBytes(Document(withNotes: false), includeNotes: false);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("time,direction,from,agent,type,text\r\n", text);
        Assert.Contains("2026-11-22T04:05:00.000Z,out,李娜,李娜,message,我是李娜，来帮您\r\n", text);
    }

    [Fact]
    public void TheCsvQuotesCommasQuotesAndLineBreaks()
    {
        var text = CsvTranscript.ToText(TranscriptDocument.Create("conv-1", [Line(1, 0, "in", "one, two \"three\"\nfour\r\nfive")]), false);

        Assert.Equal("time,direction,from,agent,type,text\r\n2026-11-22T04:00:00.000Z,in,,,message,\"one, two \"\"three\"\"\nfour\r\nfive\"\r\n", text);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 138", "'+86 138")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void TheCsvDisarmsCellsThatASpreadsheetWouldRun(string cell, string written) =>
        Assert.Equal(written, CsvTranscript.Cell(cell));

    [Fact]
    public void TheCsvCarriesNotesOnlyWhenAsked()
    {
        var document = Document(withNotes: true);

        var without = CsvTranscript.ToText(document, includeNotes: false);
        var with = CsvTranscript.ToText(document, includeNotes: true);

        Assert.DoesNotContain("客户已来电", without);
        Assert.Equal(4, without.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("2026-11-22T04:09:00.000Z,note,李娜,,note,客户已来电\r\n", with);
        Assert.Contains("2026-11-22T04:01:00.000Z,note,李娜,,note,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n", with);
    }
}

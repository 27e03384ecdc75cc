using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// The package is not asked where it cannot change the dates the interpreter keeps (ADR 0058): what the interpreter reads
/// there must be what it reads with the package asked.
/// </summary>
public class DatePackageGateTests
{
    private static readonly DateOnly Sunday = new(2026, 11, 22);

    [Theory]
    [InlineData("昨天")]
    [InlineData("上周一")]
    [InlineData("三天前")]
    [InlineData("yesterday")]
    [InlineData("last week")]
    [InlineData("3 days ago")]
    [InlineData("since monday")]     // a word the merge does not count: the package is asked
    [InlineData("yesterday.")]       // more than our reading: the package is asked
    [InlineData("5号")]
    [InlineData("昨天下午三点")]
    public void AWholeTextReadingOfOursGivesWhatTheMergeWithThePackageGives(string text)
    {
        var utterance = new UtteranceText(text);

        Assert.Equal(DateRecogniser.FindAskingThePackage(utterance, Sunday), DateRecogniser.Find(utterance, Sunday));
    }

    [Theory]
    [InlineData("0113 496 0572")]
    [InlineData("07911 534 786.")]
    [InlineData("13812345678")]
    public void ATextThatIsOnlyAPhoneNumberKeepsNoDate(string text)
    {
        var utterance = new UtteranceText(text);
        var phone = ContactRecogniser.FindPhone(utterance);

        Assert.NotNull(phone);
        Assert.Empty(Interpret(text).Dates);
        // With the package asked, whatever is read overlaps the number and is dropped the same way.
        Assert.All(DateRecogniser.FindAskingThePackage(utterance, Sunday), hit => Assert.True(hit.Span.Overlaps(phone.Value.Span)));
    }

    [Fact]
    public void AReadingBesideATakenSpanStillAsksThePackage() =>
        Assert.Contains(Interpret("财务软件8.0单机版 最近慢得要死").Dates, d => d.Text == "最近");
}

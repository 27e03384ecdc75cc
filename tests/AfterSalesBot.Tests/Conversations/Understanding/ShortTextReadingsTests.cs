using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>The package's readings kept per short text and day (ShortTextReadings): read once, bounded, never for long texts.</summary>
public class ShortTextReadingsTests
{
    private static readonly DateOnly Sunday = new(2026, 11, 22);

    private int _reads;

    private List<Hit<DateReading>> Read(UtteranceText text, DateOnly today)
    {
        _reads++;
        return [new Hit<DateReading>(new TextSpan(0, text.Folded.Length), new DateReading(today.AddDays(-text.Folded.Length), false))];
    }

    [Fact]
    public void ReadsAShortTextOnceADay()
    {
        var kept = new ShortTextReadings(capacity: 10, longestText: 20);

        var first = kept.GetOrRead(new UtteranceText("Last Saturday."), Sunday, Read);
        var again = kept.GetOrRead(new UtteranceText("last saturday."), Sunday, Read);

        Assert.Equal(1, _reads);
        Assert.Equal(first, again);
    }

    [Fact]
    public void ReadsTheSameTextAgainOnAnotherDay()
    {
        var kept = new ShortTextReadings(capacity: 10, longestText: 20);

        kept.GetOrRead(new UtteranceText("this monday"), Sunday, Read);
        var nextDay = kept.GetOrRead(new UtteranceText("this monday"), Sunday.AddDays(1), Read);

        Assert.Equal(2, _reads);
        Assert.Equal(Sunday.AddDays(1 - "this monday".Length), Assert.Single(nextDay).Value.Date);
    }

    [Fact]
    public void KeepsNoLongText()
    {
        var kept = new ShortTextReadings(capacity: 10, longestText: 5);

        kept.GetOrRead(new UtteranceText("since the weekend"), Sunday, Read);
        kept.GetOrRead(new UtteranceText("since the weekend"), Sunday, Read);

        Assert.Equal(2, _reads);
        Assert.Equal(0, kept.Count);
    }

    [Fact]
    public void NeverHoldsMoreThanItsCapacity()
    {
        var kept = new ShortTextReadings(capacity: 3, longestText: 20);

        for (var day = 1; day <= 10; day++)
            kept.GetOrRead(new UtteranceText($"{day} days ago"), Sunday, Read);

        Assert.InRange(kept.Count, 1, 3);
        Assert.Equal(10, _reads);
    }

    [Fact]
    public void ACallerChangingItsListDoesNotChangeWhatIsKept()
    {
        var kept = new ShortTextReadings(capacity: 10, longestText: 20);

        kept.GetOrRead(new UtteranceText("yesterday"), Sunday, Read).Clear();

        Assert.Single(kept.GetOrRead(new UtteranceText("yesterday"), Sunday, Read));
    }
}

using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// The interpreter's kept readings of short messages (ADR 0056): a repeated short answer is read once per day and locale;
/// long messages and anything with a digit or an @ (phone numbers, serials, addresses) are never kept; the store empties
/// when full.
/// </summary>
public sealed class KeptInterpretationsTests
{
    private static int _reads;

    private static Interpretation Read(string text, InterpretationContext context, DateOnly today)
    {
        Interlocked.Increment(ref _reads);
        return new Interpretation { Intent = Intent.Yes };
    }

    private static InterpretationContext Context(string locale, DateTimeOffset now) => new(locale, now, Shanghai, Catalogue);

    [Fact]
    public void AShortAnswerIsReadOncePerDayAndLocale()
    {
        var kept = new KeptInterpretations(capacity: 16, longestText: 64);
        var today = DateOnly.FromDateTime(Now.DateTime);
        var before = _reads;

        var first = kept.GetOrRead("yes please", Context("en-GB", Now), today, Read);
        var again = kept.GetOrRead("yes please", Context("en-GB", Now), today, Read);
        kept.GetOrRead("yes please", Context("zh-CN", Now), today, Read);
        kept.GetOrRead("yes please", Context("en-GB", Now.AddDays(1)), today.AddDays(1), Read);

        Assert.Same(first, again);
        Assert.Equal(3, _reads - before);
    }

    [Theory]
    [InlineData("13957126834")]
    [InlineData("RH1626015821")]
    [InlineData("me@example.com")]
    [InlineData("it has been leaking for three weeks now and nobody has come to look at it at all")]
    public void DigitsAddressesAndLongMessagesAreNeverKept(string text)
    {
        var kept = new KeptInterpretations(capacity: 16, longestText: 64);
        var today = DateOnly.FromDateTime(Now.DateTime);

        var first = kept.GetOrRead(text, Context("en-GB", Now), today, Read);
        var again = kept.GetOrRead(text, Context("en-GB", Now), today, Read);

        Assert.NotSame(first, again);
    }

    [Fact]
    public void AFullStoreIsEmptied()
    {
        var kept = new KeptInterpretations(capacity: 2, longestText: 64);
        var today = DateOnly.FromDateTime(Now.DateTime);
        var yes = kept.GetOrRead("yes", Context("en-GB", Now), today, Read);
        kept.GetOrRead("no", Context("en-GB", Now), today, Read);
        kept.GetOrRead("ok", Context("en-GB", Now), today, Read);

        Assert.NotSame(yes, kept.GetOrRead("yes", Context("en-GB", Now), today, Read));
    }

    [Fact]
    public void TheInterpreterGivesTheSameReadingForARepeatedAnswer()
    {
        var first = Interpret("no, nothing like that", "en-GB");
        var again = Interpret("no, nothing like that", "en-GB");

        Assert.Equal(Intent.No, again.Intent);
        Assert.Same(first, again);
    }
}

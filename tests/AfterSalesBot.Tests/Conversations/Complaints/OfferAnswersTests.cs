using AfterSalesBot.Bot.Conversations.Complaints;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>Answers to an offer in the customer's own words (seen in scenario runs), both languages.</summary>
public sealed class OfferAnswersTests
{
    [Theory]
    [InlineData("Hmm, I thought it was still under warranty. OK, if the parts are free I'll accept that.")]
    [InlineData("OK, that's fair. Go ahead.")]
    [InlineData("I still think it should be free, but OK, go ahead.")]
    [InlineData("oh nice, yes please")]
    [InlineData("no problem, book it")]
    [InlineData("要收费啊，行吧，来修吧")]
    [InlineData("可以，麻烦安排师傅")]
    [InlineData("100也行吧，但是必须赶紧派人来修")]
    public void Accepts(string text)
    {
        Assert.True(OfferAnswers.Accepts(text));
        Assert.False(OfferAnswers.Refuses(text));
    }

    [Theory]
    [InlineData("100 yuan? Are you joking? No.")]
    [InlineData("no thanks, I want something else")]
    [InlineData("修？刚买的新灶就要修？我不要修")]
    [InlineData("不行，这个我不接受")]
    public void Refuses(string text)
    {
        Assert.True(OfferAnswers.Refuses(text));
        Assert.False(OfferAnswers.Accepts(text));
    }
}

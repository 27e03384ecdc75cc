using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Understanding;

namespace AfterSalesBot.Tests.Conversations.Complaints;

public sealed class SatisfactionAnswerTests
{
    [Theory]
    [InlineData("4", 4, null)]
    [InlineData("５", 5, null)]
    [InlineData("5 great service", 5, "great service")]
    [InlineData("I'd give it 3/5, slow visit", 3, "I'd give it, slow visit")]
    [InlineData("四", 4, null)]
    [InlineData("五星", 5, null)]
    [InlineData("非常满意", 5, null)]
    [InlineData("非常不满意，师傅迟到了", 1, "师傅迟到了")]
    [InlineData("不满意", 2, null)]
    [InlineData("very dissatisfied", 1, null)]
    [InlineData("satisfied, thanks", 4, "thanks")]
    [InlineData("ok", 3, null)]
    public void ReadsTheRatingAndTheCommentBesideIt(string text, int rating, string? comment) =>
        Assert.Equal(new Satisfaction(rating, comment), SatisfactionAnswer.Read(text));

    [Theory]
    [InlineData("")]
    [InlineData("maybe later")]
    [InlineData("10")]
    [InlineData("2026")]
    [InlineData("6")]
    public void WithoutARatingReadsNothing(string text) => Assert.Null(SatisfactionAnswer.Read(text));

    [Theory]
    [InlineData("it works now", Intent.Statement, true)]
    [InlineData("not solved, still broken", Intent.Statement, false)]
    [InlineData("修好了", Intent.Statement, true)]
    [InlineData("还是不行", Intent.Statement, false)]
    [InlineData("yes", Intent.Yes, true)]
    [InlineData("no", Intent.No, false)]
    [InlineData("hmm", Intent.Statement, null)]
    public void ReadsWhetherItWasSolved(string text, Intent intent, bool? solved) =>
        Assert.Equal(solved, SolvedAnswer.Read(text, intent, "Yes, solved", "No, not solved"));
}

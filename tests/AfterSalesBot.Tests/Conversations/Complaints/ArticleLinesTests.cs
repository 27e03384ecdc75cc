using AfterSalesBot.Bot.Conversations.Complaints;

namespace AfterSalesBot.Tests.Conversations.Complaints;

public sealed class ArticleLinesTests
{
    private const string Where = """
        The serial number identifies your unit. You can also give us the order or invoice number instead.
        Gas stoves (JQ5..., JQ7...): on the label under the hob.
        E60 electric water heater (DE60...): on the side of the tank.
        Printers (LP22..., IJ680..., ZD630K...): inside the front door, underneath or on the back.
        Type it exactly as printed. If the label is missing, send a photo of the invoice.
        """;

    [Theory]
    [InlineData("my printer keeps jamming. I don't know, I lost the invoice", "inside the front door")]
    [InlineData("LP-2200 LP-2200 laser printer", "inside the front door")]
    [InlineData("the electric water heater in the bathroom leaks", "side of the tank")]
    public void GivesTheOpeningAndTheLineForTheProduct(string productWords, string expected)
    {
        var answer = ArticleLines.ForProduct(Where, productWords);

        Assert.NotNull(answer);
        Assert.StartsWith("The serial number identifies", answer);
        Assert.Contains(expected, answer);
        Assert.Equal(3, answer.Split('\n').Length); // opening, the product's line, the closing advice
    }

    [Fact]
    public void WithoutAProductAShortListIsGivenWhole() =>
        Assert.Equal(5, ArticleLines.ForProduct(Where, "it is broken")!.Split('\n').Length);

    [Fact]
    public void APlainArticleIsNoList() =>
        Assert.Null(ArticleLines.ForProduct("Warranty starts on the day of sale. Keep your invoice.", "printer"));
}

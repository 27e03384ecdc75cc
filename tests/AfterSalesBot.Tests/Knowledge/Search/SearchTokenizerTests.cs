using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Tests.Knowledge.Search;

public sealed class SearchTokenizerTests
{
    private static string[] Terms(string text) => [.. SearchTokenizer.Tokenize(text).Select(t => t.Term)];

    [Theory]
    [InlineData("jam", "jam")]
    [InlineData("jams", "jam")]
    [InlineData("jammed", "jam")]
    [InlineData("jamming", "jam")]
    [InlineData("Leaking", "leak")]
    [InlineData("leaks", "leak")]
    [InlineData("ignite", "ignit")]
    [InlineData("ignited", "ignit")]
    [InlineData("igniting", "ignit")]
    [InlineData("batteries", "battery")]
    [InlineData("switches", "switch")]
    [InlineData("gas", "gas")]
    [InlineData("gases", "gas")]
    [InlineData("filling", "fill")]
    [InlineData("glass", "glass")]
    public void StemsEnglishWordsToOneTerm(string word, string term) => Assert.Equal([term], Terms(word));

    [Fact]
    public void LowercasesSplitsOnPunctuationAndDropsStopWords() =>
        Assert.Equal(["paper", "jam", "printer"], Terms("The paper is jammed, in my PRINTER!"));

    [Fact]
    public void KeepsModelNumbersAndErrorCodesWhole() =>
        Assert.Equal(["jzt", "q5", "show", "e1"], Terms("JZT-Q5 shows E1"));

    [Fact]
    public void ReadsFullWidthLatinAsAscii() => Assert.Equal(["q5"], Terms("Ｑ５"));

    [Fact]
    public void IndexesChineseAsBigramsPlusLowWeightCharacters()
    {
        var tokens = SearchTokenizer.Tokenize("热水器漏水");

        Assert.Equal(["热水", "水器", "器漏", "漏水"], tokens.Where(t => t.Kind == TokenKind.Bigram).Select(t => t.Term));
        Assert.Equal(["热", "水", "器", "漏", "水"], tokens.Where(t => t.Kind == TokenKind.Character).Select(t => t.Term));
    }

    [Fact]
    public void DropsChineseQuestionWordsSoEveryHowToTitleDoesNotMatch() =>
        Assert.DoesNotContain(Terms("热水器漏水怎么办"), t => t is "怎么" or "么办" or "怎" or "么");

    [Fact]
    public void SplitsMixedLanguageQueries()
    {
        var tokens = SearchTokenizer.Tokenize("Q5 点不着火");

        Assert.Equal(new SearchToken("q5", TokenKind.Word, "q5"), tokens[0]);
        Assert.Equal(["点不", "不着", "着火"], tokens.Where(t => t.Kind == TokenKind.Bigram).Select(t => t.Term));
    }

    [Fact]
    public void BigramsDoNotCrossLatinTextOrPunctuation() =>
        Assert.Equal(["显示", "点火"], SearchTokenizer.Tokenize("显示E1，点火").Where(t => t.Kind == TokenKind.Bigram).Select(t => t.Term));
}

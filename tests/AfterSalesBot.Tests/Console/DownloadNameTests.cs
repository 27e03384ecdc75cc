using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Tests.Console;

public sealed class DownloadNameTests
{
    [Theory]
    [InlineData("abc123|0000001", ".csv", "abc1230000001.csv")]
    [InlineData("19:meeting_x@thread.v2;messageid=1", ".transcript", "19meeting_xthread.v2messageid1.transcript")]
    [InlineData("a\"b\r\nContent-Type: text/html", ".csv", "abContent-Typetexthtml.csv")]
    [InlineData("../../etc/passwd", ".csv", "etcpasswd.csv")]
    [InlineData("对话-7", ".csv", "-7.csv")]
    public void KeepsOnlyLettersDigitsDashUnderscoreAndDot(string id, string extension, string expected) =>
        Assert.Equal(expected, DownloadName.For(id, extension));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("对话|：")]
    [InlineData("...")]
    public void FallsBackWhenNothingSurvives(string? id) => Assert.Equal("transcript.csv", DownloadName.For(id, ".csv", "transcript"));

    [Fact]
    public void CutsLongIdsAndKeepsTheExtension()
    {
        var name = DownloadName.For(new string('a', 500), ".transcript");

        Assert.Equal(DownloadName.MaxLength + ".transcript".Length, name.Length);
        Assert.EndsWith(".transcript", name);
    }
}

using AfterSalesBot.Escalation.Transcripts;

namespace AfterSalesBot.Tests.Transcripts;

/// <summary>What a spreadsheet would run as a formula, however it is dressed: leading blanks and invisible characters,
/// line breaks, full-width signs, and cells that a semicolon-separated locale splits.</summary>
public sealed class CsvFormulaGuardTests
{
    [Theory]
    [InlineData(" =1+1", "' =1+1")]
    [InlineData("  \u00A0-2+3", "'  \u00A0-2+3")]
    [InlineData("\u200B=HYPERLINK(\"x\")", "\"'\u200B=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("\uFEFF@SUM(A1)", "'\uFEFF@SUM(A1)")]
    [InlineData("\u200B \u2060+1", "'\u200B \u2060+1")]
    [InlineData("\n=1+1", "\"'\n=1+1\"")]
    [InlineData("\r\n@x", "\"'\r\n@x\"")]
    [InlineData("\tplain", "'\tplain")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("＋86 138", "'＋86 138")]
    [InlineData("－5", "'－5")]
    [InlineData("＠SUM(A1)", "'＠SUM(A1)")]
    [InlineData("fine;=1+1", "fine;'=1+1")]
    [InlineData("a; @cmd;b", "a;' @cmd;b")]
    [InlineData("one, two;＝3", "\"one, two;'＝3\"")]
    public void DisarmsAFormulaHiddenBehindWhatASpreadsheetSkips(string cell, string written) =>
        Assert.Equal(written, CsvTranscript.Cell(cell));

    [Theory]
    [InlineData("a=b", "a=b")]
    [InlineData("a - b", "a - b")]
    [InlineData("5;6", "5;6")]
    [InlineData("我的灶打不着火", "我的灶打不着火")]
    [InlineData("", "")]
    public void LeavesOrdinaryTextAsItIs(string cell, string written) =>
        Assert.Equal(written, CsvTranscript.Cell(cell));
}

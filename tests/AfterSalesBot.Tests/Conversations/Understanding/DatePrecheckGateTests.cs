using AfterSalesBot.Bot.Conversations.Understanding.Evaluation;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Conversations.Understanding.Text;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// The package's pre-check holds back what only looks like a date (ADR 0029): a text it holds back must be one the
/// package reads nothing from, or a customer's date would be lost to save a millisecond.
/// </summary>
public class DatePrecheckGateTests
{
    private static readonly DateOnly Sunday = new(2026, 11, 22);
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Conversations", "Understanding");

    [Theory]
    [InlineData("my model is dc-3020")]
    [InlineData("what's the status of my case as-20261122-0007?")]
    [InlineData("call me on 13812345678")]
    [InlineData("my number is +44 7700 900123")]
    [InlineData("i expect compensation of ¥500 for the ruined floor")]
    [InlineData("我的型号是jsq-h16")]
    [InlineData("用了两年了,一直挺好的")]
    [InlineData("漏水两个星期了")]
    [InlineData("is the warranty for 2 years?")]
    [InlineData("good morning, i have a problem with my hob")]
    public void HoldsBackWhatOnlyLooksLikeADate(string text) =>
        Assert.False(RecognizersDateRecogniser.MayHoldDate(new UtteranceText(text).Folded));

    [Theory]
    [InlineData("bought it on 2025-03-14")]
    [InlineData("got it 14 march 2025")]
    [InlineData("i bought the q5 on the 3rd of may 2026")]
    [InlineData("my model is dc-3020, bought mar 14")]
    [InlineData("bought it mid-2025")]
    [InlineData("delivered in week45")]
    [InlineData("q3-2025 order")]
    [InlineData("three days ago")]
    [InlineData("for 2 weeks ago it leaks")]
    [InlineData("3月14号买的")]
    [InlineData("三天前坏的")]
    [InlineData("两年前买的")]
    [InlineData("二〇二五年三月十四日在苏宁买的")]
    [InlineData("我的型号是jsq-h16,去年买的")]
    public void LetsThroughWhatCanHoldADate(string text) =>
        Assert.True(RecognizersDateRecogniser.MayHoldDate(new UtteranceText(text).Folded));

    [Fact]
    public void WhatItHoldsBackAsALookalikeGetsNoReadingFromThePackage()
    {
        var texts = LabelledUtteranceFile.Load(Path.Combine(Folder, "utterances.json")).Utterances.Select(u => (u.Text, Today: Sunday))
            .Concat(DateRecogniserEvaluation.Load(Path.Combine(Folder, "dates.json")).Select(u => (u.Text, u.Today)));

        var lost = texts.Select(t => (Text: new UtteranceText(t.Text), t.Today))
            .Where(t => RecognizersDateRecogniser.OnlyLooksLikeADate(t.Text.Folded) && RecognizersDateRecogniser.Read(t.Text, t.Today).Count > 0)
            .Select(t => t.Text.Folded)
            .ToList();

        Assert.Empty(lost);
    }
}

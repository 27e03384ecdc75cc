using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, thirty-third round (2026-12-07): what the round-116–123 strangers' customers typed that the interpreter misread
/// (seasonal and stored units, hearsay, warranty myths, deadlines, faults that got worse, where the unit was bought,
/// consequential losses, power and water supply events), in other words. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredSixteenUnderstandingTests
{
    /// <summary>A unit that does nothing at all, said plainly (before: the restatement quoted the customer back).</summary>
    [Theory]
    [InlineData("the printer won't power up since the weekend", "en-GB")]
    [InlineData("switched it on at the wall and nothing at all, no lights, no fan", "en-GB")]
    [InlineData("I think the heater has died on us", "en-GB")]
    [InlineData("插上电源按了开关一点反应都没有", "zh-CN")]
    public void NothingAtAllIsNoPower(string text, string locale) =>
        Assert.Contains("NO_POWER", Interpret(text, locale).Symptoms);

    /// <summary>Paper it will not take, and marks and colours on the page, in everyday words.</summary>
    [Theory]
    [InlineData("it keeps refusing to take the paper, you just hear grinding", "en-GB", "PAPER_JAM")]
    [InlineData("there's a grey line running down the left side of every page", "en-GB", "PRINT_QUALITY")]
    [InlineData("the colour copies come out with pink bands across them", "en-GB", "PRINT_QUALITY")]
    [InlineData("复印出来颜色都偏了，整张发黄", "zh-CN", "PRINT_QUALITY")]
    [InlineData("印出来一块一块的灰", "zh-CN", "PRINT_QUALITY")]
    public void EverydayPrintFaultsAreRecognised(string text, string locale, string symptom) =>
        Assert.Contains(symptom, Interpret(text, locale).Symptoms);

    /// <summary>A cartridge "printed empty" (墨盒打没了, 墨粉打完了) is a consumable run out; toner leaking (漏粉) is no water leak.</summary>
    [Theory]
    [InlineData("黑色墨盒才一个礼拜就打完了", "INK")]
    [InlineData("硒鼓里的粉打没了", "TONER")]
    public void ACartridgePrintedEmptyIsAConsumable(string text, string consumable) =>
        Assert.Equal(consumable, Interpret(text, "zh-CN").Consumable);

    [Fact]
    public void TonerLeakingIsNoWaterLeak()
    {
        var read = Interpret("这个粉盒老是漏粉，纸上全是黑粉", "zh-CN");
        Assert.DoesNotContain("LEAK", read.Symptoms);
        Assert.Equal("TONER", read.Consumable);
    }

    /// <summary>"I'd like it repaired" is the wish for a repair, whatever the warranty remark beside it (before: "Sorry, I didn't
    /// catch that" twice at the wish question).</summary>
    [Theory]
    [InlineData("I'd like it repaired please, surely that's still warranty since it began back then")]
    [InlineData("would like them repaired, thanks")]
    public void LikeItRepairedIsARepair(string text) =>
        Assert.Equal(DesiredOutcome.Repair, Interpret(text, "en-GB").Wants);

    /// <summary>Money for a loss, asked as a question or beside the remedy (before: taken as a yes to the offer, or as an article
    /// search).</summary>
    [Theory]
    [InlineData("what about the 800 yuan for the plumber?")]
    [InlineData("and the 250 yuan taxi fare as well please")]
    [InlineData("and my carpet? 1200 yuan to replace it")]
    [InlineData("I expect the late fee paid too")]
    [InlineData("I want the 300 yuan reimbursed")]
    [InlineData("ok do the repair but I want someone senior to look at the 600")]
    public void MoneyForALossIsCompensation(string text)
    {
        var read = Interpret(text, "en-GB");
        Assert.True(read.Wants == DesiredOutcome.Compensation || read.CompensationToo, $"{read.Wants} {read.CompensationToo}");
    }

    [Theory]
    [InlineData("那三百块呢？")]
    [InlineData("地板都泡坏了谁管")]
    public void MoneyForALossIsCompensationInChinese(string text) =>
        Assert.Equal(DesiredOutcome.Compensation, Interpret(text, "zh-CN").Wants);

    /// <summary>The supply said not to be known, after naming it ("surge? honestly no idea", "can't say if the generator's voltage
    /// was steady"): neither admitted nor denied.</summary>
    [Theory]
    [InlineData("nobody dropped it. a power surge - honestly I can't say, I wasn't in")]
    [InlineData("I really don't know if the generator voltage was steady")]
    public void TheSupplyNotKnownIsNoAdmission(string text)
    {
        var read = Interpret(text, "en-GB");
        Assert.False(read.Causes.GetValueOrDefault("VOLTAGE"));
        Assert.True(read.VoltageNotKnown);
    }

    /// <summary>A breaker that tripped from an overload (too much on one circuit, 同时开了好几个电器) is not unstable voltage.</summary>
    [Theory]
    [InlineData("no, the breaker only tripped because of an overload, kettle and heater on one socket. no surge", "en-GB")]
    [InlineData("没有，跳闸是因为同时开了好几个大功率电器，电压没问题", "zh-CN")]
    public void ABreakerTrippedByAnOverloadIsNoVoltage(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.GetValueOrDefault("VOLTAGE"));

    [Fact]
    public void ABreakerTrippingIsStillAskedAbout() =>
        Assert.True(Interpret("the breaker tripped and since then it's dead", "en-GB").Causes.GetValueOrDefault("VOLTAGE"));

    /// <summary>Water left in to freeze (没放水冻坏了) is owned up to, and soup said not to have boiled over (汤没溢出来过) is denied.</summary>
    [Fact]
    public void FrostFromWaterLeftInIsOwnedUp() =>
        Assert.True(Interpret("去年冬天没放水 冻坏了 是我们疏忽", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    [Fact]
    public void SoupThatDidNotBoilOverIsADenial() =>
        Assert.False(Interpret("没有 粥没溢出来过 也没找人修", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>When it was made is no date of the problem (before: "made last year" started the fault before the sale).</summary>
    [Theory]
    [InlineData("the sticker says it was manufactured last year", "en-GB")]
    [InlineData("铭牌上看是去年生产的", "zh-CN")]
    public void WhenItWasMadeIsNoStart(string text, string locale) =>
        Assert.DoesNotContain(Interpret(text, locale).Dates, d => d.Role == DateRole.Start);

    /// <summary>"It was already doing it back then, about seven months ago", 半年前就已经…: an earlier stage said with a start's
    /// word, so it can move the start earlier.</summary>
    [Theory]
    [InlineData("honestly it was already weak the last time we used it, maybe seven months ago", "en-GB")]
    [InlineData("其实大概七个月前就已经有点不太好点火了", "zh-CN")]
    public void AnEarlierStageIsACuedStart(string text, string locale) =>
        Assert.Contains(Interpret(text, locale).Dates, d => d.Role == DateRole.Start && !d.Uncued && d.Date < new DateOnly(2026, 5, 1));

    /// <summary>Bought at a sale ("picked it up in a clearance sale about 13 months back"): the purchase, never the start.</summary>
    [Fact]
    public void BoughtAtASaleIsThePurchase() =>
        Assert.All(Interpret("got the hood at a clearance sale, must be 13 months back now", "en-GB").Dates, d => Assert.Equal(DateRole.Purchase, d.Role));

    /// <summary>A date about the old unit (旧的那台…) is not this unit's start.</summary>
    [Fact]
    public void TheOldUnitsDateIsNotTheStart() =>
        Assert.DoesNotContain(Interpret("一年前我们以前那台旧的就老熄火，上个月才在你们这换了新的", "zh-CN").Dates,
            d => d.Role == DateRole.Start && d.Date < new DateOnly(2026, 6, 1));

    /// <summary>A part renewed to no effect and then named again in passing ("the shop said the head wears out like the ribbon")
    /// stays ruled out (before: the second mention made the ribbon the fault, and the printer's own fault was sold a ribbon).</summary>
    [Theory]
    [InlineData("swapped in a fresh ribbon, nothing changed. the shop reckons the head wears out like the ribbon does", "en-GB")]
    [InlineData("上个月换了一盒新墨粉，印出来还是淡", "zh-CN")]
    [InlineData("字淡是在换墨粉之前就开始的，我看不是墨粉的问题", "zh-CN")]
    public void APartRenewedToNoEffectIsRuledOut(string text, string locale)
    {
        var read = Interpret(text, locale);
        Assert.Null(read.Consumable);
        Assert.True(read.ConsumableRuledOut);
    }

    /// <summary>What insurance would pay (保险公司都赔的) is no money asked of us.</summary>
    [Fact]
    public void WhatInsurancePaysIsNoCompensation() =>
        Assert.NotEqual(DesiredOutcome.Compensation, Interpret("雷击算天灾吧 这种保险公司都会赔的", "zh-CN").Wants);
}

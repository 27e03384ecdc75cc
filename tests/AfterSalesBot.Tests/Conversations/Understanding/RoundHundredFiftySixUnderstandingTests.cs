using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, thirty-eighth round (2026-12-07): what the round-156–163 strangers' customers typed that the interpreter misread
/// (what they already tried, numbers that are not serials, "say that again", self-corrections, rhetorical questions,
/// feedback, reluctant agreement, time of day), in other words. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredFiftySixUnderstandingTests
{
    /// <summary>A rhetorical question about a circumstance ("why on earth would I pour water into a printer??", 我吃饱了撑的去拆它？,
    /// 难道是我们摔坏的不成？) denies it: before, 难道是我弄坏的吗 owned up to damage, and 谁家电压天天不稳啊 to unstable power.</summary>
    [Theory]
    [InlineData("why on earth would I pour water into a printer?? no", "en-GB")]
    [InlineData("do you seriously think I'd take a gas heater apart myself?", "en-GB")]
    [InlineData("who in their right mind drops a wall-mounted cooker hood?!", "en-GB")]
    [InlineData("我吃饱了撑的去拆它？", "zh-CN")]
    [InlineData("难道是我们自己摔坏的不成？", "zh-CN")]
    [InlineData("难道是我搞坏的？好好用着呢", "zh-CN")]
    [InlineData("哪家电压天天出问题啊？我们这电压稳得很", "zh-CN")]
    [InlineData("谁会没事往复印机上泼水啊", "zh-CN")]
    public void ARhetoricalQuestionAboutACircumstanceDeniesIt(string text, string locale)
    {
        var read = Interpret(text, locale);
        Assert.False(read.Causes.Any(c => c.Value), string.Join(",", read.Causes));
        Assert.NotEqual(Intent.Question, read.Intent);
    }

    /// <summary>A real question about a cause is still a question, and an admission after a rhetorical opener still counts.</summary>
    [Theory]
    [InlineData("could a power cut have done this?", "en-GB", null)]
    [InlineData("why would I lie? my son did knock it off the counter", "en-GB", "USER_DAMAGE")]
    [InlineData("那不然呢？你们师傅约了又不来，我只好叫楼下修电器的来弄过一次", "zh-CN", "UNAUTHORISED_REPAIR")]
    public void ARealQuestionOrAnAdmissionStillCounts(string text, string locale, string? admitted)
    {
        var read = Interpret(text, locale);
        if (admitted is null) Assert.Equal(Intent.Question, read.Intent);
        else Assert.True(read.Causes.GetValueOrDefault(admitted), string.Join(",", read.Causes));
    }

    /// <summary>An outside repairer named after our own staff who did not come ("your engineer never turned up so a local handyman
    /// had a go") is an unauthorised repair: before, "your people" in the sentence made the repair ours.</summary>
    [Theory]
    [InlineData("your engineer never turned up so a local handyman had a go at repairing it", "en-GB")]
    [InlineData("你们的人说好来又没来，后来我找了外面的师傅修过一回", "zh-CN")]
    public void AnOutsideRepairerAfterOurStaffDidNotComeIsUnauthorised(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"));

    /// <summary>The toner handled as the manual says (taken out and shaken, the glass wiped) or said to be genuine and half full is
    /// no consumable fault: before, a streak after shaking the toner was charged as a new cartridge.</summary>
    [Theory]
    [InlineData("I pulled the toner out and gave it a good shake, cleaned the corona wire like the manual says, still streaky")]
    [InlineData("the toner is a genuine one and still about half full")]
    [InlineData("took the toner cartridge out, rocked it, put it back. same stripe")]
    public void TheTonerHandledOrSaidToBeFineIsNoConsumableFault(string text) => Assert.Null(Interpret(text, "en-GB").Consumable);

    [Theory]
    [InlineData("the toner ran out after two weeks, the light says empty", "TONER")]
    [InlineData("I shook the toner but it's empty, nothing comes out", "TONER")]
    public void AnEmptyTonerIsStillTheConsumable(string text, string consumable) => Assert.Equal(consumable, Interpret(text, "en-GB").Consumable);

    /// <summary>An outside repair owned up to, with the leak said to come from somewhere else ("but it's not leaking there", "the
    /// drip is from the tank, not the hose"), is disputed (rule 5): before, the cost fee was charged.</summary>
    [Theory]
    [InlineData("yes, my brother-in-law redid the hose connection, but it's not leaking there", "en-GB")]
    [InlineData("a plumber friend changed the valve. the drip comes from the tank though, not the valve", "en-GB")]
    [InlineData("是我表哥换过进水管的接头，不过不是那里漏的", "zh-CN")]
    public void AnOutsideRepairSaidNotToBeWhereItLeaksIsDisputed(string text, string locale)
    {
        var read = Interpret(text, locale);
        Assert.True(read.Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), string.Join(",", read.Causes));
        Assert.True(read.ClaimsQualityFault);
    }

    /// <summary>A date told with someone's work on the unit ("my uncle redid the inlet joint himself last month", "my neighbour
    /// tightened the hose about three weeks ago") is that work's date, never the start of the fault: before, the restatement said
    /// "leaking since" the uncle's repair.</summary>
    [Theory]
    [InlineData("my uncle redid the inlet pipe joint himself last month")]
    [InlineData("my neighbour tightened the hose for us about three weeks ago")]
    public void ADateWithSomeonesWorkOnTheUnitIsThatWork(string text)
    {
        var dates = Interpret(text, "en-GB").Dates;
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Equal(DateRole.Repair, d.Role));
    }

    /// <summary>The time of day ("during the day it's silent", "it drips all day") dates nothing: before, "the day" became today,
    /// and the restatement said "noisy since" today for a fault first heard nine days ago.</summary>
    [Theory]
    [InlineData("at night, only at night, it hums even when it's off. during the day silent")]
    [InlineData("it drips all day and the tray fills up")]
    [InlineData("in the daytime it works, in the evening it won't light")]
    public void TheTimeOfDayIsNoDate(string text) => Assert.Empty(Interpret(text, "en-GB").Dates);

    [Fact]
    public void TheOtherDayIsStillADate() => Assert.NotEmpty(Interpret("it started the other day", "en-GB").Dates);

    /// <summary>Hold-out r160-en-010, read after its one measurement: "what was I supposed to do, let it flood?" names no flood (it
    /// was a force majeure refusal); the admission after it still counts.</summary>
    [Fact]
    public void WhatWasISupposedToDoLetItFloodIsNoFlood()
    {
        var read = Interpret("what was i supposed to do, just let the place flood?? my son opened the cover", "en-GB");
        Assert.False(read.Causes.GetValueOrDefault("FORCE_MAJEURE"), string.Join(",", read.Causes));
        Assert.True(read.Causes.GetValueOrDefault("DISASSEMBLY"), string.Join(",", read.Causes));
    }

    /// <summary>Hold-out r159-en-009: the software's short code ("the N9", "S8 single user") names it, as "Q5" names the hob.</summary>
    [Theory]
    [InlineData("it's the N9 one, network", "CW-N9")]
    [InlineData("S8 on the office pc", "CW-S8")]
    public void TheSoftwaresShortCodeNamesIt(string text, string model) => Assert.Contains(model, Interpret(text, "en-GB").Models);
}

using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, thirty-seventh round (2026-12-07): what the round-148–155 strangers' customers typed that the interpreter misread
/// (photos described, sarcasm, conditions, "is this normal?", figures of speech, vulnerable households, double negatives,
/// callbacks), in other words. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredFortyEightUnderstandingTests
{
    /// <summary>The unit's age said as an aside ("I know it's a bit past a year", "it's just over a year old now") dates nothing:
    /// before, "past a year" became the day the fault started, a year ago, and a fault of last week went to review.</summary>
    [Theory]
    [InlineData("the flame keeps dying, I filmed it. I know it's a bit past a year")]
    [InlineData("I realise it's slightly over a year old now, but the oven light died")]
    public void TheUnitsAgeSaidAsAnAsideIsNoDate(string text) => Assert.Empty(Interpret(text, "en-GB").Dates);

    /// <summary>A consumable seen damaged or empty further on in the sentence: a drum with a scratch on it (鼓上有一道划痕), a
    /// toner "in our copier" with a crack, ink the printer shows "as empty".</summary>
    [Theory]
    [InlineData("我把感光鼓拆下来拍了照，鼓面上有一条很细的划痕", "zh-CN", "DRUM")]
    [InlineData("the magenta toner in the office copier has a crack along the bottom", "en-GB", "TONER")]
    [InlineData("the printer is showing the colour ink as empty after a week", "en-GB", "INK")]
    public void AConsumableSeenDamagedFurtherOnIsTheConsumable(string text, string locale, string consumable) =>
        Assert.Equal(consumable, Interpret(text, locale).Consumable);

    /// <summary>A spill, a knock or a valve forced, owned up to with "but it was already … before that": the circumstance is
    /// confirmed and the customer disputes it as the cause (docs/coverage-rules.md rule 5).</summary>
    [Theory]
    [InlineData("是孩子洒了点水在盖子上，不过卡纸在这之前好几天就有了")]
    [InlineData("我妈自己去拧过那个阀门，拧得太用力了，可是她拧之前就在滴水了")]
    [InlineData("孩子拿拖把杆戳了它一下，那么轻不可能戳坏，再说之前就一直响")]
    [InlineData("就是视频里那滩水，小孩洒的，可是卡纸在那之前就有了")]
    public void ACircumstanceOwnedUpToButSaidToComeAfterTheFaultIsDisputed(string text)
    {
        var read = Interpret(text, "zh-CN");
        Assert.True(read.Causes.GetValueOrDefault("USER_DAMAGE"), string.Join(",", read.Causes));
        Assert.True(read.ClaimsQualityFault);
    }

    /// <summary>A person who may fall (地上湿了怕老人摔着, 老人容易摔倒), a worry "maybe it's my fault?", a relative at the hospital
    /// for chemo: none of it is the unit dropped, damage owned up to, or an injury from the appliance.</summary>
    [Theory]
    [InlineData("地上全是水，我奶奶八十了，怕她摔", "zh-CN")]
    [InlineData("家里老人腿脚不好容易摔倒，麻烦早点来", "zh-CN")]
    [InlineData("could it be my fault? I wash the grease filter in the dishwasher like the booklet says", "en-GB")]
    [InlineData("maybe it's my own fault, I don't know", "en-GB")]
    public void AWorryOrAPersonFallingIsNoDamage(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.GetValueOrDefault("USER_DAMAGE"));

    [Theory]
    [InlineData("my wife is having chemo so I'm back and forth to the hospital with her every afternoon", "en-GB")]
    [InlineData("I work nights at the hospital so mornings are best for a visit", "en-GB")]
    [InlineData("我爸在医院做化疗，我得天天去陪护", "zh-CN")]
    public void AHospitalForAnIllnessIsNoInjury(string text, string locale) => Assert.Null(Interpret(text, locale).Hazard);

    [Theory]
    [InlineData("my little boy burnt his hand on the glass and we had to go to hospital", "en-GB")]
    [InlineData("孩子被烫伤了，送医院了", "zh-CN")]
    public void AnInjuryThatTookSomeoneToHospitalStillIsOne(string text, string locale) =>
        Assert.Equal(SafetyHazard.Injury, Interpret(text, locale).Hazard);

    /// <summary>"the power — honestly couldn't say" leaves the supply open for the decision, as "I don't know about the power" does.</summary>
    [Theory]
    [InlineData("never dropped, never opened. the electricity - I honestly couldn't say, nobody tells us about outages")]
    [InlineData("no knocks, nobody opened it. power surges? couldn't tell you either way")]
    public void ThePowerNotKnownLeavesTheSupplyOpen(string text)
    {
        var read = Interpret(text, "en-GB");
        Assert.True(read.VoltageNotKnown);
        Assert.False(read.Causes.GetValueOrDefault("VOLTAGE"));
    }

    /// <summary>The day a visit is wished for ("could someone come today rather than tomorrow?", 能不能今天就来？) is no start of the
    /// fault: before, "today" became the start and the start question was skipped.</summary>
    [Theory]
    [InlineData("could someone come today rather than tomorrow? she's 90", "en-GB")]
    [InlineData("能不能今天就来？老人八十多了", "zh-CN")]
    public void TheDayAVisitIsWishedForIsNoDate(string text, string locale) => Assert.Empty(Interpret(text, locale).Dates);

    /// <summary>A figure of speech is no circumstance and no hazard (round 152 hold-outs, read after their one measurement): "the
    /// print has fallen off a cliff", 跟被雷劈了似的, the figure explained (我说被雷劈是打个比方), "smoke coming out of his ears".</summary>
    [Theory]
    [InlineData("honestly the copy quality has fallen off a cliff this month", "en-GB")]
    [InlineData("this boiler is acting like it was hit by lightning, lukewarm at best", "en-GB")]
    [InlineData("热水器跟被雷劈了似的，水一直是温的", "zh-CN")]
    [InlineData("不是不是，我说摔是打个比方，机器从来没摔过", "zh-CN")]
    [InlineData("no. when I said it took a tumble I meant the print, the printer never fell", "en-GB")]
    public void AFigureOfSpeechIsNoCircumstance(string text, string locale) =>
        Assert.DoesNotContain(Interpret(text, locale).Causes, c => c.Value);

    [Theory]
    [InlineData("my husband is so cross there's smoke coming out of his ears. the heater itself doesn't smoke, it's just dead")]
    public void SmokeOutOfSomeonesEarsIsNoHazard(string text) => Assert.Null(Interpret(text, "en-GB").Hazard);
}

using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, thirty-fifth round (2026-12-07): what the round-132–139 strangers' customers typed that the interpreter misread
/// (other cover, reluctance over details, earlier contacts, measurements, weather and surroundings, returns and the shop,
/// heavy use, self-blame), in other words. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredThirtyTwoUnderstandingTests
{
    /// <summary>Money and a fix in one line, with only a space between (赔罚款 把软件弄好): two demands, the fix the wish and the
    /// money beside it, as with a comma (before: the fix was read as what the money pays for, and money was the only wish).</summary>
    [Theory]
    [InlineData("赔罚款 把软件弄好")]
    [InlineData("误工费赔给我 赶紧上门修")]
    public void MoneyAndAFixSplitBySpaceAreTwoDemands(string text)
    {
        var read = Interpret(text, "zh-CN");
        Assert.Equal(DesiredOutcome.Repair, read.Wants);
        Assert.True(read.CompensationToo);
    }

    /// <summary>"赔我修理的钱" is still one demand: the money for a repair, no repair asked.</summary>
    [Fact]
    public void MoneyForARepairIsOneDemand() =>
        Assert.Equal(DesiredOutcome.Compensation, Interpret("你们得赔我修理的钱", "zh-CN").Wants);

    /// <summary>A dongle named while asking why the serial is needed (那个是加密锁上的吧) is no licence fault; a dongle that is not
    /// found still is.</summary>
    [Fact]
    public void ADongleNamedIsNoLicenceFault()
    {
        Assert.DoesNotContain("LICENCE_ERROR", Interpret("序列号是不是印在加密锁上的那个？给了会不会被人盗用", "zh-CN").Symptoms);
        Assert.Contains("LICENCE_ERROR", Interpret("软件一打开就提示找不到加密锁", "zh-CN").Symptoms);
    }

    /// <summary>"…算了" before the serial it then gives is a question let go, not the complaint cancelled.</summary>
    [Theory]
    [InlineData("问这么多干嘛，算了给你吧 FS9-2606-UNCV", "zh-CN")]
    [InlineData("why do you even need it... whatever, FS9-2606-UNCV", "en-GB")]
    public void LettingAQuestionGoBeforeTheSerialIsNoCancel(string text, string locale)
    {
        var read = Interpret(text, locale);
        Assert.NotEqual(Intent.Cancel, read.Intent);
        Assert.Equal("FS9-2606-UNCV", read.Serial);
    }

    /// <summary>A consumable the customer changes as part of using the machine ("maybe I do it wrong when I put a new toner in")
    /// is no consumable that failed.</summary>
    [Theory]
    [InlineData("maybe it's me, I might be doing something wrong when I swap the toner", "en-GB")]
    [InlineData("是不是我换墨粉的时候装得不对啊", "zh-CN")]
    public void ChangingAConsumableIsNoFaultyConsumable(string text, string locale) =>
        Assert.Null(Interpret(text, locale).Consumable);

    /// <summary>A spill owned up to as a noun ("the coffee spill was on Monday", "the water spill was last week") is liquid on the
    /// unit; said to have come after the fault began, the cause is disputed.</summary>
    [Fact]
    public void ASpillOwnedAsANounIsLiquid()
    {
        var read = Interpret("the tea spill was a few days ago, after the printer had already started jamming", "en-GB");
        Assert.True(read.Causes.GetValueOrDefault("USER_DAMAGE"));
        Assert.True(read.ClaimsQualityFault);
    }

    /// <summary>Our engineer who never came, a call-back promised that never came: our own service failed.</summary>
    [Theory]
    [InlineData("your engineer was supposed to come on the 3rd and never showed up", "en-GB", true)]
    [InlineData("they promised to call me back within a day and nobody ever called back", "en-GB", true)]
    [InlineData("约好的师傅一直没上门，我白等了一上午", "zh-CN", true)]
    [InlineData("说好48小时内回电话，结果到现在都没消息", "zh-CN", true)]
    [InlineData("the engineer came and it didn't come back on after he left", "en-GB", false)]
    [InlineData("师傅上周来过了，修得挺好", "zh-CN", false)]
    public void OurServiceThatFailedIsRead(string text, string locale, bool failed) =>
        Assert.Equal(failed, Interpret(text, locale).OurServiceFailed);

    /// <summary>A glass panel that burst by itself (玻璃面板自己炸裂了, dev 054) is a fault to repair, not an explosion; a unit that
    /// exploded is still one (and so is "the glass top exploded", HazardRecogniserTests).</summary>
    [Theory]
    [InlineData("灶台玻璃面板自己炸裂了", "zh-CN", false)]
    [InlineData("灶面玻璃无缘无故就爆裂了", "zh-CN", false)]
    [InlineData("热水器炸裂了，还冒火", "zh-CN", true)]
    [InlineData("the water heater exploded", "en-GB", true)]
    public void GlassThatBurstIsNoExplosion(string text, string locale, bool explosion) =>
        Assert.Equal(explosion, Interpret(text, locale).Hazard is not null);

    /// <summary>An insurance claim's words (理赔电话, 保险赔付) ask no money of us; 索赔 still does.</summary>
    [Fact]
    public void AnInsuranceClaimIsNoMoneyAsked()
    {
        var read = Interpret("保险公司说要你们出个故障证明，我把理赔电话给你们", "zh-CN");
        Assert.False(read.Wants == DesiredOutcome.Compensation || read.CompensationToo);
        Assert.Equal(DesiredOutcome.Compensation, Interpret("我要向你们索赔", "zh-CN").Wants);
    }

    /// <summary>"你们客服到底有没有人管？", "does anyone there even care?": a complaint about us, not yet a person asked for.</summary>
    [Theory]
    [InlineData("你们客服到底有没有人管？", "zh-CN")]
    [InlineData("does anyone there even care??", "en-GB")]
    public void NobodyCaresIsAComplaintNotAPersonAsked(string text, string locale) =>
        Assert.NotEqual(Intent.Human, Interpret(text, locale).Intent);

    /// <summary>"电压的事我真不知道，就是跳闸过几次": the supply is not known, a breaker that tripped is no confirmed surge (before: a
    /// voltage cost fee for a dead heater whose supply nobody knew).</summary>
    [Fact]
    public void ASupplyNotKnownBesideTripsStaysOpen()
    {
        var read = Interpret("电压这块我确实不清楚，就是跳了几次闸，别的都没有", "zh-CN");
        Assert.False(read.Causes.GetValueOrDefault("VOLTAGE"));
    }
}

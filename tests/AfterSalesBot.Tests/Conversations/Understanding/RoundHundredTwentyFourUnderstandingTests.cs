using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, thirty-fourth round (2026-12-07): what the round-124–131 strangers' customers typed that the interpreter misread
/// (gifts and second-hand units, children and pets, cleaning, small parts, smells and sounds, moves, tenants, computers around
/// the product), in other words. Today is 2026-11-22.
/// </summary>
public sealed class RoundHundredTwentyFourUnderstandingTests
{
    /// <summary>A kick or a ball owned up to (踢球踢上去的, 一脚踢在侧面, 被足球砸到的) is a knock (before: nothing was read, and a
    /// free repair was offered for a crack the customer caused).</summary>
    [Theory]
    [InlineData("孩子在客厅踢球，一脚踢在机器侧面上了")]
    [InlineData("就是我踢的 其他没有")]
    [InlineData("外壳是被足球砸到的，怪我们没看好孩子")]
    [InlineData("是我老公不小心一脚踢上去的")]
    public void AKickOrABallIsAKnock(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    [Fact]
    public void PassingTheBuckIsNoKick() =>
        Assert.False(Interpret("你们别互相踢皮球了，到底谁来修", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>A pet or a pest that bit through the cable (狗把电源线啃断了, 线被老鼠咬破了, "the dog chewed through the lead").</summary>
    [Theory]
    [InlineData("家里的狗把电源线啃断了", "zh-CN")]
    [InlineData("线被老鼠咬破了一截，铜线都露出来", "zh-CN")]
    [InlineData("就是猫咬的那根线 别的没有", "zh-CN")]
    [InlineData("our puppy chewed through the power lead while we were out", "en-GB")]
    public void APetThatBitTheCableIsDamage(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>Hit with a toy (玩具锤子敲了几下, 玩具枪打了一下面板).</summary>
    [Theory]
    [InlineData("小孙子拿玩具锤子敲了它几下")]
    [InlineData("儿子用玩具枪打了一下面板")]
    public void HitWithAToyIsAKnock(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>Water knocked over onto it or run over a part (水壶碰翻了水都浇到灶上, 炉头拿到水龙头下面冲): owned up to.</summary>
    [Theory]
    [InlineData("猫跳上去把水壶碰翻了 水都浇到灶上了")]
    [InlineData("炉头拿到水龙头下面冲了冲又装回去")]
    [InlineData("我用水冲过那两个炉头")]
    public void WaterOverItIsOwnedUp(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    [Fact]
    public void WaterNeverRunOverItIsDenied() =>
        Assert.False(Interpret("炉头从来没用水冲过，都是拿布擦", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>A smell said not to be the gas kind (不是臭鸡蛋那种煤气味) is no gas leak; a real one stays one.</summary>
    [Fact]
    public void ASmellSaidNotToBeGasIsNoLeak()
    {
        var read = Interpret("不是臭鸡蛋那种煤气味，是一股潮乎乎的霉味", "zh-CN");
        Assert.Null(read.Hazard);
        Assert.DoesNotContain("GAS_SMELL", read.Symptoms);
    }

    [Theory]
    [InlineData("不是开玩笑 真的有煤气味")]
    [InlineData("厨房有股煤气味")]
    public void ARealGasSmellStaysALeak(string text) =>
        Assert.Equal(SafetyHazard.GasLeak, Interpret(text, "zh-CN").Hazard);

    /// <summary>A smell the customer cannot place (有股味 说不上来是什么味道) is not yet a gas smell.</summary>
    [Fact]
    public void ASmellNotPlacedIsNoGasSmell() =>
        Assert.DoesNotContain("GAS_SMELL", Interpret("热水器旁边有股味 说不上来是什么味道", "zh-CN").Symptoms);

    /// <summary>A mark on the casing (机身上有个小印子) is no print fault; marks on the copies are.</summary>
    [Fact]
    public void AMarkOnTheCasingIsNoPrintFault() =>
        Assert.DoesNotContain("PRINT_QUALITY", Interpret("油烟机机身上有个小印子", "zh-CN").Symptoms);

    [Fact]
    public void MarksOnTheCopiesArePrintFaults() =>
        Assert.Contains("PRINT_QUALITY", Interpret("复印件上老是有印子", "zh-CN").Symptoms);

    /// <summary>A sound told by what it is like (声音像拖拉机, 哐哐哐的): a noise.</summary>
    [Theory]
    [InlineData("一开起来声音像拖拉机一样")]
    [InlineData("转起来哐哐哐的")]
    public void ASoundLikeSomethingIsANoise(string text) =>
        Assert.Contains("NOISE", Interpret(text, "zh-CN").Symptoms);

    /// <summary>A new drum asked for (给我换个新鼓吧) is the drum; a casing that bulges (鼓起来了) is not.</summary>
    [Fact]
    public void ANewDrumAskedForIsTheDrum() => Assert.Equal("DRUM", Interpret("给我换个新鼓吧", "zh-CN").Consumable);

    [Fact]
    public void ABulgeIsNoDrum() => Assert.Null(Interpret("热水器外壳鼓起来了", "zh-CN").Consumable);

    /// <summary>"Fix it, I'll pay whatever it costs" (该多少钱我出) is the wish and a willingness, not a question about the price.</summary>
    [Theory]
    [InlineData("修好，该多少钱我出", "zh-CN")]
    [InlineData("修吧，多少钱都认", "zh-CN")]
    [InlineData("repair it, I'll pay whatever it costs", "en-GB")]
    public void PayingWhateverItCostsIsNoQuestion(string text, string locale)
    {
        var read = Interpret(text, locale);
        Assert.Equal(DesiredOutcome.Repair, read.Wants);
        Assert.NotEqual(Intent.WarrantyQuestion, read.Intent);
        Assert.NotEqual(Intent.Question, read.Intent);
    }

    /// <summary>A resigned yes to a paid offer (收费就收吧, 要收钱就收吧, 付就付吧).</summary>
    [Theory]
    [InlineData("知道了，收费就收吧")]
    [InlineData("要收钱就收吧")]
    [InlineData("唉 付就付吧")]
    public void AResignedYesAccepts(string text) => Assert.True(OfferAnswers.Accepts(text));

    /// <summary>Faults passing transcripts had quoted back to the customer (the restatement found no fault word), in other words.</summary>
    [Theory]
    [InlineData("you turn the knob, it clicks away and nothing lights", "en-GB", "NO_IGNITION")]
    [InlineData("the spark looks very weak these days", "en-GB", "NO_IGNITION")]
    [InlineData("拧开只听见啪的一声，看不到火花", "zh-CN", "NO_IGNITION")]
    [InlineData("火忽大忽小的，煮着煮着就灭了", "zh-CN", "FLAME_GOES_OUT")]
    [InlineData("the extractor has started howling on the top speed", "en-GB", "NOISE")]
    [InlineData("it makes a popping noise, then crackles for ages", "en-GB", "NOISE")]
    [InlineData("开到最大档整个机器一直在抖，轰轰的", "zh-CN", "NOISE")]
    [InlineData("the cooker hood is so weak the smoke goes all over the flat", "en-GB", "WEAK_SUCTION")]
    [InlineData("the network edition will not install on the new server", "en-GB", "INSTALL_FAILURE")]
    [InlineData("the office laptops can't see the printer on the wifi any more", "en-GB", "CONNECTION")]
    [InlineData("half the copies come out completely blank", "en-GB", "PRINT_QUALITY")]
    [InlineData("插头那里接触不好，一碰就断电", "zh-CN", "NO_POWER")]
    [InlineData("打出来的纸老是卡在出纸口", "zh-CN", "PAPER_JAM")]
    public void FaultsOnceQuotedBackAreRecognised(string text, string locale, string symptom) =>
        Assert.Contains(symptom, Interpret(text, locale).Symptoms);

    /// <summary>Not faults: a printer on which nothing lights up is dead, not a hob that will not light; 抖音 is an app.</summary>
    [Fact]
    public void NothingLightsUpIsNoIgnitionFault() =>
        Assert.DoesNotContain("NO_IGNITION", Interpret("pressed the button and nothing lights up on the printer", "en-GB").Symptoms);

    [Fact]
    public void AnAppIsNoShake() =>
        Assert.DoesNotContain("NOISE", Interpret("我在抖音上看到有人说这款容易坏", "zh-CN").Symptoms);

    /// <summary>Hold-outs (round 125/126/129): pulled onto the floor, scrubbed with steel wool, and movers who took it down and
    /// put it up again are owned up to.</summary>
    [Theory]
    [InlineData("the cat got tangled in the cable and dragged the printer off the shelf onto the floor", "en-GB", "USER_DAMAGE")]
    [InlineData("I scrubbed the glass with steel wool to get the burnt milk off", "en-GB", "USER_DAMAGE")]
    [InlineData("焦了的锅底印子我拿钢丝球使劲刷的", "zh-CN", "USER_DAMAGE")]
    [InlineData("搬家的时候是搬家公司的工人拆了又装回去的", "zh-CN", "UNAUTHORISED_REPAIR")]
    [InlineData("就是搬家公司拆装的", "zh-CN", "UNAUTHORISED_REPAIR")]
    public void HoldOutCircumstancesAreOwnedUp(string text, string locale, string cause) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault(cause));

    /// <summary>The fall owned up to and denied as the cause ("it worked fine after that, the jams are new").</summary>
    [Theory]
    [InlineData("I honestly don't think the fall did it, it printed perfectly for weeks after")]
    [InlineData("it worked fine after that, the jams are new")]
    public void AFallDeniedAsTheCauseIsADispute(string text) => Assert.True(Interpret(text, "en-GB").ClaimsQualityFault);

    /// <summary>Review mends: a message that pops up is no noise, and water that leaked out and ran into the cabinet is no spill.</summary>
    [Fact]
    public void AMessageThatPopsUpIsNoNoise() =>
        Assert.DoesNotContain("NOISE", Interpret("an error message pops up every time I open the ledger", "en-GB").Symptoms);

    [Fact]
    public void LeakedWaterRunningIntoTheCabinetIsNoSpill() =>
        Assert.False(Interpret("漏出来的水灌进了下面的柜子", "zh-CN").Causes.GetValueOrDefault("USER_DAMAGE"));
}

using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, twentieth round (2026-12-05): what the round-32/33 strangers' customers typed that the interpreter misread,
/// in other words. Text pasted into the chat (an order e-mail with its status line, an error screen, a rating label),
/// English words inside Chinese, and installations: jammed paper cleared as the display says, a fitter the customer
/// found who put in parts of his own.
/// </summary>
public sealed class RoundThirtyTwoUnderstandingTests
{
    /// <summary>An order e-mail pasted with its "Status:" line is the order, not a question about a case's status.</summary>
    [Theory]
    [InlineData("copied from the confirmation mail: Order No. BG-051120 | 1 x Dishwasher | Status: Dispatched", "en-GB")]
    [InlineData("下单短信：订单号 BG-051120，商品 洗碗机，Status: Delivered", "zh-CN")]
    [InlineData("Order status: delivered. Order BG-051120, range hood T9", "en-GB")]
    public void APastedOrderStatusIsNoStatusCheck(string text, string locale) =>
        Assert.NotEqual(Intent.Status, Interpret(text, locale).Intent);

    /// <summary>A customer asking where their case is still asks for its status.</summary>
    [Theory]
    [InlineData("what's the status of my case?", "en-GB")]
    [InlineData("我的工单现在什么状态了", "zh-CN")]
    public void AskingForTheStatusStillIs(string text, string locale) =>
        Assert.Equal(Intent.Status, Interpret(text, locale).Intent);

    /// <summary>Jammed paper taken out as the machine's display tells you to is no disassembly.</summary>
    [Theory]
    [InlineData("all I did was open the side door and pull the crumpled sheet out, like the panel says to", "en-GB")]
    [InlineData("only opened the front cover to get the stuck page out as the screen instructs", "en-GB")]
    [InlineData("opened the lid and took the paper out, nothing else", "en-GB")]
    [InlineData("就按屏幕上说的打开前门把纸抽出来了，别的没动", "zh-CN")]
    public void PaperTakenOutIsNoDisassembly(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.GetValueOrDefault("DISASSEMBLY"), text);

    /// <summary>A cover opened to look inside still is.</summary>
    [Theory]
    [InlineData("I opened the side cover and had a look at the fuser myself", "en-GB")]
    [InlineData("我自己把后盖打开看了看里面的线路", "zh-CN")]
    public void ACoverOpenedToLookInsideStillIs(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("DISASSEMBLY"), text);

    /// <summary>A fitter the customer found, who put in a hose or a valve of his own: parts not supplied by the seller
    /// (MODIFICATION, DOMAIN.md §6).</summary>
    [Theory]
    [InlineData("we didn't have your people install it - a plumber we hired ourselves did, and he used his own hose instead of the one in the box", "en-GB")]
    [InlineData("the fitter we got from a neighbour swapped your connector for one he had in his van", "en-GB")]
    [InlineData("安装不是你们的人，我们自己请的师傅，他把原配的软管换成了他带的", "zh-CN")]
    [InlineData("对，外面找的安装工装的，进水阀也是他自己带来换上的", "zh-CN")]
    public void AFittersOwnPartsAreAModification(string text, string locale)
    {
        var causes = Interpret(text, locale).Causes;
        Assert.True(causes.GetValueOrDefault("MODIFICATION") || causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);
        Assert.False(causes.GetValueOrDefault("USER_DAMAGE"), text);
    }

    /// <summary>Our own installer who fitted the parts in the box changes nothing.</summary>
    [Theory]
    [InlineData("your installer fitted it with the hose that came in the box", "en-GB")]
    [InlineData("是你们的安装师傅装的，用的都是原配的管子", "zh-CN")]
    public void OurInstallerIsNoCircumstance(string text, string locale)
    {
        var causes = Interpret(text, locale).Causes;
        Assert.False(causes.GetValueOrDefault("MODIFICATION") || causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);
    }

    /// <summary>A code in an error screen's text is no serial or order number to look up.</summary>
    [Theory]
    [InlineData("Posting Error: voucher total mismatch (VCH-3318). Please contact support.", "en-GB")]
    [InlineData("弹出来的是：Sync failed - code SYN-0042", "zh-CN")]
    public void AnErrorScreensCodeIsNoSerial(string text, string locale)
    {
        var said = Interpret(text, locale);
        Assert.Null(said.Serial);
        Assert.Null(said.OrderNumber);
    }

    /// <summary>Typed without punctuation (round 33's casual replays): "no" followed straight by the clause it opens is a no.</summary>
    [Theory]
    [InlineData("no it was never dropped or anything like that")]
    [InlineData("no nothing of the sort the fitter left and nobody has touched it")]
    [InlineData("no we havent had anyone else look at it")]
    [InlineData("no its only ever had your toner in it")]
    public void NoOpeningAnUnpunctuatedClauseIsANo(string text) => Assert.Equal(Intent.No, Interpret(text, "en-GB").Intent);

    /// <summary>"no hot water" and "no power at all" still name the fault, not an answer.</summary>
    [Theory]
    [InlineData("no hot water since monday")]
    [InlineData("no power at all when i press the button")]
    public void NoBeforeTheFaultIsStillTheFault(string text) => Assert.NotEqual(Intent.No, Interpret(text, "en-GB").Intent);

    /// <summary>A gas heater or hob that "wont fire up" is one that will not light, however it is typed.</summary>
    [Theory]
    [InlineData("yes and it wont fire up at all")]
    [InlineData("the boiler doesnt fire up any more in the mornings")]
    [InlineData("it clicks but won't fire")]
    public void WontFireUpIsNoFire(string text)
    {
        var said = Interpret(text, "en-GB");
        Assert.Null(said.Hazard);
        Assert.Contains("NO_IGNITION", said.Symptoms);
    }

    /// <summary>A real fire still is one.</summary>
    [Fact]
    public void ARealFireStillIs() => Assert.Equal(SafetyHazard.Fire, Interpret("there was a small fire behind the cooker last night", "en-GB").Hazard);

    /// <summary>"no power issues here" denies the voltage clause; it is no dead unit.</summary>
    [Theory]
    [InlineData("nobody opened it and there were no power issues")]
    [InlineData("no power problems in the building either")]
    public void NoPowerIssuesDeniesTheVoltage(string text)
    {
        var said = Interpret(text, "en-GB");
        Assert.DoesNotContain("NO_POWER", said.Symptoms);
        Assert.False(said.Causes.GetValueOrDefault("VOLTAGE", true));
    }

    /// <summary>Never lit since it was fitted, 一次都没点着过: the hob will not light.</summary>
    [Theory]
    [InlineData("装好以后一次都没点着过火，光听见啪啪响")]
    [InlineData("从安装那天起就没打着过")]
    public void NeverLitSinceIsNoIgnition(string text) => Assert.Contains("NO_IGNITION", Interpret(text, "zh-CN").Symptoms);

    /// <summary>Labour and parts (人工、配件) in a price comparison are no request for a person (round 34).</summary>
    [Theory]
    [InlineData("上门费就要一百,还没算人工和配件,太贵了")]
    [InlineData("外面报价八十,含人工配件,你们呢")]
    public void LabourInAPriceIsNoHandoff(string text) => Assert.NotEqual(Intent.Human, Interpret(text, "zh-CN").Intent);

    /// <summary>A repair shop's quote for a unit nobody has touched is no repair by someone else.</summary>
    [Theory]
    [InlineData("楼下维修店说六十块能修好,不过他们还没动过,我先来问你们", "zh-CN")]
    [InlineData("a repair shop down the road quoted 60 for it but they haven't touched it, I wanted to ask you first", "en-GB")]
    public void AShopsQuoteIsNoRepair(string text, string locale) =>
        Assert.False(Interpret(text, locale).Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);

    /// <summary>A street stall's man who fitted a part is a repair by someone else.</summary>
    [Theory]
    [InlineData("yes - the man at the street stall put a new thermocouple in for me")]
    [InlineData("the stall guy by the station swapped the igniter")]
    public void AStallsFitterIsARepairBySomeoneElse(string text) =>
        Assert.True(Interpret(text, "en-GB").Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), text);

    /// <summary>The breaker that tripped once (跳过一次闸) is the voltage clause; "I don't think that's the reason" disputes it.</summary>
    [Theory]
    [InlineData("停电来电那一下跳过一次闸,不过我不认为是这个原因")]
    [InlineData("上周跳了两次闸，但我觉得跟这个没关系")]
    public void ATrippedBreakerDisputedIsBoth(string text)
    {
        var said = Interpret(text, "zh-CN");
        Assert.True(said.Causes.GetValueOrDefault("VOLTAGE"), text);
        Assert.True(said.ClaimsQualityFault, text);
    }

    /// <summary>Consumables tried and ruled out by the customer are background, not the problem (round 35).</summary>
    [Theory]
    [InlineData("put in a new original toner cartridge first, nothing changed")]
    [InlineData("borrowed the drum from the printer next door and swapped it in, the line is still there")]
    [InlineData("I only opened the front door to change the toner like the manual shows")]
    public void ConsumablesTriedAreBackground(string text) => Assert.Null(Interpret(text, "en-GB").Consumable);

    /// <summary>Measurements of the inlet (进水压力) are no water that got in; a closed casing (外壳没打开过) no disassembly.</summary>
    [Theory]
    [InlineData("进水压力量过是0.25MPa,正常")]
    [InlineData("外壳没打开过,也没改过")]
    public void AReadingOrAClosedCasingIsNothing(string text)
    {
        var said = Interpret(text, "zh-CN");
        Assert.DoesNotContain("WATER_DAMAGE", said.Symptoms);
        Assert.False(said.Causes.GetValueOrDefault("DISASSEMBLY"), text);
        Assert.False(said.Causes.GetValueOrDefault("USER_DAMAGE"), text);
    }

    /// <summary>Water that never gets hot, told as a reading: "only gets to 38 degrees", 出水最高才40度.</summary>
    [Theory]
    [InlineData("set to 60 but the water only gets to 38 degrees at the tap", "en-GB")]
    [InlineData("设定55度,出水最高才40度", "zh-CN")]
    public void AReadingBelowTheSettingIsNoHotWater(string text, string locale) =>
        Assert.Contains("NO_HOT_WATER", Interpret(text, locale).Symptoms);

    /// <summary>A gas source converted and nozzles changed by the customer is a modification.</summary>
    [Theory]
    [InlineData("我自己改了气源,喷嘴也换了")]
    [InlineData("喷嘴是我在网上买的,自己换成了液化气的")]
    [InlineData("这个是我自己改的,我认")]
    public void AConvertedGasSourceIsAModification(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("MODIFICATION"), text);

    /// <summary>Money demanded beside the remedy in other words (round 34): "I want that covered too", "I'm not letting the
    /// 800 go", "we want the 300 we paid back".</summary>
    [Theory]
    [InlineData("the floor underneath is ruined, the quote is 800 yuan to redo it and I want that paid as well")]
    [InlineData("fine, the replacement, but I'm not dropping the 800 for the floor")]
    [InlineData("we want the 300 we paid your engineer back, his repair didn't last")]
    public void MoneyBesideTheRemedyIsCompensation(string text)
    {
        var said = Interpret(text, "en-GB");
        Assert.True(said.CompensationToo || said.Wants == DesiredOutcome.Compensation, text);
    }

    /// <summary>Round 34/35 hold-outs, in other words: 我算了一下 (I worked it out) is no "never mind"; a price list with 人工
    /// and a sum is no request for a person; "can't be without hot water" is a need, not the fault; 保修 as the wish is a
    /// repair under the warranty; a part changed by the customer and bought elsewhere is a modification.</summary>
    [Theory]
    [InlineData("我算了一下周长，应该是定影辊的问题")]
    [InlineData("我仔细算了下，刚好是一圈的距离")]
    public void WorkedOutIsNoCancel(string text) => Assert.NotEqual(Intent.Cancel, Interpret(text, "zh-CN").Intent);

    [Theory]
    [InlineData("我看了价目表：人工100，上门50，配件另算，对吧？")]
    [InlineData("人工 80 加上门费 30，一共110是吗")]
    public void APriceListIsNoHandoff(string text) => Assert.NotEqual(Intent.Human, Interpret(text, "zh-CN").Intent);

    [Theory]
    [InlineData("冬天家里不能没热水，修吧")]
    [InlineData("we can't be without hot water with a baby, so go ahead")]
    public void ANeedIsNoFault(string text) =>
        Assert.DoesNotContain("NO_HOT_WATER", Interpret(text, text.Any(c => c > 0x4e00) ? "zh-CN" : "en-GB").Symptoms);

    [Theory]
    [InlineData("保修")]
    [InlineData("走保修吧")]
    public void TheWarrantyAsTheWishIsARepair(string text) => Assert.Equal(DesiredOutcome.Repair, Interpret(text, "zh-CN").Wants);

    [Theory]
    [InlineData("减压阀是我自己换的，网上买的")]
    [InlineData("那个阀门我自己换过，外面五金店买的")]
    public void APartChangedAndBoughtElsewhereIsAModification(string text) =>
        Assert.True(Interpret(text, "zh-CN").Causes.GetValueOrDefault("MODIFICATION"), text);
}

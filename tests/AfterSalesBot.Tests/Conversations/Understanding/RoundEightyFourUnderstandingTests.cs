using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, twenty-ninth round (2026-12-06): what the round-84–91 strangers' customers typed that the interpreter misread
/// (questions about the bot, regional wording, pasted text, pauses, denials, loose model names, software), in other words.
/// Asking whether the bot is a person is no request for one; Cantonese written chat is read as the Chinese it is.
/// </summary>
public sealed class RoundEightyFourUnderstandingTests
{
    /// <summary>Asking what the bot is, is a question about the bot, not a request for a person (before: "你到底是真人还是AI"
    /// handed a repeat failure over before any decision).</summary>
    [Theory]
    [InlineData("你是机器人还是真人啊？怎么回复这么快", "zh-CN")]
    [InlineData("对面到底是人还是AI", "zh-CN")]
    [InlineData("wait am I chatting with a human or a bot here?", "en-GB")]
    [InlineData("r u a real person or automated", "en-US")]
    public void AskingWhatTheBotIsIsAboutTheBot(string text, string locale) =>
        Assert.Equal(Intent.AboutTheBot, Interpret(text, locale).Intent);

    /// <summary>Whether the chat is recorded or kept, who sees it, what the phone number is for: a question about the customer's
    /// data, answered (before: "is this being recorded?" was answered with a paper-jam article).</summary>
    [Theory]
    [InlineData("hang on, is this conversation being recorded?")]
    [InlineData("do you keep a record of this chat")]
    [InlineData("why do you even need my phone number")]
    [InlineData("you're not going to sell my number to anyone are you? who reads this")]
    [InlineData("这个对话会被录下来吗")]
    [InlineData("你们会保存聊天记录吗？")]
    [InlineData("我的手机号不会被拿去推销吧")]
    public void WhetherTheChatIsKeptIsAPrivacyQuestion(string text) =>
        Assert.Equal(AfterSalesBot.Bot.Privacy.PrivacyRequest.Question, AfterSalesBot.Bot.Privacy.PrivacyRequests.Read(text));

    /// <summary>A complaint about lost data is no question about the customer's data.</summary>
    [Theory]
    [InlineData("the update wiped our saved reports, is the data gone for good?")]
    [InlineData("备份的账套数据还能恢复吗")]
    public void LostDataIsNoPrivacyQuestion(string text) =>
        Assert.Equal(AfterSalesBot.Bot.Privacy.PrivacyRequest.None, AfterSalesBot.Bot.Privacy.PrivacyRequests.Read(text));

    /// <summary>Talking to support before, or a pasted chat with a support agent's name, is no request for a person now
    /// (before: "之前跟你们客服聊过" handed the customer over before their story).</summary>
    [Theory]
    [InlineData("上周跟你们客服沟通过一次，下面是聊天内容")]
    [InlineData("[09:41] 客服小李：您好，请问有什么可以帮您")]
    public void SupportTalkedToBeforeIsNoRequestForAPerson(string text) =>
        Assert.NotEqual(Intent.Human, Interpret(text, "zh-CN").Intent);

    /// <summary>Cantonese written chat: 唔 is 不, 冇 is 没, 咗 is 了 (before: 唔着火 opened a fire emergency, "冇人拆过" admitted
    /// the unit was opened, 冇热水 was no fault).</summary>
    [Fact]
    public void ABurnerThatWillNotLightInCantoneseIsNoFire() =>
        Assert.Null(Interpret("部炉头撳极都唔着火，得啲嗒嗒声", "zh-CN").Hazard);

    [Fact]
    public void NoHotWaterInCantoneseIsTheFault() =>
        Assert.Contains("NO_HOT_WATER", Interpret("热水器坏咗，开咗好耐都冇热水", "zh-CN").Symptoms);

    [Theory]
    [InlineData("冇，冇跌过，都冇人郁过佢")]
    [InlineData("冇拆过，冇入过水")]
    public void CantoneseDenialsAdmitNothing(string text) =>
        Assert.DoesNotContain(Interpret(text, "zh-CN").Causes, c => c.Value);

    [Theory]
    [InlineData("系")]
    [InlineData("系呀")]
    [InlineData("係啊，就系咁")]
    public void CantoneseYesIsYes(string text) =>
        Assert.Equal(Intent.Yes, Interpret(text, "zh-CN").Intent);

    [Fact]
    public void AnEmptyRibbonInCantoneseIsTheConsumable() =>
        Assert.Equal("RIBBON", Interpret("啲字越嚟越淡，我谂系色带冇墨", "zh-CN").Consumable);

    /// <summary>Taking a part apart oneself is the unit opened (before: "I took the fan housing apart myself" was no circumstance
    /// and the fee did not apply).</summary>
    [Theory]
    [InlineData("my husband took the front panel apart to see what was rattling")]
    [InlineData("yes I took the whole burner assembly apart last weekend")]
    public void TakingItApartIsDisassembly(string text) =>
        Assert.True(Interpret(text, "en-GB").Causes.GetValueOrDefault("DISASSEMBLY"));

    /// <summary>A spill owned up to and denied as the cause, in the words customers use (before: "I really don't think thats
    /// the cause", "it's not the reason", 我觉得跟卡纸没关系 were no dispute, and a fee was charged or the spill was lost).</summary>
    [Theory]
    [InlineData("yes some tea went on the top but honestly i dont think thats the cause", "en-GB")]
    [InlineData("there was a splash of water on the lid, yes, it's not the reason though", "en-US")]
    [InlineData("a drop of juice landed on the cover but I don't believe it did anything", "en-GB")]
    [InlineData("a little coffee got on the outside but it never got inside, the fault is something else", "en-GB")]
    [InlineData("是有一点茶水溅到外壳上，不过我觉得跟这个毛病没关系", "zh-CN")]
    [InlineData("洒过一点水在上面，但我觉得不是这个原因", "zh-CN")]
    public void ASpillDeniedAsTheCauseIsDisputed(string text, string locale)
    {
        var reading = Interpret(text, locale);
        Assert.True(reading.Causes.GetValueOrDefault("USER_DAMAGE"), text);
        Assert.True(reading.ClaimsQualityFault, text);
    }

    /// <summary>A printer that will not switch on, said the Indian English way, is no power.</summary>
    [Theory]
    [InlineData("the printer is not switching on since yesterday, no lights at all")]
    [InlineData("unit is not getting switched on, no display nothing")]
    public void NotSwitchingOnIsNoPower(string text) =>
        Assert.Contains("NO_POWER", Interpret(text, "en-IN").Symptoms);

    /// <summary>Works in the building with the supply unknown is no voltage damage either way.</summary>
    [Fact]
    public void ElectricalWorksWithTheSupplyUnknownIsNoVoltage() =>
        Assert.False(Interpret("they were doing electrical work on our floor, if the power fluctuated I cannot say", "en-IN").Causes.GetValueOrDefault("VOLTAGE"));

    /// <summary>An Indian mobile number as it is written: five digits, a space, five digits.</summary>
    [Theory]
    [InlineData("98450 31127", "9845031127")]
    [InlineData("my number is 7019922843", "7019922843")]
    public void AnIndianMobileIsAPhone(string text, string phone) =>
        Assert.Equal(phone, Interpret(text, "en-IN").Phone);

    /// <summary>A ribbon used up is the consumable (before: "ribbons … both used up now" got a free repair of the printer).</summary>
    [Theory]
    [InlineData("the spare ribbons we bought are all used up")]
    [InlineData("ribbon's run out I think, print is very faint")]
    public void ARibbonUsedUpIsTheConsumable(string text) =>
        Assert.Equal("RIBBON", Interpret(text, "en-GB").Consumable);

    /// <summary>"a new ribbon" alone is the part wanted; a new one fitted that changed nothing rules it out (round 39, which this
    /// round's first version broke).</summary>
    [Fact]
    public void ANewRibbonAloneIsThePartWanted() =>
        Assert.Equal("RIBBON", Interpret("a new ribbon please", "en-GB").Consumable);

    [Theory]
    [InlineData("new ribbon put in, no change")]
    [InlineData("fitted a new ribbon last week and it's still faint")]
    public void ANewRibbonFittedIsNoConsumableWanted(string text) =>
        Assert.Null(Interpret(text, "en-GB").Consumable);

    /// <summary>Irish and Australian yeses at the offer (before: "grand so, go on" was asked about three times, then handed over).</summary>
    [Theory]
    [InlineData("grand, go on so")]
    [InlineData("sure look, go on then")]
    [InlineData("yeah righto, go on")]
    public void GoOnIsAYesToTheOffer(string text) =>
        Assert.True(OfferAnswers.Accepts(text), text);

    /// <summary>The hold-outs, in other words. A flame that goes out while the burner is on is no fire (before: 开着开着火就自己灭了
    /// read 着火 and opened a fire emergency).</summary>
    [Theory]
    [InlineData("炉子烧着烧着火就熄了，得重新打")]
    [InlineData("用着用着火就自己灭了，半个月了")]
    public void AFlameGoingOutWhileOnIsNoFire(string text) =>
        Assert.Null(Interpret(text, "zh-CN").Hazard);

    /// <summary>"算了你先记下来" drops the question, not the complaint.</summary>
    [Theory]
    [InlineData("算了 你先帮我记下来吧")]
    [InlineData("算了，继续吧")]
    public void NeverMindThenGoOnIsNoCancel(string text) =>
        Assert.NotEqual(Intent.Cancel, Interpret(text, "zh-CN").Intent);

    /// <summary>Done with talking to a bot is a remark about the bot: an apology and a person on offer the first time, a colleague
    /// the second (RoundEightyFourConversationTests; before: the apology and the same offer, for ever).</summary>
    [Theory]
    [InlineData("不想再和机器人聊了", "zh-CN")]
    [InlineData("i don't want to talk to a bot anymore", "en-GB")]
    public void DoneWithTheBotIsARemarkAboutTheBot(string text, string locale) =>
        Assert.Equal(Intent.AboutTheBot, Interpret(text, locale).Intent);

    /// <summary>What happens if the offer does not work is no refusal of it.</summary>
    [Theory]
    [InlineData("先远程看看吧，不行再派人上门")]
    [InlineData("ok try remote first, and if that doesn't work send an engineer")]
    public void AFallbackIsNoRefusal(string text)
    {
        Assert.True(OfferAnswers.Accepts(text), text);
        Assert.False(OfferAnswers.Refuses(text), text);
    }
}

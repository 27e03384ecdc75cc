using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, seventeenth round (2026-12-04): what the round-26/27 strangers' customers typed that the interpreter misread,
/// in other words. Non-native English ("the fire is small", "it fall down", "can change new one?"), customers who ask
/// whether they are talking to a machine, customers who would rather be phoned, and consumables said to be used up.
/// </summary>
public sealed class RoundTwentySixUnderstandingTests
{
    /// <summary>A gas stove's "fire" in a learner's English is its flame: no emergency, but the fault it describes.</summary>
    [Theory]
    [InlineData("the back fire of my cooker is very weak now, only a little blue", null)]
    [InlineData("right burner fire not come, just tick tick tick", "NO_IGNITION")]
    [InlineData("after some seconds the fire go out by itself", "FLAME_GOES_OUT")]
    [InlineData("the stove fire become smaller and smaller then go off", "FLAME_GOES_OUT")]
    [InlineData("one side fire cannot start, other side ok", "NO_IGNITION")]
    [InlineData("now we must use a match to get it fire", null)]
    public void AStovesFireIsItsFlame(string text, string? symptom)
    {
        var heard = Interpret(text, "en-US");
        Assert.Null(heard.Hazard);
        if (symptom is not null) Assert.Contains(symptom, heard.Symptoms);
    }

    /// <summary>A real fire is still an emergency.</summary>
    [Theory]
    [InlineData("there was fire coming out of the back of the hood")]
    [InlineData("fire!! the hob is on fire")]
    [InlineData("a small fire started behind the heater")]
    [InlineData("the cable caught fire")]
    public void ARealFireIsStillAnEmergency(string text) => Assert.Equal(SafetyHazard.Fire, Interpret(text, "en-US").Hazard);

    /// <summary>"Has not been …ing" is the same fault as "not …ing".</summary>
    [Theory]
    [InlineData("the hob hasn't been lighting for two days", "NO_IGNITION")]
    [InlineData("our water heater has not been heating since the weekend", "NO_HOT_WATER")]
    [InlineData("my hood haven't been sucking properly", "WEAK_SUCTION")]
    [InlineData("the copier has not been feeding paper", "PAPER_JAM")]
    public void HasNotBeenIsNot(string text, string symptom) => Assert.Contains(symptom, Interpret(text, "en-US").Symptoms);

    /// <summary>Learner's English for a drop and for unstable power: said plainly, so they are circumstances.</summary>
    [Theory]
    [InlineData("when we move house it fall down from the stairs", "USER_DAMAGE")]
    [InlineData("the delivery guys let it fall down", "USER_DAMAGE")]
    [InlineData("our area electric is not stable, the power jump all the time", "VOLTAGE")]
    [InlineData("yes, the voltage here not stable", "VOLTAGE")]
    [InlineData("the switch box jump many time last month", "VOLTAGE")]
    public void PlainLearnersCircumstances(string text, string cause) => AssertHappened(text, "en-US", cause);

    /// <summary>Dirty copies in other words are print quality.</summary>
    [Theory]
    [InlineData("every copy has a grey shadow on it")]
    [InlineData("copies coming out dirty with lines")]
    [InlineData("there is a dirty black line on all the copies")]
    public void DirtyCopiesArePrintQuality(string text) => Assert.Contains("PRINT_QUALITY", Interpret(text, "en-US").Symptoms);

    /// <summary>"Change new one" is a replacement asked for.</summary>
    [Theory]
    [InlineData("can change new one for me?")]
    [InlineData("please change a new one, this one always broken")]
    [InlineData("I want change new machine")]
    public void ChangeNewOneIsAReplacement(string text) => Assert.Equal(DesiredOutcome.Replacement, Interpret(text, "en-US").Wants);

    /// <summary>A ribbon or toner said to be used up in other words is the consumable.</summary>
    [Theory]
    [InlineData("I think the ribbon is finish", "en-US")]
    [InlineData("the ribbon is all frayed now", "en-US")]
    [InlineData("it's the ribbon that's worn", "en-US")]
    [InlineData("toner is finish already, print is white", "en-US")]
    [InlineData("色带用到头了，字都打不清", "zh-CN")]
    [InlineData("a replacement drum, for free if you can", "en-US")]
    public void AUsedUpConsumableIsNamed(string text, string locale) => Assert.NotNull(Interpret(text, locale).Consumable);

    /// <summary>Asking whether the bot is a person or a machine is a question about the bot, not a request for a person.</summary>
    [Theory]
    [InlineData("wait, is this a real person or a bot?", "en-US")]
    [InlineData("are you a human or an automated thing", "en-US")]
    [InlineData("am I chatting with a real human here?", "en-US")]
    [InlineData("对面是真人吗", "zh-CN")]
    [InlineData("你是人工还是机器人？", "zh-CN")]
    [InlineData("这是自动回复还是真人在回", "zh-CN")]
    public void AskingIfTheBotIsAPersonIsAboutTheBot(string text, string locale) => Assert.Equal(Intent.AboutTheBot, Interpret(text, locale).Intent);

    /// <summary>The conversation's check for the question (it reads questions and statements with it), in other words.</summary>
    [Theory]
    [InlineData("Is this a machine answering me?", true)]
    [InlineData("am I talking to a real one or not", true)]
    [InlineData("Are you a real person?", true)]
    [InlineData("is it a human error or a machine fault?", false)]
    [InlineData("is this a machine problem or did I do something wrong?", false)]
    [InlineData("the machine is a real pain", false)]
    public void TheBotQuestionIsToldFromAQuestionAboutTheFault(string text, bool aboutTheBot) =>
        Assert.Equal(aboutTheBot, AfterSalesBot.Bot.Conversations.Understanding.Recognisers.IntentRecogniser.AsksWhetherABot(text.ToLowerInvariant()));

    /// <summary>Asking for a person is still asking for one.</summary>
    [Theory]
    [InlineData("I want a real person, not a robot", "en-US")]
    [InlineData("are you a bot? get me a human", "en-US")]
    [InlineData("别用机器人糊弄我，给我转真人", "zh-CN")]
    public void AskingForAPersonStillIs(string text, string locale) => Assert.Equal(Intent.Human, Interpret(text, locale).Intent);

    /// <summary>Someone to phone, asked in other words.</summary>
    [Theory]
    [InlineData("could one of your team give me a ring about it", "en-US")]
    [InlineData("I'd rather have a phone call", "en-US")]
    [InlineData("can I get a call back instead?", "en-US")]
    [InlineData("please just call me", "en-US")]
    [InlineData("rather talk about this over the phone", "en-US")]
    [InlineData("麻烦安排师傅给我打个电话", "zh-CN")]
    [InlineData("能不能直接来个电话", "zh-CN")]
    [InlineData("还是电话里说吧，打字太慢", "zh-CN")]
    public void ACallBackIsAskedFor(string text, string locale) => Assert.Equal(Intent.Human, Interpret(text, locale).Intent);

    /// <summary>A call-back promised before and not made is a complaint, not a request.</summary>
    [Theory]
    [InlineData("they promised to call me back and nobody did", "en-US")]
    [InlineData("上次说好给我回电话，结果没人打", "zh-CN")]
    public void ACallBackNotMadeIsNoRequest(string text, string locale) => Assert.NotEqual(Intent.Human, Interpret(text, locale).Intent);

    /// <summary>是不是 asks; it denies nothing: "你是不是觉得我摔过？是摔过，但是摔之前就不出水了" owns the drop.</summary>
    [Theory]
    [InlineData("你是不是觉得我拆过就不管了？拆过是拆过，但那是后来的事", "DISASSEMBLY")]
    [InlineData("是不是因为我摔过一次？确实摔过", "USER_DAMAGE")]
    public void AQuestionIsNoDenial(string text, string cause) => AssertHappened(text, "zh-CN", cause);

    /// <summary>A part bought elsewhere and fitted, or an add-on fitted, is a modification (round 27's extension pipe).</summary>
    [Theory]
    [InlineData("上个礼拜在网上买了根加长的排气管自己接上了")]
    [InlineData("我们自己加装了一个增压泵")]
    public void AnAddOnFittedIsAModification(string text) => AssertHappened(text, "zh-CN", "MODIFICATION");

    /// <summary>The circumstance is read as having happened (said plainly, not denied).</summary>
    private static void AssertHappened(string text, string locale, string cause)
    {
        var heard = Interpret(text, locale);
        Assert.True(heard.Causes.TryGetValue(cause, out var happened) && happened, string.Join(",", heard.Causes.Select(c => c.Key + "=" + c.Value)));
    }

    /// <summary>"Dead" said of a consumable is no machine without power; said of the machine it still is.</summary>
    [Theory]
    [InlineData("the toner that came with it lasted two months. now it's dead", false)]
    [InlineData("that cartridge was in the box and it's already dead?", false)]
    [InlineData("the printer is dead, even with a new toner in it", true)]
    public void DeadIsSaidOfWhatIsNamed(string text, bool machine) =>
        Assert.Equal(machine, Interpret(text, "en-US").Symptoms.Contains("NO_POWER"));
}

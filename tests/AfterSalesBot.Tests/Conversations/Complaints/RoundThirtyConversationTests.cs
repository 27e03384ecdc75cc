using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, nineteenth round (2026-12-05): round 30/31 strangers' customers in whole conversations, in other words.
/// Business customers with more than one unit, and customers who already tried things themselves.
/// </summary>
public sealed class RoundThirtyConversationTests
{
    private const string HeaterInWarranty = "DE60K251124"; // E60 electric water heater, in warranty, never repaired
    private const string CopierExpired = "DC30202504315"; // DC-3020 copier, out of warranty (the unit that works)
    private const string CopierInWarranty = "DC30202605809"; // DC-3020 copier, in warranty (the unit that jams)
    private const string HeaterRepairedForALeak = "DE60Q260266"; // E60, in warranty, its leak repaired by us once
    private const string GasHeaterLeakedTwice = "RH1626062609"; // H16 gas water heater, in warranty, two leak repairs by us
    private const string HoodInItsFirstDays = "YT926068688"; // T9 range hood, in warranty
    private const string ColourCopier = "DC45252604353"; // DC-4525 colour copier, in warranty

    /// <summary>"How much?" at the offer is answered with the amount, and the offer is then asked about in a short
    /// sentence, not repeated word for word; "fine then" after it agrees (round 28's held-out r28-zh-003).</summary>
    [Theory]
    [InlineData("en-GB", "the E60 water heater stopped heating after the power kept tripping in our building", "yes, the supply here is unstable, it tripped several times", "how much is that going to cost me", "fine then")]
    [InlineData("zh-CN", "E60电热水器不加热了，楼里跳了好几次闸之后就这样了", "有的 楼里电压不稳 跳闸以后它就不通电了", "要多少钱啊", "那行吧")]
    public async Task HowMuchAtTheOfferIsAnsweredThenAskedShort(string locale, string story, string circumstances, string price, string agree)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "没了" : "that's all", zh ? "对的" : "yes",
            HeaterInWarranty, zh ? "五六天前" : "about five days ago", circumstances, zh ? "修好就行" : "just repair it", "13757186645", price, agree);
        var from = transcript.LastIndexOf("> " + price, StringComparison.Ordinal);
        var answer = transcript[from..transcript.LastIndexOf("> " + agree, StringComparison.Ordinal)];

        Assert.Contains("50.00", answer, StringComparison.Ordinal);
        Assert.Contains(zh ? "要按这个方案办理吗" : "Shall I go ahead with this", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(zh ? "我可以为您提供" : "What I can offer", answer, StringComparison.Ordinal);
        Assert.True(state.Step == Agreed, transcript);
    }

    /// <summary>The serial of the unit that works given first, then the right one beside it while the problem is being
    /// confirmed: the faulty unit's serial decides the warranty.</summary>
    [Theory]
    [InlineData("en-GB", "we've got two DC-3020 copiers at the office and one keeps jamming, serial DC30202504315",
        "ah no, sorry - DC30202504315 is the one by the kitchen and that one's working fine. The jamming one is DC30202605809")]
    [InlineData("zh-CN", "我们公司有两台DC-3020复印机，其中一台老卡纸，编号DC30202504315",
        "不好意思，DC30202504315是会议室那台，那台用着好好的。卡纸的是前台这台，DC30202605809")]
    public async Task TheFaultyUnitsSerialGivenAfterTheOtherOneDecides(string locale, string story, string correction)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, correction, zh ? "对" : "yes",
            zh ? "四五天前" : "four or five days ago", zh ? "没有" : "no", zh ? "修" : "repair please", "13957126834");

        Assert.True(state.Serial == CopierInWarranty, transcript);
        Assert.True(state.Verdict == "Covered", transcript);
        Assert.Equal("FreeRepair", state.Offers.FirstOrDefault()?.Kind);
    }

    /// <summary>"Three days is too slow, it has to work by Friday — no": a refusal, not a corrected date or a new symptom.</summary>
    [Theory]
    [InlineData("en-GB", "72 hours is far too slow, we need it working by Friday, so no")]
    [InlineData("zh-CN", "三天太慢了，星期五之前一定要能用，不行")]
    public async Task ADeadlineAtTheOfferIsARefusalNotACorrection(string locale, string refusal)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, zh ? "我们办公室的DC-3020复印机老卡纸" : "the DC-3020 copier in our office keeps jamming",
            zh ? "就这些" : "that's all", zh ? "对" : "yes", CopierInWarranty, zh ? "四天前" : "four days ago", zh ? "没有" : "no",
            zh ? "修" : "repair", "13957126834", refusal);

        Assert.DoesNotContain(zh ? "谢谢您的更正" : "correct", transcript[transcript.LastIndexOf("> " + refusal, StringComparison.Ordinal)..], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("SLOW", state.Symptoms);
        Assert.True(state.OfferIndex > 0 || state.Step == Escalated, transcript);
    }

    /// <summary>A switchboard number with the colleague to ask for: the phone is taken, nobody is handed over.</summary>
    [Theory]
    [InlineData("zh-CN", "公司总机 0571-86012345 找王经理就行")]
    public async Task AContactAtTheSwitchboardIsNoHandoff(string locale, string phone)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, "我们办公室的DC-3020复印机老卡纸", "就这些", "对", CopierInWarranty,
            "四天前", "没有", "修", phone);

        Assert.True(state.Step == AwaitingAgreement, transcript);
        Assert.Equal("0571-86012345", state.Phone);
    }

    /// <summary>Water creeping towards a socket is a safety case at once.</summary>
    [Theory]
    [InlineData("en-GB", "our E60 heater is leaking from the bottom and the water is trickling across the floor towards the extension lead")]
    [InlineData("zh-CN", "E60热水器底下一直在滴水，水顺着墙往下流，快流到插座那里了")]
    public async Task WaterNearASocketIsASafetyCase(string locale, string story)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story);

        Assert.True(state.Step == Escalated, transcript);
        Assert.NotNull(state.CaseNumber);
    }

    /// <summary>The grease filter washed as the booklet says is no disassembly: the hood is covered, without a fee.</summary>
    [Theory]
    [InlineData("en-GB", "the T9 cooker hood has hardly any suction any more", "no, nothing like that. I only took the grease filters out and washed them as the booklet says")]
    [InlineData("zh-CN", "T9油烟机吸力越来越小了", "没有，就是照说明书把油网拆下来洗了洗，别的没动过")]
    public async Task AFilterWashedAsTheManualSaysIsNoDisassembly(string locale, string story, string circumstances)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "就这些" : "that's all", zh ? "对" : "yes",
            HoodInItsFirstDays, zh ? "一个星期前" : "a week ago", circumstances, zh ? "修" : "repair", "13957126834");

        Assert.True(state.Verdict == "Covered", transcript);
        Assert.False(state.Causes.GetValueOrDefault("DISASSEMBLY"), transcript);
    }

    /// <summary>The drum at the end of its life is the consumable: a new drum at its price, with the clause.</summary>
    [Theory]
    [InlineData("en-GB", "our DC-4525 says the drum unit has reached the end of its life and the copies have grey lines")]
    [InlineData("zh-CN", "DC-4525彩色复印机屏幕提示感光鼓寿命已到，复印出来一道道灰线")]
    public async Task ADrumAtTheEndOfItsLifeIsTheConsumable(string locale, string story)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "就这些" : "that's all", zh ? "对" : "yes",
            ColourCopier, zh ? "一周前" : "a week ago", zh ? "没有" : "no", zh ? "换个新的" : "a new one", "13957126834");

        Assert.True(state.Verdict == "NotCovered", transcript);
        Assert.Equal("PartReplacement", state.Offers.FirstOrDefault()?.Kind);
    }

    /// <summary>A cracked casing nobody can say was not knocked goes to a person, even where another fault it also has was
    /// repaired by us before (docs/coverage-rules.md rule 6 before the repeat failure).</summary>
    [Theory]
    [InlineData("en-GB", HeaterRepairedForALeak, "the E60 in my rental flat has a split in the casing at the bottom and water is dripping out", "no idea, I'm the landlord and I wasn't there, can't tell you whether anyone bumped it")]
    [InlineData("zh-CN", GasHeaterLeakedTwice, "出租屋里的H16燃气热水器外壳裂了，下面在滴水", "这个说不好，房子租出去了，不知道有没有被碰过")]
    public async Task ACrackNobodyCanExplainIsReviewed(string locale, string serial, string story, string circumstances)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "就这些" : "that's all", zh ? "对" : "yes",
            serial, zh ? "五天前" : "five days ago", circumstances, zh ? "修" : "repair", "13957126834");

        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>A new drum and toner that changed nothing: the streaks are the printer's fault, covered.</summary>
    [Theory]
    [InlineData("zh-CN", "DC-4525复印出来每张都有一条黑线，上周已经换了新的原装硒鼓，还是一样", "没有，除了换硒鼓什么都没碰过")]
    public async Task ADrumAlreadyChangedLeavesTheFaultCovered(string locale, string story, string circumstances)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, "就这些", "对", ColourCopier, "一周前", circumstances, "修", "13957126834");

        Assert.True(state.Verdict == "Covered", transcript);
        Assert.Equal("FreeRepair", state.Offers.FirstOrDefault()?.Kind);
    }

    /// <summary>The circumstance the story named, answered around twice with other denials: never asked a third time.</summary>
    [Theory]
    [InlineData("en-GB", "the E60 gives barely warm water. I took the bottom cover off myself to look at the thermostat, then put it back", "it was never dropped and there were no power cuts, nobody else touched it")]
    [InlineData("zh-CN", "E60热水器水不热了，我自己把底盖卸下来看了看温控器，又装回去了", "没摔过，电压也正常，也没找别人修过")]
    public async Task CircumstancesToldAroundTheQuestionDoNotLoop(string locale, string story, string around)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "就这些" : "that's all", zh ? "对" : "yes",
            HeaterInWarranty, zh ? "一个礼拜了" : "about a week", around, around, around);

        Assert.True(state.Step is not Gathering || state.Asking != AfterSalesBot.Bot.Conversations.Complaints.FactQuestion.Circumstances, transcript);
    }

    /// <summary>A child burnt on the casing is a safety case at once.</summary>
    [Theory]
    [InlineData("en-GB", "my son burnt his fingers on the front panel of our Q7 stove just now, under the knobs")]
    [InlineData("zh-CN", "孩子刚才摸了一下Q7灶台前面板，手指被烫伤了")]
    public async Task AChildBurntOnTheCasingIsASafetyCase(string locale, string story)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story);

        Assert.True(state.Step == Escalated, transcript);
    }

    /// <summary>A customer who never stops typing: the story kept in the state stays bounded (it is read and written whole
    /// every turn), and its beginning is what is kept.</summary>
    [Fact]
    public async Task TheStoryKeptIsBounded()
    {
        var lines = Enumerable.Range(1, 45).Select(i => $"and one more thing I want to tell you, number {i}, " + new string('x', 150)).ToArray();
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB", ["hello, I have a long story to tell", .. lines]);

        Assert.True(state.Heard.Count <= AfterSalesBot.Bot.Conversations.Complaints.ComplaintConversation.MaxHeard, transcript);
        Assert.True(state.Heard.Sum(h => h.Length) <= AfterSalesBot.Bot.Conversations.Complaints.ComplaintConversation.MaxHeardChars, transcript);
        Assert.Contains("number 1,", state.Heard[0], StringComparison.Ordinal);
    }
}

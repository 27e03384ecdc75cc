using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirtieth round (2026-12-06): what the round-92–99 strangers' customers broke, replayed in whole conversations in
/// other words: questions about the remedy before saying yes or no, "why do you need that?", remote support refused for a
/// visit, a surge in a storm, a circumstance owned up to and disputed, and an elderly customer's first words.
/// </summary>
public sealed class RoundNinetyTwoConversationTests
{
    private const string LaserInWarranty = "LP22TA260240"; // LP-2200 laser printer, in warranty, no repairs
    private const string FinanceInWarranty = "FS8-2603-LGYF"; // Finance Suite 8 single-user, inside its service year
    private const string ElectricHeater = "DE60K251124"; // DSZ-E60 electric water heater, in warranty
    private const string GasHeater = "RH1626045574"; // JSQ-H16 gas water heater, in warranty
    private const string Inkjet = "IJ6802610995"; // IJ-680 inkjet, bought 12 days before the reference day

    private static Task<(ConversationDriver Driver, string Transcript)> AFreeRepairOfferedAsync(string locale) =>
        AnswerUntilTheOfferAsync(locale, [Zh(locale) ? "激光打印机这几天老卡纸" : "our laser printer has been jamming on every other page"],
            Answers(locale, "LP-2200", LaserInWarranty, Zh(locale) ? "修好就行" : "just get it working"));

    private static async Task<string> SayAsync(ConversationDriver driver, string text) =>
        string.Join("\n", (await driver.SayAsync(text)).Select(r => r.Text));

    /// <summary>Questions about the remedy before an answer (how soon, must someone be in, will it cost, can I go on using it):
    /// answered from the offer itself, and the offer still stands; a yes then agrees (before: "before I agree, how long…" was
    /// recorded as the agreement, and 师傅几点能来 got the gas-smell article).</summary>
    [Theory]
    [InlineData("en-GB", "before I say yes - how soon could someone get here, and does somebody have to stay in for them?", "phone", "right, go ahead then")]
    [InlineData("en-US", "hold on, would we be charged anything for the visit? and can we keep printing until then?", "free", "ok book it")]
    [InlineData("zh-CN", "师傅一般几天能到？到时候家里必须得有人吗", "电话", "行，那就来吧")]
    [InlineData("zh-CN", "上门要另外收钱吗？修好之前还能凑合用吗", "免费", "好的")]
    public async Task QuestionsAboutTheOfferAreAnsweredAndTheOfferStands(string locale, string questions, string answered, string yes)
    {
        var (driver, transcript) = await AFreeRepairOfferedAsync(locale);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);

        var replies = await SayAsync(driver, questions);
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement, replies);
        Assert.Null(state.CaseNumber);
        Assert.Contains(answered, replies, StringComparison.OrdinalIgnoreCase);

        replies = await SayAsync(driver, yes);
        Assert.True((await driver.StateAsync()).Step == Agreed, replies);
    }

    /// <summary>Questions first and a no after them is a refusal, never an agreement.</summary>
    [Theory]
    [InlineData("en-GB", "how long would the whole thing take? do I need to take the day off?", "no, forget it, that doesn't work for me")]
    [InlineData("zh-CN", "要等几天啊？修的时候要多久？", "那不行，等不了")]
    public async Task QuestionsThenANoRefuse(string locale, string questions, string no)
    {
        var (driver, transcript) = await AFreeRepairOfferedAsync(locale);
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);
        var replies = await SayAsync(driver, questions);
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, replies);
        replies = await SayAsync(driver, no);
        var state = await driver.StateAsync();
        Assert.True(state.Step != Agreed && state.Rejections == 1, replies);
    }

    /// <summary>Remote support refused for a visit ("no, not remote again, send an engineer"): a refusal, not the agreement its
    /// "send someone" sounds like (before: recorded as the remote session agreed).</summary>
    [Theory]
    [InlineData("en-GB", "no, not remote again - I want an engineer to come in")]
    [InlineData("en-US", "remote?? no. last time that took hours. just send somebody over")]
    [InlineData("zh-CN", "不要远程了，上次远程弄了一下午，派个人过来吧")]
    public async Task RemoteSupportRefusedForAVisitIsARefusal(string locale, string no)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "财务软件8的利润表合计数跟明细账对不上" : "the profit and loss totals in Finance Suite 8 don't match the ledger"],
            Answers(locale, "Finance Suite 8", FinanceInWarranty, Zh(locale) ? "弄好就行" : "sort it out please"));
        await using var _ = driver;
        var offered = await driver.StateAsync();
        Assert.True(offered.Step == AwaitingAgreement && offered.Offers[0].Kind == "RemoteSupport", transcript);
        var replies = await SayAsync(driver, no);
        var state = await driver.StateAsync();
        Assert.True(state.Step != Agreed && state.CaseNumber is null || state.Step == Escalated, replies);
        Assert.Equal(1, state.Rejections);
    }

    /// <summary>"Why do you need that?" asked instead of the answer: the reason is said and the same question stands (before:
    /// "That doesn't look like a serial", or an article about something else).</summary>
    [Theory]
    [InlineData("en-GB", FactQuestion.Serial, "why do you even need that number? your people installed it", "sale date")]
    [InlineData("en-US", FactQuestion.Serial, "why would you need the licence number, you activated it for us", "licence")]
    [InlineData("zh-CN", FactQuestion.Serial, "机身号有什么用啊？", "购买日期")]
    [InlineData("en-US", FactQuestion.Started, "why does it matter when it started?", "warranty")]
    [InlineData("zh-CN", FactQuestion.Started, "问什么时候开始的干嘛？", "保修")]
    [InlineData("en-GB", FactQuestion.Started, "does it even matter when? it's past the warranty anyway surely", "warranty")]
    [InlineData("zh-CN", FactQuestion.Started, "哪天坏的有关系吗？反正也过保了吧", "保修")]
    [InlineData("zh-CN", FactQuestion.Circumstances, "为什么问这个？你们是不是想说是我们弄坏的？", "工本费")]
    [InlineData("en-GB", FactQuestion.Circumstances, "why are you asking me that? do you think we broke it?", "cost fee")]
    [InlineData("zh-CN", FactQuestion.Circumstances, "问电压干嘛？电压跟卡纸有什么关系", "工本费")]
    [InlineData("zh-CN", FactQuestion.Phone, "要我手机号干嘛？", "推销")]
    [InlineData("en-GB", FactQuestion.Circumstances, "sorry, what is voltage exactly?", "too high or too low")]
    [InlineData("zh-CN", FactQuestion.Circumstances, "电压不稳是啥意思啊？", "太高")]
    public async Task WhyWeAskIsAnsweredAndTheQuestionStands(string locale, FactQuestion question, string why, string reason)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "LP-2200激光打印机老是卡纸" : "my LP-2200 laser printer keeps jamming");
        for (var turn = 0; turn < 8; turn++)
        {
            var state = await driver.StateAsync();
            if (state.Step == Gathering && state.Asking == question) break;
            await driver.SayAsync(state.Step == Confirming ? Zh(locale) ? "对" : "yes" : Answers(locale, "LP-2200", LaserInWarranty, "repair")[state.Asking]);
        }
        var replies = await SayAsync(driver, why);
        var after = await driver.StateAsync();
        Assert.True(after.Step == Gathering && after.Asking == question, replies);
        Assert.Contains(reason, replies, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A surge in a thunderstorm is unstable voltage (the fee), also when the storm is named again on its own later
    /// (before: "I know it was the storm" made it force majeure and the customer paid in full).</summary>
    [Fact]
    public async Task ASurgeInAStormNamedAgainIsStillVoltage()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["there was a thunderstorm on Monday night and a power surge, the lights flickered and the trip switch went",
             "since then our E60 water heater is dead, not a single light on it",
             "I know it was the storm's fault, not the heater's, but can you repair it?"],
            Answers("en-GB", "E60", ElectricHeater, "repair it please", "yes, the surge in the storm, nothing else"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "CoveredWithFee", transcript);
    }

    /// <summary>Water splashed on the heater, owned up to and said not to be the cause: a person decides (before: covered free).</summary>
    [Fact]
    public async Task ASplashOwnedUpToAndDisputedGoesToReview()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN",
            ["燃气热水器洗澡的时候出不来热水了", "前两天冲洗阳台的时候水溅到热水器上了，但我觉得跟这个没关系，不热是之前就开始的"],
            Answers("zh-CN", "H16", GasHeater, "修好", "水是溅到上面了，可我觉得不是这个原因，没拆过"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>A cleaning run from the printer's own menu, told at the circumstance question, is the "no" it starts with (before:
    /// "…from the menu" was a call for help, three times: a dead end).</summary>
    [Fact]
    public async Task ACleaningFromTheMenuAnswersTheCircumstanceQuestion()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-US", ["my IJ-680 prints white lines through every colour page"],
            Answers("en-US", "IJ-680", Inkjet, "repair it", "nope, I only ran the head cleaning from the printer's menu a couple of times"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step is AwaitingAgreement or Agreed or Escalated, transcript);
        Assert.DoesNotContain("At any time you can say", transcript);
    }

    /// <summary>An elderly customer's first words (their age, who helps them type, thanks for being there): patience offered and
    /// the story invited, never the greeting twice or "You're welcome!".</summary>
    [Theory]
    [InlineData("en-GB", "Good afternoon. I am 82 and my granddaughter is helping me with the typing", "take your time")]
    [InlineData("en-US", "Hello, thank you for being there, please be patient with me, I'm not good with computers", "take your time")]
    [InlineData("zh-CN", "你好，我年纪大了，孙子教我打的字，打得慢", "慢慢")]
    public async Task AnElderlyCustomersFirstWordsAreMetWithPatience(string locale, string first, string patience)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var replies = await SayAsync(driver, first);
        Assert.Contains(patience, replies, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("welcome", replies, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AfterSalesBot", replies, StringComparison.Ordinal);
    }

    /// <summary>"Why do you keep repeating it back? yes, that's it" at the restatement: the reason, and the yes counts (before the
    /// fix the reason came and the restatement again, for ever: a dead end).</summary>
    [Theory]
    [InlineData("en-GB", "why do you keep repeating it back to me? yes that's it")]
    [InlineData("zh-CN", "你为什么要重复一遍？对，就是这样")]
    public async Task WhyTheRestatementThenAYesConfirms(string locale, string why)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "LP-2200激光打印机老是卡纸" : "my LP-2200 laser printer keeps jamming");
        Assert.Equal(Confirming, (await driver.StateAsync()).Step);
        var replies = await SayAsync(driver, why);
        Assert.True((await driver.StateAsync()).Step == Gathering, replies);
    }
}

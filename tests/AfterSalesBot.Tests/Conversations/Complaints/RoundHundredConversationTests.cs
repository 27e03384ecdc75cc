using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-first round (2026-12-06): what the round-100–107 strangers' customers broke, replayed in whole conversations
/// in other words: something else cancelled, a heater left to freeze, a kick disputed, a birth in hospital, a cartridge the
/// printer will not read, the power not known beside a flicker, and answers that belong to another question.
/// </summary>
public sealed class RoundHundredConversationTests
{
    private const string LaserInWarranty = "LP22TA260240"; // LP-2200 laser printer, in warranty, no repairs
    private const string ElectricHeater = "DE60K251124"; // DSZ-E60 electric water heater, in warranty
    private const string Hood = "YT926028831"; // CXW-T9 range hood, sold 2026-04-24, in warranty, no repairs
    private const string Inkjet = "IJ6802610995"; // IJ-680 inkjet, bought 12 days before the reference day
    private const string NewNetworkFinance = "FN9-2610-LHQA"; // Finance Suite 9 network edition, bought 4 days before

    /// <summary>The customer's today in Shanghai: the driver runs on the real clock, the records are rebased to it.</summary>
    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    private static async Task<string> SayAsync(ConversationDriver driver, string text) =>
        string.Join("\n", (await driver.SayAsync(text)).Select(r => r.Text));

    /// <summary>Answers until the bot asks <paramref name="question"/> (a yes to the restatement).</summary>
    private static async Task UntilAskedAsync(ConversationDriver driver, FactQuestion question, IReadOnlyDictionary<FactQuestion, string> answers)
    {
        for (var turn = 0; turn < 8; turn++)
        {
            var state = await driver.StateAsync();
            if (state.Step == Gathering && state.Asking == question) return;
            await driver.SayAsync(state.Step == Confirming ? Zh(driver.Locale) ? "对" : "yes" : answers[state.Asking]);
        }
        Assert.Fail($"never asked {question}");
    }

    /// <summary>A yes that cancels something else (the bank's chargeback, the 12315 complaint): the agreement is recorded and the
    /// case numbered (before: "OK, I've stopped here" after the yes).</summary>
    [Theory]
    [InlineData("en-GB", "yes please, go ahead. I'll cancel the chargeback with my card company then")]
    [InlineData("zh-CN", "可以，就这么办，12315那边的投诉我回头去取消")]
    public async Task AYesThatCancelsSomethingElseAgrees(string locale, string yes)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "激光打印机老卡纸，再不解决我就投诉到12315" : "the laser printer jams constantly and I've opened a chargeback with my bank"],
            Answers(locale, "LP-2200", LaserInWarranty, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);
        var replies = await SayAsync(driver, yes);
        var state = await driver.StateAsync();
        Assert.True(state.Step == Agreed && state.CaseNumber is not null, replies);
    }

    /// <summary>"Does the place void the warranty?" asked in the story: answered, and the complaint goes on (before: the chat was
    /// cancelled at "cancel the warranty"); the power not known beside flickering lights goes to a person.</summary>
    [Fact]
    public async Task ThePlaceAskedAboutAndThePowerNotKnownGoToAPerson()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("en-GB",
            ["our T9 hood is completely dead, no lights, no fan",
             "the flat is in an old block by the harbour, damp air, the lights dip sometimes",
             "no idea whether there was a surge. would living by the sea cancel the warranty?"],
            Answers("en-GB", "T9", Hood, "repair",
                "nothing dropped or wet. the power I honestly can't say, the lights dip now and then but nobody has ever measured it"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.DoesNotContain("stopped here", transcript, StringComparison.OrdinalIgnoreCase);
        Assert.True(state.Verdict == "NeedsReview" && state.Step == Escalated, transcript);
    }

    /// <summary>Flickering lights told with a doubt, and the power then said not to be known: the voltage stays open and a person
    /// weighs it (before: neither counted, and a printer that keeps dying was repaired free without a word about the supply).</summary>
    [Theory]
    [InlineData("en-GB", "the office lights flicker now and then too, not sure that's got anything to do with it",
        "nothing dropped, no water, never opened. the electrics I can't say, nobody has ever checked them")]
    [InlineData("zh-CN", "我们这栋楼的灯偶尔会闪一下，不知道有没有关系", "没摔没进水也没拆过，电压稳不稳我说不上来")]
    public async Task ThePowerNotKnownGoesToAPerson(string locale, string flicker, string circumstances)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "激光打印机打着打着突然就断电了，过一会儿又自己好了" : "our laser printer just switches itself off mid job now and then, then comes back by itself", flicker,
             Zh(locale) ? "就这些" : "that's all"],
            Answers(locale, "LP-2200", LaserInWarranty, Zh(locale) ? "修好" : "repair", circumstances));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>A heater left full to freeze, owned up to: the cost fee (before: asked "which one was it?" and sent to review).</summary>
    [Theory]
    [InlineData("en-GB", "the E60 in our garage split its tank over the cold spell, I know I should have drained it",
        "yes, it froze because we left water in it and went away. nobody opened it")]
    [InlineData("zh-CN", "车库里的E60热水器冬天没放水，冻裂了，现在一直滴水", "是冻坏的，我们没放水，别的没有")]
    public async Task AHeaterLeftToFreezeIsRepairedForTheFee(string locale, string story, string circumstances)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story],
            Answers(locale, "E60", ElectricHeater, Zh(locale) ? "修一下，该多少钱就多少钱" : "repair it, I'll pay", circumstances));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "CoveredWithFee" && state.Offers[0].Kind == "PaidRepair", transcript);
    }

    /// <summary>A kick owned up to and said not to be the cause: a person decides (before: repaired free without a word).</summary>
    [Fact]
    public async Task AKickOwnedUpToAndDisputedGoesToReview()
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync("zh-CN",
            ["E60电热水器底下的接口漏水"],
            Answers("zh-CN", "E60", ElectricHeater, "修好", "孩子踢过热水器一脚，但漏的是底下接口，我觉得跟那一脚没关系"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>A baby brought home from hospital dates the fault; it is no injury (before: a top-priority safety case).</summary>
    [Theory]
    [InlineData("en-GB", "our T9 hood began rattling on high the week we brought our son home from the hospital, three weeks ago or so")]
    [InlineData("zh-CN", "宝宝从医院接回家那周，油烟机开大档就开始哐哐响，三个礼拜左右了")]
    public async Task ABirthIsNoSafetyCase(string locale, string story)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story],
            Answers(locale, "T9", Hood, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "Covered" && state.Offers[0].Kind == "FreeRepair", transcript);
    }

    /// <summary>An ink cartridge the printer will not read is the consumable, sold at its price (before: a free printer repair).</summary>
    [Theory]
    [InlineData("en-GB", "the IJ-680 keeps saying the black ink cartridge isn't recognised, I cleaned the contacts already", "a working cartridge")]
    [InlineData("zh-CN", "IJ-680喷墨打印机一直提示墨盒识别不了，触点擦过了", "换个能用的墨盒")]
    public async Task ACartridgeNotRecognisedIsTheConsumable(string locale, string story, string wish)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story], Answers(locale, "IJ-680", Inkjet, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Verdict == "NotCovered" && state.Offers[0].Kind == "PartReplacement", transcript);
    }

    /// <summary>The model given for the serial: the model is acknowledged and the serial asked for again, with where to find it
    /// (before: "That doesn't look like a serial or order number").</summary>
    [Theory]
    [InlineData("en-GB", "it's the T9, the black one above the hob", "model")]
    [InlineData("zh-CN", "就是那台T9油烟机", "型号")]
    public async Task TheModelGivenForTheSerialIsAcknowledged(string locale, string model, string word)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "油烟机开大档嗡嗡响" : "the range hood hums loudly on high");
        await UntilAskedAsync(driver, FactQuestion.Serial, Answers(locale, "T9", Hood, "repair"));
        var replies = await SayAsync(driver, model);
        var state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Serial, replies);
        Assert.Contains(word, replies, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("YT9", replies, StringComparison.Ordinal);
        Assert.DoesNotContain("doesn't look like", replies, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The fault told again for the circumstance question: noted, and the question asked again without "Sorry, I didn't
    /// catch that".</summary>
    [Theory]
    [InlineData("en-GB", "it just drones like a jet engine and rattles on the top speed", "didn't catch")]
    [InlineData("zh-CN", "开大档就嗡嗡响，跟拖拉机一样", "没听明白")]
    public async Task TheFaultToldAgainForTheCircumstancesIsNoted(string locale, string fault, string notThis)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "T9油烟机声音很大" : "my T9 hood is really noisy");
        await UntilAskedAsync(driver, FactQuestion.Circumstances, Answers(locale, "T9", Hood, "repair"));
        var replies = await SayAsync(driver, fault);
        var state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Circumstances, replies);
        Assert.DoesNotContain(notThis, replies, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"What can you offer me?" at the wish question: what the remedies are and that the warranty decides, and the question
    /// stands (before: "I couldn't find an article about that").</summary>
    [Theory]
    [InlineData("en-GB", "why, what are you able to offer?", "refund")]
    [InlineData("en-US", "what are my options?", "refund")]
    [InlineData("zh-CN", "你们一般能怎么处理？", "退货")]
    public async Task WhatCanYouOfferIsAnswered(string locale, string question, string word)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "激光打印机老卡纸" : "the laser printer keeps jamming");
        await UntilAskedAsync(driver, FactQuestion.Wants, Answers(locale, "LP-2200", LaserInWarranty, "repair"));
        var replies = await SayAsync(driver, question);
        var state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Wants, replies);
        Assert.Contains(word, replies, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("article", replies, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The purchase and then "the next day it failed" for the start: the day after the purchase (before: "That date is in
    /// the future").</summary>
    [Fact]
    public async Task TheNextDayAfterThePurchaseIsTheStart()
    {
        await using var driver = await ConversationDriver.StartAsync("en-GB");
        await driver.SayAsync("the new Finance Suite 9 network edition won't install, the setup stops with an error");
        await UntilAskedAsync(driver, FactQuestion.Started, Answers("en-GB", "Finance Suite 9 network", NewNetworkFinance, "help installing it"));
        var replies = await SayAsync(driver, "we bought it 4 days ago and tried to install it the next day, it failed");
        var state = await driver.StateAsync();
        Assert.DoesNotContain("future", replies, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Today().AddDays(-3), state.StartedOn);
    }

    /// <summary>这两周 at the start question: two weeks ago, taken (before: "noted", and the question asked again).</summary>
    [Fact]
    public async Task TheseTwoWeeksAnswerTheStart()
    {
        await using var driver = await ConversationDriver.StartAsync("zh-CN");
        await driver.SayAsync("激光打印机打出来的字越来越淡");
        await UntilAskedAsync(driver, FactQuestion.Started, Answers("zh-CN", "LP-2200", LaserInWarranty, "修好"));
        await driver.SayAsync("这两周慢慢变淡的");
        var state = await driver.StateAsync();
        Assert.Equal(Today().AddDays(-14), state.StartedOn);
    }
}

using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-third round (2026-12-07): what the round-116–123 strangers' customers broke, and the flaw the last round's
/// hold-outs exposed, replayed in whole conversations in other words.
/// </summary>
public sealed class RoundHundredSixteenConversationTests
{
    private const string Hob = "JQ525091280"; // Q5 hob, sold 364 days ago, never repaired
    private const string ExpiredHob = "JQ525057961"; // Q5 hob, sold 2025-05-31, warranty ended 2026-05-31
    private const string Copier = "DC30202608455"; // DC-3020, sold 48 days ago

    /// <summary>The wish and a person in one answer ("repair, but through a person", 修吧 不过我要找真人): the person is promised
    /// and the wish is kept, so the warranty answer and the offer come next (before: the wish was dropped and asked again, and
    /// the repeat handed the case over with no verdict).</summary>
    [Theory]
    [InlineData("en-GB", "repair it, but I want a real person dealing with it")]
    [InlineData("zh-CN", "修吧，不过我想找个真人来处理")]
    public async Task AWishGivenWithAPersonIsKept(string locale, string wish)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了" : "the right burner on my hob won't light any more"],
            Answers(locale, "Q5", Hob, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Verdict == "Covered" && state.Wants == "Repair", transcript);
        Assert.True(state.PersonAfterTheFacts, transcript);
        // The person promised is recalled once, before the offer.
        Assert.Contains(Zh(locale) ? "随时可以" : "one step away", transcript);
    }

    /// <summary>"no, I want a person" to the serial question: the person is promised and the serial is asked again, never read
    /// as "I have no serial".</summary>
    [Theory]
    [InlineData("en-GB", "no, I want a person")]
    [InlineData("zh-CN", "不要，我要人工")]
    public async Task ANoAndAPersonAtTheSerialQuestionIsNoAnswer(string locale, string no)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "我的Q5燃气灶右边的火点不着了" : "my Q5 hob's right burner won't light any more");
        await driver.SayAsync(Zh(locale) ? "对" : "yes");
        var state = await driver.StateAsync();
        Assert.Equal(FactQuestion.Serial, state.Asking);
        var replies = string.Join("\n", (await driver.SayAsync(no)).Select(r => r.Text));
        state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Serial && state.PersonAfterTheFacts && state.UnknownSerial is null, replies);
    }

    /// <summary>An earlier stage told at the restatement ("it was already slow to light … around eight months ago", 九个月前就已经…)
    /// moves the start back, into the warranty that has since ended: a colleague reviews it (before: the later date stood and a
    /// paid repair was offered).</summary>
    [Theory]
    [InlineData("en-GB", "the gas hob at our cottage, the right burner clicks but won't catch any more", "to be fair it was already slow to light when we shut the place up, around eight months ago")]
    [InlineData("zh-CN", "老家的燃气灶右边的火点不着了", "其实大概八个月前就已经不太好点了，那时候没在意")]
    public async Task AnEarlierStageToldAtTheRestatementMovesTheStart(string locale, string story, string earlier)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        await driver.SayAsync(Zh(locale) ? "上周去了才发现" : "found it like that last week");
        var replies = string.Join("\n", (await driver.SayAsync(earlier)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.StartedOn < new DateOnly(2026, 5, 31), replies);
    }

    /// <summary>Money for a loss asked as a question at the offer ("and what about the 600 yuan I spent on takeaways?") is never a
    /// yes to the offer: it is answered (a colleague decides, or a sum far beyond the cap is declined) (before: agreed).</summary>
    [Theory]
    [InlineData("en-GB", "and what about the 600 yuan I spent on takeaways?")]
    [InlineData("zh-CN", "那六百块外卖钱呢？")]
    public async Task MoneyAskedAtTheOfferIsNoYes(string locale, string money)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了" : "the right burner on my hob won't light any more"],
            Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        Assert.Equal(AwaitingAgreement, (await driver.StateAsync()).Step);
        var replies = string.Join("\n", (await driver.SayAsync(money)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step != Agreed && (state.Step == Escalated || state.CompensationDeclined), transcript + "\n" + replies);
    }

    /// <summary>A breaker the customer says tripped from an overload is no voltage damage (before: a cost fee).</summary>
    [Theory]
    [InlineData("en-GB", "no, the breaker only went because someone had three heaters on the same circuit. no surge, nothing else")]
    [InlineData("zh-CN", "没有，跳闸是因为同时开了空调和电暖气，过载了，电压没问题，别的也没有")]
    public async Task ABreakerTrippedByAnOverloadIsCovered(string locale, string answer)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "复印机昨天跳闸以后就开不了机了" : "the copier won't switch on since the breaker tripped yesterday"],
            Answers(locale, "DC-3020", Copier, Zh(locale) ? "修好" : "repair", answer));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Verdict == "Covered", transcript);
    }

    /// <summary>Only a part named ("the black ink in my IJ-680 is empty", 复印机提示墨粉没了): the restatement names the part, never
    /// quotes the customer back.</summary>
    [Theory]
    [InlineData("en-GB", "the black ink in my IJ-680 inkjet is completely empty, nothing else wrong", "ink cartridge")]
    [InlineData("zh-CN", "我们DC-3020复印机提示墨粉没了，别的没问题", "墨粉盒")]
    public async Task OnlyAPartNamedIsRestatedByThePart(string locale, string story, string part)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var replies = string.Join("\n", (await driver.SayAsync(story)).Select(r => r.Text));
        if ((await driver.StateAsync()).Step != Confirming)
            replies += "\n" + string.Join("\n", (await driver.SayAsync(Zh(locale) ? "就这些" : "that's all")).Select(r => r.Text));
        Assert.Contains(part, replies);
        Assert.DoesNotContain(Zh(locale) ? "您说：“" : "you told me", replies);
    }

    /// <summary>Money within the goodwill cap asked at the offer ("and the 80 yuan takeaway money as well please", 那八十块外卖钱呢)
    /// is the bot's to grant: granted beside the remedy, the offer stands, and a yes settles it (before: passed to a colleague).</summary>
    [Theory]
    [InlineData("en-GB", "and the 80 yuan takeaway money as well please")]
    [InlineData("zh-CN", "那八十块外卖钱呢")]
    public async Task MoneyWithinTheCapIsGrantedBesideTheRemedy(string locale, string money)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了" : "the right burner on my hob won't light any more"],
            Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        await driver.SayAsync(money);
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.GoodwillAdded == 80m, transcript);
        await driver.SayAsync(Zh(locale) ? "好的 修吧" : "ok, go ahead");
        state = await driver.StateAsync();
        Assert.Equal(Agreed, state.Step);
        // The handling agreement names the goodwill beside the repair, so the desk keeps the bot's word.
        await using var db = driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContext();
        var agreement = await db.Agreements.AsNoTracking().SingleAsync(a => a.CaseNumber == state.CaseNumber);
        Assert.Equal("FreeRepair", agreement.RemedyKind);
        Assert.Contains("80", agreement.RemedyDescription);
    }

    /// <summary>Money wished for the loss a fault caused, and nothing else, is the wish (ADR 0071 changed ADR 0069 here, for dev
    /// 028 and hold-out 120): the goodwill the bot may give comes first, and the offer says the fix comes with it.</summary>
    [Theory]
    [InlineData("en-GB", "I want you to pay for all the meals we had to eat out", "The fix comes with it")]
    [InlineData("zh-CN", "你们得赔我们这几天下馆子的钱", "故障也会一起免费处理")]
    public async Task MoneyWishedAloneForALossComesFirstWithTheFix(string locale, string wish, string fixToo)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着了，这几天只能出去吃" : "the right burner on my hob won't light any more, we've been eating out all week"],
            Answers(locale, "Q5", Hob, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.Offers[state.OfferIndex].Kind == "Goodwill", transcript);
        Assert.Contains(fixToo, transcript);
    }

    /// <summary>"that doesn't sound right to me, can you check?" after hearsay (他说的是真的吗 你们帮我查一下): the policy and the
    /// records decide, said plainly, and the facts go on (before: an unrelated article about a printer that won't switch on).</summary>
    [Theory]
    [InlineData("en-GB", "the shop told me the fuser counts as a consumable so it won't be free", "hmm that doesn't sound right to me. could you check?")]
    [InlineData("zh-CN", "店里的人说定影器算耗材，不保修", "他说的是真的吗？你们帮我查一下")]
    public async Task AskedToCheckHearsayIsAnsweredPlainly(string locale, string hearsay, string check)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(Zh(locale) ? "我的LP-2200打印机卡纸" : "my LP-2200 printer keeps jamming");
        await driver.SayAsync(hearsay);
        var before = (await driver.StateAsync()).Step;
        var replies = string.Join("\n", (await driver.SayAsync(check)).Select(r => r.Text));
        Assert.Contains(Zh(locale) ? "以保修条款" : "not what anyone said", replies);
        Assert.DoesNotContain(Zh(locale) ? "来源" : "source:", replies);
        Assert.Equal(before, (await driver.StateAsync()).Step);
    }
}

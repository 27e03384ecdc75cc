using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twenty-fifth round (2026-12-06): the gaps the twenty-fourth round named and left, in new words. A worry about
/// another fact dropped and the offer agreed in one message; "no repair shop nearby could fix it" is no outside repair; an
/// admission taken back takes back only what it names unless it was about another unit; a feeling "today" is not the
/// problem's start.
/// </summary>
public sealed class GapsNamedInRoundFortyEightTests
{
    private const string LaserPrinterEightMonths = "LP22TA260240"; // LP-2200 laser printer, sold about eight months ago
    private const string Phone = "13957126834";

    /// <summary>"was my number right? … yes. ok then, book it": the false alarm and the yes in one message is a yes (before:
    /// the offer was only said to still stand and asked again).</summary>
    [Theory]
    [InlineData("en-GB", "the LP-2200 smudges every page", "that's all", "yes", "a week ago", "no", "repair",
        "wait, is the mobile number right? yes it is, never mind. ok then, book the engineer")]
    [InlineData("zh-CN", "LP-2200打出来的纸都是脏的", "就这些", "对", "一周前", "没有", "修",
        "等一下，我手机号没留错吧……哦没错。那就安排师傅吧")]
    public async Task AFalseAlarmWithAYesIsAYes(string locale, string story, string done, string yes, string started, string no, string wish, string alarmThenYes)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, no, wish, Phone, alarmThenYes);

        Assert.True(state.Step == Agreed, transcript);
        Assert.Empty(state.Refused);
    }

    /// <summary>"nobody touched it, there isn't even a repair shop around here that could fix it": a denial, not an outside
    /// repair (before: 附近…维修店…修的 read as an admission).</summary>
    [Theory]
    [InlineData("zh-CN", "LP-2200一直卡纸", "就这些", "对", "一周前", "没有，我们这边附近也没有维修店能修的，一直没人动过", "修")]
    [InlineData("zh-CN", "LP-2200一直卡纸", "就这些", "对", "一周前", "都没有，周围连个修打印机的店都没有", "修")]
    public async Task NoShopNearbyIsNoOutsideRepair(string locale, string story, string done, string yes, string started, string denial, string wish)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, denial, wish, Phone);

        Assert.True(state.Verdict == "Covered", transcript);
        Assert.False(state.Causes.GetValueOrDefault("UNAUTHORISED_REPAIR"), transcript);
    }

    /// <summary>"correction: nobody ever opened it" after owning up to a fall and an opening: the opening is taken back, the fall
    /// stays, so the fee stands (before: every admission was cleared by any correction with a denial). The sheet keeps one answer
    /// per circumstance, so a spill and a fall (both user damage) cannot be told apart this way; 水没洒到机器上 is no denial.</summary>
    [Theory]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "yes, it fell off the desk, and a mate opened it up to have a look",
        "repair", "correction: nobody ever opened it, I mixed that up. the fall did happen though")]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "yes, it fell off the desk, and a mate opened it up to have a look",
        "repair", "scratch that bit about opening it, no one has ever taken the cover off")]
    [InlineData("zh-CN", "LP-2200老卡纸", "就这些", "对", "一周前", "有，从桌上掉下来过，还洒了点水在上面", "修", "说错了，水没洒到机器上，是洒在桌子上")]
    public async Task ATakeBackClearsOnlyWhatItNames(string locale, string story, string done, string yes, string started, string admitted, string wish, string takeBack)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, admitted, wish, takeBack, Phone);

        Assert.True(state.Causes.GetValueOrDefault("USER_DAMAGE"), transcript);
        Assert.True(state.Verdict == "CoveredWithFee", transcript);
    }

    /// <summary>"ugh, so annoyed today" with the fault: the feeling is today's, the fault's start is asked for (before: the start
    /// was set to today).</summary>
    [Theory]
    [InlineData("en-GB", "ugh so annoyed today, my LP-2200 keeps jamming")]
    [InlineData("en-US", "honestly really frustrated this morning. the LP-2200 won't stop jamming")]
    [InlineData("zh-CN", "今天真是气死我了，LP-2200一直卡纸")]
    public async Task AFeelingTodayIsNotTheStart(string locale, string story)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        var state = await driver.StateAsync();

        Assert.Null(state.StartedOn);
    }
}

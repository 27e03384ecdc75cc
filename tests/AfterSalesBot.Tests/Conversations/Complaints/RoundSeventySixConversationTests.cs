using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twenty-eighth round (2026-12-06): what the round-76–83 strangers' customers broke, replayed in whole
/// conversations in other words. A yes with a question about when, our repairs that did not last told without the fault's
/// name, a second product named after a question about the first, and a heater that lights.
/// </summary>
public sealed class RoundSeventySixConversationTests
{
    private const string LaserInWarranty = "LP22TA260240"; // LP-2200 laser printer, in warranty, no repairs
    private const string HeaterLeakFixedTwice = "DE60B250547"; // E60 water heater, extended warranty, its leak repaired twice
    private const string LaserJamFixedTwice = "LP22WW260485"; // LP-2200 laser printer, in warranty, paper jams repaired twice
    private const string HeaterErrorFixedTwice = "DE60G260348"; // E60 water heater, in warranty, its error code repaired twice

    /// <summary>Our repairs that did not last, with the fault told only by its effect (or in other words, said to be the same):
    /// the two earlier repairs of the unit's fault count, and the replacement they entitle the customer to is offered first (before: a free repair was offered and
    /// the replacement asked for went to a supervisor).</summary>
    [Theory]
    [InlineData("en-GB", "the neighbours below have a brown patch on their ceiling again", "your engineers were here twice about this and it keeps coming back",
        "the E60 water heater", HeaterLeakFixedTwice, "a new heater please")]
    [InlineData("zh-CN", "标书打出来又是皱巴巴的，明天就要交", "你们的师傅来修过两回了，每次好几天又这样", "LP-2200激光打印机", LaserJamFixedTwice, "换台新的")]
    [InlineData("zh-CN", "热水器面板上老是闪字母加数字，洗澡洗到一半没热水了", "你们来修过两趟了，还是同一个毛病", "E60电热水器", HeaterErrorFixedTwice, "给我换台新的")]
    public async Task RepairsThatDidNotLastCountWithoutTheFaultsName(string locale, string story, string more, string product, string serial, string wish)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [story, more, zh ? "没了" : "that's everything"], Answers(locale, product, serial, wish));
        await using var _ = driver;
        var state = await driver.StateAsync();

        Assert.True(state.Step == AwaitingAgreement, transcript);
        Assert.Equal("Replacement", state.Offers[0].Kind.ToString());
    }

    /// <summary>"可以 什么时候来" / "ok when will your guy come" at the offer: a yes, and when is answered by the agreement's
    /// next step (before: taken for a case-status question, a case number was asked for, and the offer came back for ever).</summary>
    [Theory]
    [InlineData("zh-CN", "可以 什么时候来")]
    [InlineData("zh-CN", "行啊 师傅啥时候能到")]
    [InlineData("en-GB", "ok when will your guy come")]
    [InlineData("en-US", "sure, what time would the technician come?")]
    public async Task AYesAskingWhenAccepts(string locale, string answer)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [zh ? "激光打印机老是卡纸，上周开始的" : "the laser printer keeps jamming since last week"],
            Answers(locale, "LP-2200", LaserInWarranty, zh ? "修好就行" : "just fix it"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);

        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var state = await driver.StateAsync();

        Assert.True(state.Step == Agreed, replies);
        Assert.Contains(state.CaseNumber!, replies);
    }

    /// <summary>A question about one product, then the complaint about another: the complaint's product is the one named in
    /// it (before: the copier that jams was restated as the range hood asked about first, and its serial was refused).</summary>
    [Theory]
    [InlineData("en-GB", "quick one, did my booking for the range hood service go through?", "different thing: we bought a copier four days ago and it jams on every copy, I want my money back")]
    [InlineData("zh-CN", "先问一下，我在网上约的油烟机清洗约上了吗？", "还有个事更要紧：前几天买的复印机每张都卡纸，我要退货")]
    public async Task TheComplaintsProductIsTheOneNamedInIt(string locale, string question, string complaint)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(question);
        var replies = string.Join("\n", (await driver.SayAsync(complaint)).Select(r => r.Text));
        var state = await driver.StateAsync();

        Assert.NotEqual("CXW-T9", state.Model);
        Assert.DoesNotContain(locale.StartsWith("zh", StringComparison.Ordinal) ? "油烟机" : "range hood", replies);
        Assert.True(state.Step == Confirming, replies);
    }

    /// <summary>A serial we said belongs to another product, given again: read off the nameplate twice, it names the product
    /// (before: refused three times, then a colleague).</summary>
    [Theory]
    [InlineData("en-GB", "the range hood is making a horrible grinding noise", "yes")]
    [InlineData("zh-CN", "油烟机噪音特别大，嗡嗡响", "对")]
    public async Task ASerialGivenAgainNamesTheProduct(string locale, string story, string yes)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        await driver.SayAsync(locale.StartsWith("zh", StringComparison.Ordinal) ? "就这些" : "that's all");
        await driver.SayAsync(yes);
        Assert.Equal(FactQuestion.Serial, (await driver.StateAsync()).Asking);

        await driver.SayAsync(LaserInWarranty);
        Assert.Null((await driver.StateAsync()).SaleDate);
        var replies = string.Join("\n", (await driver.SayAsync(LaserInWarranty)).Select(r => r.Text));
        var state = await driver.StateAsync();

        Assert.True(state.Model == "LP-2200" && state.SaleDate is not null, replies);
    }

    /// <summary>"ok fine, but yeah, my son did take the back off it" at a free repair: owned up to at the offer, so it is decided
    /// again, never taken as a yes (before: agreed to the free repair with the opening left out).</summary>
    [Theory]
    [InlineData("en-GB", "ok fine, but yeah, my son did take the back off it to have a look")]
    [InlineData("en-US", "well yes, he did open it up last week, i should say")]
    public async Task ACircumstanceOwnedUpToAtTheOfferDecidesAgain(string locale, string answer)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, ["the laser printer keeps jamming since last week"],
            Answers(locale, "LP-2200", LaserInWarranty, "just fix it"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);

        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var state = await driver.StateAsync();

        Assert.True(state.Step != Agreed && state.Causes.GetValueOrDefault("DISASSEMBLY"), replies);
    }

    /// <summary>A soft no to the only offer ("I'd rather not have someone take it apart", 不太想让人上门) is a no, so the customer
    /// hears what else there is (round 19 on this round's regression: asked "is that a yes?" three times, then a colleague). Since
    /// the twenty-ninth round what else there is, for the only remedy the policy gives, is that remedy explained as the only
    /// one, or a colleague (RoundEightyFourConversationTests).</summary>
    [Theory]
    [InlineData("en-GB", "hmm, I'd rather not have someone taking it apart...")]
    [InlineData("zh-CN", "不太想让人来家里拆……")]
    public async Task ASoftNoToTheOfferIsANo(string locale, string answer)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale, [zh ? "激光打印机老是卡纸，上周开始的" : "the laser printer keeps jamming since last week"],
            Answers(locale, "LP-2200", LaserInWarranty, zh ? "修好就行" : "just fix it"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);

        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));

        Assert.DoesNotContain(zh ? "不确定您是否同意" : "not sure whether that's a yes", replies);
        Assert.Contains(zh ? "唯一" : "only option", replies);
    }

    /// <summary>A gas heater that lights but gives lukewarm water is a fault, not a fire (before: a fire emergency).</summary>
    [Fact]
    public async Task AHeaterThatLightsIsNoEmergency()
    {
        await using var driver = await ConversationDriver.StartAsync("zh-CN");
        var replies = string.Join("\n", (await driver.SayAsync("H16燃气热水器能点着火，但是出来的水一直是温的，开到最大也没用")).Select(r => r.Text));
        var state = await driver.StateAsync();

        Assert.True(state.Step == Confirming, replies);
        Assert.DoesNotContain("119", replies);
    }
}

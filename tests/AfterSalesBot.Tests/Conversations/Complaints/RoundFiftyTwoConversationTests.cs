using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twenty-fifth round (2026-12-06): round 52–55 strangers' customers in whole conversations, in other words. A yes
/// with a detail for the engineer that says "no" ("there's no lift"); a remedy named back in one character with questions
/// after it (退。…吗？); an emergency said at the offer, with or after the yes; "stop the leak" at the wish question; the
/// customer's "we only had your repair guys open it"; a temper idiom that is no emergency.
/// </summary>
public sealed class RoundFiftyTwoConversationTests
{
    private const string LaserPrinterEightMonths = "LP22TA260240"; // LP-2200 laser printer, sold about eight months ago
    private const string CopierFourDaysOld = "DC45252609875"; // DC-4525 colour copier, sold four days ago: inside the return window
    private const string HoodInWarranty = "YT926068688"; // T9 range hood, in warranty
    private const string Phone = "13957126834";

    /// <summary>"ok, go ahead. fyi there's no parking outside": a yes with a note for the engineer (before: "no" made it a refusal
    /// and the case went to a person).</summary>
    [Theory]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "no", "repair",
        "alright, that's fine. fyi we're on the 5th floor and there's no elevator, so tell the technician")]
    [InlineData("en-US", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "no", "repair",
        "ok book it. heads up there is no parking on our street")]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "no", "repair",
        "fine. go ahead. not thrilled about any of it")]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "no", "repair",
        "right. ok. book it. not happy about it though")]
    public async Task AYesWithANoteForTheEngineerIsAYes(string locale, string story, string done, string yes, string started, string no, string wish, string answer)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, no, wish, Phone, answer);

        Assert.True(state.Step == Agreed, transcript);
        Assert.Empty(state.Refused);
    }

    /// <summary>"fine, free repair, no charge, great": a yes (before: the "no" of "no charge" was a refusal, and the next offer
    /// came, then a person).</summary>
    [Fact]
    public async Task NoChargeIsNoRefusal()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", LaserPrinterEightMonths,
            "a week ago", "no", "repair", Phone, "great, the repair then, no charge, perfect");

        Assert.True(state.Step == Agreed, transcript);
    }

    /// <summary>An extension asked beside the yes, answered, then kept up ("yes to the new one, but only with the extra year"):
    /// a supervisor decides (before: the yes was recorded and the extension dropped).</summary>
    [Theory]
    [InlineData("en-GB", "ok, the repair. but I also want an extra year of warranty for all this", "the repair yes, but only with the extra year. who approves that?")]
    [InlineData("zh-CN", "修可以，但是要给我延保一年", "修是可以，但延保一年必须给，这个谁批？")]
    public async Task AnExtensionKeptUpGoesToASupervisor(string locale, string first, string again)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, zh ? "LP-2200老卡纸" : "the LP-2200 keeps jamming", zh ? "就这些" : "that's all",
            zh ? "对" : "yes", LaserPrinterEightMonths, zh ? "一周前" : "a week ago", zh ? "没有" : "no", zh ? "修" : "repair", Phone, first, again);

        Assert.True(state.Step == Escalated, transcript);
    }

    /// <summary>"fine, send a new cartridge then" at the ink cartridge's price: a yes (hold-out r52-en-009: the cartridge was read
    /// again as a new fact, the offer re-decided on every answer, for ever — a dead end).</summary>
    [Theory]
    [InlineData("en-GB", "my IJ-680 is three days old and the colour cartridge already says empty", "fine, send a new cartridge then. how much was it again?")]
    [InlineData("zh-CN", "IJ-680的彩色墨盒才用几天就显示没墨了", "行吧，那就寄个新墨盒过来，多少钱来着？")]
    public async Task ACartridgeNamedBackAtItsPriceIsAYes(string locale, string story, string answer)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        await using var driver = await ConversationDriver.StartAsync(locale);
        foreach (var line in new[] { story, zh ? "就这些" : "that's all", zh ? "对" : "yes", "IJ6802610995", zh ? "昨天" : "yesterday",
            zh ? "没有" : "no", zh ? "换个墨盒" : "a new cartridge", Phone })
            await driver.SayAsync(line);
        var offered = await driver.StateAsync();
        Assert.Equal("PartReplacement", offered.Offers[offered.OfferIndex].Kind);

        var replies = await driver.SayAsync(answer);
        var state = await driver.StateAsync();

        Assert.True(state.Step == Agreed, string.Join("\n", replies.Select(r => r.Text)));
    }

    /// <summary>Hold-outs of round 57/59, in other words: "找个人来给修修" at the wish question is a repair, not a person; "不要钱啊
    /// 太好了 约个时间" at the free repair is a yes, not a refusal.</summary>
    [Fact]
    public async Task SomeoneToComeAndFixItIsARepair()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", "T9油烟机吸力变小了", "就这些", "对", HoodInWarranty, "一周前", "没有", "找个人来帮我修一下", Phone);

        Assert.True(state.Step == AwaitingAgreement, transcript);
    }

    [Fact]
    public async Task NotCostingMoneyIsNoRefusal()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", "T9油烟机吸力变小了", "就这些", "对", HoodInWarranty, "一周前", "没有", "修", Phone,
            "不收钱啊，太好了，那约个时间吧");

        Assert.True(state.Step == Agreed, transcript);
    }

    /// <summary>"退可以，那150块也得一起退" after the money was answered once (hold-out r56-zh-004): 150 is within the office line's
    /// goodwill cap, so since round 122 the bot grants it beside the refund (docs/coverage-rules.md, "After the verdict") and the
    /// yes settles both; a sum above the cap still goes to a person (<see cref="MoneyAboveTheCapNamedAgainBesideTheRefundGoesToAPerson"/>).</summary>
    [Fact]
    public async Task MoneyWithinTheCapNamedAgainBesideTheRefundIsGranted()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", "DC-4525复印出来全是黑的", "就这些", "对", CopierFourDaysOld, "昨天", "没有", "退货", Phone,
            "退货可以。但是送货的时候收了我150块搬运费，这钱你们得赔", "退可以，那150块也得一起退给我");

        Assert.True(state.Step == Agreed && state.GoodwillAdded == 150m, transcript);
    }

    [Fact]
    public async Task MoneyAboveTheCapNamedAgainBesideTheRefundGoesToAPerson()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", "DC-4525复印出来全是黑的", "就这些", "对", CopierFourDaysOld, "昨天", "没有", "退货", Phone,
            "退货可以。但是送货的时候收了我450块搬运费，这钱你们得赔", "退可以，那450块也得一起退给我");

        Assert.True(state.Step == Escalated, transcript);
    }

    /// <summary>"退。那你们什么时候来拿？" at the refund: the remedy named back, then questions (before: "not sure whether that's a
    /// yes" three times, then a person).</summary>
    [Theory]
    [InlineData("zh-CN", "DC-4525复印出来全是黑的", "就这些", "对", "昨天", "没有", "退货", "退。那机器你们来拉走吗？钱几天到账？")]
    [InlineData("zh-CN", "DC-4525复印出来全是黑的", "就这些", "对", "昨天", "没有", "退货", "退吧。要我把箱子找出来吗？")]
    public async Task TheRemedyNamedBackThenAQuestionIsAYes(string locale, string story, string done, string yes, string started, string no, string wish, string answer)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, CopierFourDaysOld, started, no, wish, Phone, answer);

        Assert.True(state.Step == Agreed, transcript);
        Assert.Equal("Refund", state.Offers[state.OfferIndex].Kind);
    }

    /// <summary>An emergency said with the yes at the offer ("ok. oh and a spark came out of the plug this morning"): the safety
    /// advice, and the case raised to Safety (before: the yes was recorded and the spark never read).</summary>
    [Theory]
    [InlineData("zh-CN", "LP-2200老卡纸", "就这些", "对", "一周前", "没有", "修", "可以。对了，今天早上插电的时候插座那冒了个火花，这个正常吗")]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "no", "repair",
        "yes please. oh and there's a burnt smell coming off the back when it's been on a while, probably nothing")]
    public async Task AnEmergencyAtTheOfferRaisesASafetyCase(string locale, string story, string done, string yes, string started, string no, string wish, string answer)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        foreach (var line in new[] { story, done, yes, LaserPrinterEightMonths, started, no, wish, Phone })
            await driver.SayAsync(line);
        await driver.SayAsync(answer);
        var state = await driver.StateAsync();

        Assert.NotNull(state.CaseNumber);
        await using var db = await driver.Get<IDbContextFactory<EscalationDbContext>>().CreateDbContextAsync();
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Number == state.CaseNumber);
        Assert.Equal(CasePriority.Safety, c.Priority);
    }

    /// <summary>"修可以，但这事我要跟你们负责的人说" at the offer: someone in charge asked for, so a person takes it, with the
    /// offer on the case (before: the 可以 was recorded as the agreement and the request lost).</summary>
    [Theory]
    [InlineData("修可以，但是三个月坏两次，这个事我要找你们负责的人说")]
    [InlineData("行吧，不过让你们管事的来跟我说一下")]
    public async Task SomeoneInChargeAskedForAtTheOfferIsAPerson(string answer)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", "LP-2200老卡纸", "就这些", "对", LaserPrinterEightMonths, "一周前", "没有", "修", Phone, answer);

        Assert.True(state.Step == Escalated, transcript);
    }

    /// <summary>"stop the leak" at the wish question is a repair (before: "OK, I've stopped here").</summary>
    [Fact]
    public async Task StopTheLeakIsARepair()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB", "the T9 hood drips oil onto the hob", "that's all", "yes",
            HoodInWarranty, "a week ago", "no", "stop the dripping", Phone);

        Assert.True(state.Step is AwaitingAgreement or Agreed, transcript);
        Assert.Equal("FreeRepair", state.Offers.FirstOrDefault()?.Kind);
    }

    /// <summary>"nobody here took it apart, only your repair guys ever opened it": covered, no fee (before: the opening was read
    /// as the customer's, and a cost fee charged for it).</summary>
    [Fact]
    public async Task OurRepairGuysOpeningItCostsNothing()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB", "the T9 hood is humming loudly again", "that's all", "yes",
            HoodInWarranty, "about ten days ago", "no, nobody here took it apart, only your repair guys ever opened it", "repair", Phone);

        Assert.True(state.Verdict == "Covered", transcript);
    }

    /// <summary>A power cut while posting, owned up to and denied as the cause of a failed restore: the finance policy names a
    /// power cut during posting, so it is asked about plainly; owned up to but denied as the cause, it is disputed and a colleague
    /// reviews (before: covered, the power cut never read).</summary>
    [Theory]
    [InlineData("zh-CN", "财务软件的备份还原不了，一还原就提示数据损坏", "那天做账做到一半停了一次电，不过我觉得跟这个没关系，停电前备份就报错了")]
    [InlineData("en-GB", "our finance software won't restore the backup, says the file is corrupt", "there was a power cut while we were posting that day, but I don't think that's the cause, the backup was already failing before")]
    public async Task APowerCutWhilePostingDeniedAsTheCauseIsReviewed(string locale, string story, string more)
    {
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, more, zh ? "对" : "yes", "FS8-2605-TMST", zh ? "一个礼拜前" : "a week ago",
            zh ? "是的，停过一次电，但我觉得不是这个原因" : "yes the power went off that once, but that's not why it fails", zh ? "远程帮我弄好" : "fix it remotely", Phone);

        Assert.True(state.Verdict == "NeedsReview", transcript);
    }

    /// <summary>"气得我头顶冒烟" with a fault: temper, not smoke; the complaint goes on.</summary>
    [Fact]
    public async Task ATemperIdiomIsNoSafetyCase()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", "LP-2200又卡纸了，气得我头顶冒烟", "就这些", "对", LaserPrinterEightMonths, "一周前", "没有", "修", Phone);

        Assert.True(state.Step == AwaitingAgreement, transcript);
        Assert.Equal("Covered", state.Verdict);
    }
}

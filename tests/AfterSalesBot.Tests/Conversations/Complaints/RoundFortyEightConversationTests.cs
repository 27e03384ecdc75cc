using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twenty-fourth round (2026-12-05): round 48–51 strangers' customers in whole conversations, in other words.
/// A circumstance owned up to at the offer after it was denied, a wish changed at the offer with "no repair", a start date
/// corrected by naming what the other date was, a false alarm about the phone number at the offer, a thumbs-up, and water
/// owned up to but denied as the cause.
/// </summary>
public sealed class RoundFortyEightConversationTests
{
    private const string LaserPrinterEightMonths = "LP22TA260240"; // LP-2200 laser printer, sold about eight months ago
    private const string CopierFourDaysOld = "DC45252609875"; // DC-4525 colour copier, sold four days ago
    private const string CopierEightDaysOld = "DC30202610254"; // DC-3020 copier, sold eight days ago: inside the exchange window
    private const string HoodInWarranty = "YT926068688"; // T9 range hood, in warranty
    private const string Phone = "13957126834";

    /// <summary>Denied at the question, owned up to at the offer with "I forgot": decided again, a cost fee (before: the free
    /// repair stood, or "啊对了…" was even taken as the yes).</summary>
    [Theory]
    [InlineData("en-GB", "the LP-2200 prints pale streaks down the page", "that's all", "yes", "four days ago", "no", "repair",
        "hang on, I should have mentioned this earlier: my son knocked it off the desk last week. that's on us")]
    [InlineData("zh-CN", "LP-2200打印出来有一道道白印", "就这些", "对", "四天前", "没有", "修",
        "哦对了刚才忘说了，上周我儿子把它从桌上碰掉地上了，是我们的问题")]
    [InlineData("zh-CN", "LP-2200打印出来有一道道白印", "就这些", "对", "四天前", "没有", "修",
        "不好意思刚才没讲，其实之前找外面一家修电脑的店拆开弄过")]
    public async Task ACircumstanceOwnedUpToAtTheOfferIsDecidedAgain(string locale, string story, string done, string yes, string started, string no, string wish, string confession)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, no, wish, Phone, confession);

        Assert.True(state.Verdict == "CoveredWithFee", transcript);
        Assert.True(state.Step == AwaitingAgreement, transcript);
        Assert.Equal("PaidRepair", state.Offers[state.OfferIndex].Kind);
    }

    /// <summary>"no repair then, I'd rather send it back" at the free repair, four days after the sale: decided again for the
    /// new wish, so the refund is the offer (before: "another option", the repair left as the first offer on the case).</summary>
    [Theory]
    [InlineData("en-GB", "the DC-4525 copies come out with a pink tint", "that's all", "yes", "yesterday", "no", "fix it",
        "wait, it's only four days old. forget the repair, I'd rather return it and get my money back")]
    [InlineData("zh-CN", "DC-4525复印出来颜色发红", "就这些", "对", "昨天", "没有", "修一下",
        "等下，这台才买四天，那就不修了，我要退货退款")]
    public async Task AWishChangedAtTheOfferIsDecidedAgain(string locale, string story, string done, string yes, string started, string no, string wish, string change)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, CopierFourDaysOld, started, no, wish, Phone, change);

        Assert.True(state.Offers[state.OfferIndex].Kind == "Refund", transcript);
        Assert.DoesNotContain(state.Refused, o => o.Kind == "FreeRepair");
    }

    /// <summary>"the three weeks ago was when I descaled it; the noise began last week": the date that is not the one we
    /// held is the start (before: the same wrong start came back).</summary>
    [Theory]
    [InlineData("en-GB", "the T9 hood has been rattling for about two months", "no, wait. two months ago is when we moved in. the rattling only began last week", 7)]
    [InlineData("zh-CN", "T9油烟机异响大概两个月了", "不对，两个月前是我们搬进来的时候，响是上周才开始的", 7)]
    public async Task AStartCorrectedByNamingTheOtherDateSticks(string locale, string story, string correction, int weekAgo)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        await driver.SayAsync(story);
        var replies = await driver.SayAsync(correction);
        var state = await driver.StateAsync();

        Assert.NotNull(state.StartedOn);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        Assert.InRange(today.DayNumber - state.StartedOn!.Value.DayNumber, weekAgo - 3, weekAgo + 7);
        Assert.Contains(replies, r => (r.Text ?? "").Contains(state.StartedOn!.Value.Year.ToString(), StringComparison.Ordinal));
    }

    /// <summary>"was the number I gave right? … yes it was, never mind" at the offer: no refusal, the offer stands.</summary>
    [Theory]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "no", "repair", "oh no, did I type the phone number wrong? … no, it's fine, ignore me", "yes please")]
    [InlineData("zh-CN", "LP-2200老卡纸", "就这些", "对", "一周前", "没有", "修", "等下，我电话是不是留错了……哦没错，没事", "可以")]
    public async Task AFalseAlarmAtTheOfferIsNoRefusal(string locale, string story, string done, string yes, string started, string no, string wish, string alarm, string agree)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, no, wish, Phone, alarm, agree);

        Assert.Empty(state.Refused);
        Assert.True(state.Step == Agreed, transcript);
    }

    /// <summary>Thumbs-ups all the way and "new one pls" inside the exchange window: confirmed once, a replacement offered
    /// first, agreed (before: 👍 was not understood and the bench's customer looped on the offer).</summary>
    [Fact]
    public async Task ThumbsUpsAndNewOnePlease()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB", "copier jams every few sheets", "DC-3020, only had it a week", "👍",
            CopierEightDaysOld, "2 days ago", "nope", "new one pls", Phone, "👍");

        Assert.Equal("Replacement", state.Offers.FirstOrDefault()?.Kind);
        Assert.True(state.Step == Agreed, transcript);
    }

    /// <summary>An admission taken back later ("scratch that, it was the other printer"): every circumstance it owned up to is
    /// taken back, so the repair is free again (hold-out r48-en-013: the leak's force majeure stayed and a fee was charged).</summary>
    [Theory]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "yes, there was a flood in the office and I think water got on it",
        "repair", "sorry, scratch that: the flooded room was where the other printer is. this one never got wet")]
    [InlineData("en-GB", "the LP-2200 keeps jamming", "that's all", "yes", "a week ago", "yes, a pipe burst and I think water reached it",
        "repair", "forget I said that. the burst pipe was above the other printer; this one has never been wet")]
    [InlineData("zh-CN", "LP-2200老卡纸", "就这些", "对", "一周前", "有，摔过一次", "修", "不好意思说错了，摔的是另一台，这台没摔过")]
    public async Task AnAdmissionTakenBackLaterIsTakenBack(string locale, string story, string done, string yes, string started, string admitted, string wish, string takenBack)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, done, yes, LaserPrinterEightMonths, started, admitted, wish, takenBack, Phone);

        Assert.True(state.Verdict == "Covered", transcript);
        Assert.Equal("FreeRepair", state.Offers.FirstOrDefault()?.Kind);
    }

    /// <summary>"no thx" and "n" to "anything else?" close the story: restated once, not asked again.</summary>
    [Theory]
    [InlineData("no thx")]
    [InlineData("n")]
    public async Task TerseClosingsEndTheStory(string closing)
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB", "accounting software wont open on the new pc",
            "crashes right at startup w/ an error, need it by fri", closing);

        Assert.True(state.Step != Listening, transcript);
    }

    /// <summary>Water owned up to and denied as the cause of a jam: a disputed cause, a colleague reviews (rule 5).</summary>
    [Fact]
    public async Task WaterOwnedUpToButDeniedAsTheCauseIsReviewed()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("zh-CN", "T9油烟机吸力变小了", "就这些", "对", HoodInWarranty, "一周前",
            "有，打扫的时候水溅到机器上了，但我觉得跟吸力没关系，别的都没有", "修", Phone);

        Assert.True(state.Verdict == "NeedsReview", transcript);
    }
}

using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, twentieth round (2026-12-05): round 32/33 strangers' customers in whole conversations, in other words.
/// The language the customer mostly writes in holds against short English answers in a Chinese chat ("yes", "OK"),
/// text pasted in the other language (a rating label, an error screen, a relative's quoted message), and changes only
/// when the customer goes on in the other language; installations by the customer's own fitter.
/// </summary>
public sealed class RoundThirtyTwoConversationTests
{
    private const string CopierInWarranty = "DC30202605809"; // DC-3020 copier, in warranty
    private const string GasHeaterInWarranty = "RH1626015821"; // H16 gas water heater, in warranty, never repaired

    /// <summary>A Chinese chat answered "yes", "OK", "no" and a pasted label in Latin letters stays Chinese to the end.</summary>
    [Fact]
    public async Task ShortEnglishAnswersKeepAChineseChatChinese()
    {
        var (state, transcript, replies) = await PlayAsync("zh-CN", 0, "办公室的复印机DC-3020老是卡纸，烦死了", "没了", "yes",
            $"标签上写的 Model: DC-3020  S/N: {CopierInWarranty}  220-240V~  Made in China", "4 days ago", "no", "repair", "13957126834", "OK");

        Assert.Equal("zh", state.Language);
        Assert.True(state.Step == Agreed, transcript);
        AssertEveryReplyIn(replies, transcript, zh: true);
    }

    /// <summary>An error screen pasted on its own, all in English, inside a Chinese chat: the answer stays Chinese.</summary>
    [Fact]
    public async Task APastedEnglishScreenKeepsAChineseChatChinese()
    {
        var (state, transcript, replies) = await PlayAsync("zh-CN", 0, "复印机DC-3020一复印就卡纸", "屏幕上是这样写的：",
            "PAPER JAM\nMisfeed in tray 1 (J-21)\nOpen the right door and remove the paper.\nPress Start to continue.");

        Assert.Equal("zh", state.Language);
        AssertEveryReplyIn(replies, transcript, zh: true);
    }

    /// <summary>A relative's message quoted in Chinese inside an English chat: the chat stays English.</summary>
    [Fact]
    public async Task AQuotedChineseMessageKeepsAnEnglishChatEnglish()
    {
        var (state, transcript, replies) = await PlayAsync("en-GB", 0, "Hi, I'm sorting this out for my father, here's what he texted me:",
            "> 热水器又没有热水了\n> 一开就是凉水\n> 你帮我问问", "so his H16 gas water heater gives only cold water, since about four days ago");

        Assert.Equal("en", state.Language);
        AssertEveryReplyIn(replies, transcript, zh: false);
    }

    /// <summary>A Chinese customer in a browser set to English who answers "no" stays in Chinese.</summary>
    [Fact]
    public async Task ChineseTypedInAnEnglishBrowserStaysChinese()
    {
        var (state, transcript, replies) = await PlayAsync("en-US", 0, "你好，燃气热水器H16不出热水了，前天开始的", "没有了", "对",
            GasHeaterInWarranty, "no", "ok 修吧", "13957126834");

        Assert.Equal("zh", state.Language);
        Assert.True(state.Step == AwaitingAgreement, transcript);
        AssertEveryReplyIn(replies, transcript, zh: true);
    }

    /// <summary>A customer who goes on in the other language, in a sentence of their own, is followed.</summary>
    [Theory]
    [InlineData("en-GB", "the dishwasher won't drain, there's water standing in the bottom", "不好意思，我还是用中文说吧，洗碗机底下一直积水排不出去", "zh")]
    [InlineData("zh-CN", "洗碗机不排水了，底下全是水", "sorry, my husband will type from here, he prefers English. The dishwasher won't drain at all", "en")]
    public async Task ASwitchInAWholeSentenceIsFollowed(string locale, string first, string second, string language)
    {
        var (state, transcript, replies) = await PlayAsync(locale, 1, first, second);

        Assert.Equal(language, state.Language);
        AssertEveryReplyIn(replies, transcript, zh: language == "zh");
    }

    /// <summary>Installed by a fitter the customer found, who put in a hose of his own, said plainly when asked: the
    /// modification is taken, and the repair costs the fee.</summary>
    [Theory]
    [InlineData("en-GB", "the H16 gas water heater leaks at the water connection", "yes - we had our own plumber put it in and he used his own hose, not the one from the box")]
    [InlineData("zh-CN", "H16燃气热水器进水接口那里漏水", "是的，是我们自己请的师傅装的，软管是他自己带的，不是原配的那根")]
    public async Task OurOwnFittersPartsAreAModification(string locale, string story, string circumstances)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "就这些" : "that's all", zh ? "对" : "yes",
            GasHeaterInWarranty, zh ? "十来天前" : "about ten days ago", circumstances, zh ? "修" : "repair please", "13957126834");

        Assert.True(state.Verdict == "CoveredWithFee", transcript);
    }

    private const string GasHeaterLeakedTwice = "RH1626062609"; // H16 gas water heater, in warranty, two leak repairs by us

    /// <summary>Money asked on top of a refund at its offer (round 34): answered, the refund still standing, never "thank you for
    /// the correction" and the warranty decided again. Eighty is within the kitchen line's goodwill cap, so since round 122 the
    /// bot grants it beside the refund (docs/coverage-rules.md, "After the verdict") rather than passing it to a colleague.</summary>
    [Theory]
    [InlineData("zh-CN", "热水器又漏水了，你们修了两次都没修好", "退是肯定要退的，我为这事请了三次假，再补我八十块不算多吧", "行，那就先退吧")]
    [InlineData("en-GB", "the H16 is leaking again after your two repairs", "ok refund it, but I've taken three days off work for this, I want 80 yuan on top", "fine, the refund then")]
    public async Task MoneyOnTopOfARefundIsNoCorrection(string locale, string story, string money, string agree)
    {
        var zh = locale == "zh-CN";
        var (state, transcript) = await ConversationDriver.PlayAsync(locale, story, zh ? "就这些" : "that's all", zh ? "对" : "yes",
            GasHeaterLeakedTwice, zh ? "三天前" : "three days ago", zh ? "没有" : "no", zh ? "退货" : "a refund", "13957126834", money, agree);
        var answer = transcript[transcript.LastIndexOf("> " + money, StringComparison.Ordinal)..transcript.LastIndexOf("> " + agree, StringComparison.Ordinal)];

        Assert.DoesNotContain(zh ? "谢谢您的更正" : "correction", answer, StringComparison.Ordinal);
        Assert.Contains(zh ? "补偿款" : "goodwill payment", answer, StringComparison.OrdinalIgnoreCase);
        Assert.True(state.Step == Agreed && state.GoodwillAdded == 80m, transcript);
        Assert.Equal("Refund", state.Offers.FirstOrDefault()?.Kind);
    }

    /// <summary>A large sum for damage refused once and insisted on beside a yes to the remedy goes to a person.</summary>
    [Fact]
    public async Task MoneyInsistedOnBesideAYesGoesToAPerson()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB", "the H16 is leaking again after your two repairs, water everywhere",
            "that's all", "yes", GasHeaterLeakedTwice, "two days ago", "no", "a new one", "13957126834",
            "the wall behind it is ruined, the decorator wants 1500 yuan and I want that paid too",
            "the new heater yes, but I'm not dropping the 1500 for the wall");

        Assert.True(state.Step == Escalated, transcript);
    }

    /// <summary>More money than the bot may give (the goodwill cap) asked back at a discount's offer is no yes to the
    /// discount: a colleague decides (round 34).</summary>
    [Fact]
    public async Task AFeeAskedBackAtADiscountGoesToAPerson()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB",
            "we paid your technician 450 a fortnight ago to fix our ZD-630K and it's printing faint again, I want the 450 back",
            "that's all", "yes", "ZD630K240866", "three days ago", "no", "13957126834", "the 450 we already paid, I want it returned before anything else");

        Assert.True(state.Step == Escalated, transcript);
    }

    /// <summary>The same, the fee named back without a sum the bot could read as asked ("I want that refunded first").</summary>
    [Fact]
    public async Task AFeeRefundedFirstAtADiscountGoesToAPerson()
    {
        var (state, transcript) = await ConversationDriver.PlayAsync("en-GB",
            "our ZD-630K is printing faint again, your technician fixed it a fortnight ago and I want that 450 back",
            "that's all", "yes", "ZD630K240866", "three days ago", "no", "13957126834",
            "the 450 we handed over last time for a repair that didn't last - I want that refunded before anything else");

        Assert.True(state.Step == Escalated, transcript);
    }

    /// <summary>Plays the lines and keeps the bot's replies apart, from the given customer line on.</summary>
    private static async Task<(ComplaintState State, string Transcript, List<string> Replies)> PlayAsync(string locale, int repliesFrom, params string[] lines)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var transcript = new List<string>();
        var replies = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            transcript.Add("> " + lines[i]);
            var said = (await driver.SayAsync(lines[i])).Select(r => r.Text).OfType<string>().ToList();
            transcript.AddRange(said);
            if (i >= repliesFrom) replies.AddRange(said);
        }
        return (await driver.StateAsync(), string.Join("\n", transcript), replies);
    }

    private static void AssertEveryReplyIn(List<string> replies, string transcript, bool zh)
    {
        Assert.NotEmpty(replies);
        foreach (var reply in replies.Where(r => r.Any(char.IsLetter)))
            Assert.True(reply.Any(c => c is >= '\u4e00' and <= '\u9fff') == zh, $"Reply not in {(zh ? "Chinese" : "English")}: {reply}\n---\n{transcript}");
    }
}

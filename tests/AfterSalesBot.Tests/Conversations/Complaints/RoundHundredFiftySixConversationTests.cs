using AfterSalesBot.Bot.Conversations.Complaints;
using static AfterSalesBot.Bot.Conversations.Complaints.ComplaintStep;
using static AfterSalesBot.Tests.Conversations.Complaints.ScriptedCustomer;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 12, thirty-eighth round (2026-12-07): what the round-156–163 strangers' customers broke, replayed in whole
/// conversations in other words.
/// </summary>
public sealed class RoundHundredFiftySixConversationTests
{
    private const string Hob = "JQ526067582"; // Q5 hob, sold 58 days ago, never repaired
    private const string Copier = "DC30202608455"; // DC-3020 copier

    /// <summary>The copier's story, answered until <paramref name="question"/> is open.</summary>
    private static Task<(ConversationDriver Driver, string Transcript)> UntilAsync(string locale, FactQuestion question) =>
        CopierUntilAsync(locale, question, Copier);

    /// <summary>A customer who asks for WeChat or e-mail to send pictures hears that photos and videos can be sent right here
    /// (the chat takes attachments and keeps them with the case). Before: "you can show photos to the technician then".</summary>
    [Theory]
    [InlineData("en-GB", "is there a WeChat I can add you on? easier to send pictures there", "sent right here")]
    [InlineData("zh-CN", "能加个微信吗？我拍个视频发你们看", "直接在这个对话里发送")]
    public async Task PicturesAskedAboutOnAnotherChannelCanBeSentHere(string locale, string asked, string here)
    {
        var (driver, transcript) = await UntilAsync(locale, FactQuestion.Serial);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(asked)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(replies.Contains(here, StringComparison.Ordinal) && after.Asking == FactQuestion.Serial && after.Step == Gathering,
            transcript + "> " + asked + "\n" + replies);
    }

    private const string Software = "FS9-2610-CDNH"; // Finance Suite 9, sold 4 days ago

    /// <summary>"huh? oh yeah, that's it", 你说什么？哦，对的 at the restatement: the "what?" asks nothing more, and the yes after it
    /// confirms. Before: an unrelated article, then the same restatement again and again.</summary>
    [Theory]
    [InlineData("en-GB", "huh? oh yeah, that's it")]
    [InlineData("en-GB", "sorry, what have you written down so far? ... yep that's correct")]
    [InlineData("zh-CN", "你说什么？哦，对的")]
    [InlineData("zh-CN", "没看明白，你再说一遍？嗯，是这样")]
    [InlineData("zh-CN", "啥意思？噢对")]
    public async Task AWhatBeforeAYesAtTheRestatementConfirms(string locale, string answer)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var transcript = string.Join("\n", (await driver.SayAsync(Zh(locale) ? "复印机一直卡纸，就这些" : "the copier keeps jamming, that's all")).Select(r => r.Text));
        Assert.Equal(Confirming, (await driver.StateAsync()).Step);
        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Serial, transcript + "\n> " + answer + "\n" + replies);
    }

    /// <summary>"say that again?", 再说一遍，没看清 alone: the open question is said again (the serial question, the offer), and
    /// nothing is taken as an answer or a refusal.</summary>
    [Theory]
    [InlineData("en-GB", "say that again?")]
    [InlineData("zh-CN", "再说一遍，没看清")]
    public async Task AskedToRepeatAFactQuestionTheBotSaysItAgain(string locale, string again)
    {
        var (driver, transcript) = await UntilAsync(locale, FactQuestion.Serial);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(again)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(after.Asking == FactQuestion.Serial && after.Step == Gathering && replies.Contains(Zh(locale) ? "再问一遍：请提供机身号码" : "here it is again: Could you give me the serial", StringComparison.Ordinal)
                    && !replies.Contains("(source", StringComparison.Ordinal) && !replies.Contains("来源", StringComparison.Ordinal),
            transcript + "> " + again + "\n" + replies);
    }

    [Theory]
    [InlineData("en-GB", "sorry what was that?")]
    [InlineData("zh-CN", "你刚才说的啥？")]
    public async Task AskedToRepeatTheOfferTheOfferIsSaidAgain(string locale, string again)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "燃气灶右边的火点不着" : "the right burner on the hob won't catch"], Answers(locale, "Q5", Hob, Zh(locale) ? "修好" : "repair"));
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(again)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == AwaitingAgreement && state.CaseNumber is null && state.OfferIndex == 0
                    && replies.Contains(Zh(locale) ? "免费维修" : "Free repair", StringComparison.Ordinal), transcript + "\n> " + again + "\n" + replies);
    }

    /// <summary>A "what?" before the start date ("没听清你说的，再讲一次？四天前") still gives the date.</summary>
    [Theory]
    [InlineData("zh-CN", "没听清你说的，再讲一次？四天前")]
    [InlineData("en-GB", "sorry, come again? oh, about four days ago")]
    public async Task AWhatBeforeTheStartStillGivesIt(string locale, string answer)
    {
        var (driver, transcript) = await UntilAsync(locale, FactQuestion.Started);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(after.StartedOn is not null && after.Asking != FactQuestion.Started, transcript + "> " + answer + "\n" + replies);
    }

    /// <summary>A rhetorical question for the circumstances ("why would anyone kick a copier?? no, nothing like that", 难道是我们自己
    /// 搞坏的？没有的事) denies them: the flow goes on, no article, and the repair stays free.</summary>
    [Theory]
    [InlineData("en-GB", "why would anyone kick a copier?? no, nothing like that")]
    [InlineData("en-GB", "who pours coffee into an office copier? nobody's touched it")]
    [InlineData("zh-CN", "难道是我们自己搞坏的？没有的事")]
    [InlineData("zh-CN", "我们会去拆它吗？正常用而已")]
    public async Task ARhetoricalDenialOfTheCircumstancesIsANo(string locale, string answer)
    {
        var (driver, transcript) = await UntilAsync(locale, FactQuestion.Circumstances);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(after.Asking == FactQuestion.Wants && !after.Causes.Any(c => c.Value)
                    && !replies.Contains("(source", StringComparison.Ordinal) && !replies.Contains("来源", StringComparison.Ordinal),
            transcript + "> " + answer + "\n" + replies);
    }

    /// <summary>"买回来第三天就这样了" for the start: no closing words ("就这样" is "like this" here), so the customer does not hear
    /// that a little more is needed; the flow goes on.</summary>
    [Theory]
    [InlineData("买回来第三天就这样了")]
    [InlineData("送到以后没两天就这样，大概三天前")]
    public async Task ItHasBeenLikeThisSinceIsNoClosingWord(string answer)
    {
        var (driver, transcript) = await UntilAsync("zh-CN", FactQuestion.Started);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(after.Asking != FactQuestion.Started && !replies.Contains("还需要几个简短的信息", StringComparison.Ordinal), transcript + "> " + answer + "\n" + replies);
    }

    /// <summary>"远程？重启过好几次了，也重装过" at the remote-support offer doubts it; it is no yes.</summary>
    [Theory]
    [InlineData("zh-CN", "远程？电脑重启过好几次了，软件也重装过")]
    [InlineData("en-GB", "remote? I've already reinstalled it twice and rebooted everything")]
    public async Task ADoubtAboutRemoteSupportIsNoYes(string locale, string doubt)
    {
        var (driver, transcript) = await AnswerUntilTheOfferAsync(locale,
            [Zh(locale) ? "财务软件9.0打开报表特别慢" : "finance suite 9 is painfully slow opening reports"],
            Answers(locale, Zh(locale) ? "财务软件9.0" : "Finance Suite 9", Software, Zh(locale) ? "解决就行" : "just fix it"));
        await using var _ = driver;
        Assert.True((await driver.StateAsync()).Step == AwaitingAgreement, transcript);
        var replies = string.Join("\n", (await driver.SayAsync(doubt)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step != Agreed && state.CaseNumber is null, transcript + "\n> " + doubt + "\n" + replies);
    }

    /// <summary>A grudging yes ("i guess, yes", "fine. yeah, that's about it i suppose", 行吧，是这样) or a detail with the yes last
    /// ("mostly first thing in the morning, yes") confirms the restatement: before, "I've noted that too" and the same question.</summary>
    [Theory]
    [InlineData("en-GB", "i guess, yes")]
    [InlineData("en-GB", "fine. yeah, that's about it i suppose")]
    [InlineData("en-GB", "mostly first thing in the morning, yes")]
    [InlineData("zh-CN", "行吧，是这样")]
    [InlineData("zh-CN", "那好吧，就是这样")]
    [InlineData("zh-CN", "好吧，算是吧，反正就是卡纸那个事")]
    public async Task AGrudgingOrLateYesConfirms(string locale, string answer)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var transcript = string.Join("\n", (await driver.SayAsync(Zh(locale) ? "复印机一直卡纸，就这些" : "the copier keeps jamming, that's all")).Select(r => r.Text));
        var replies = string.Join("\n", (await driver.SayAsync(answer)).Select(r => r.Text));
        var state = await driver.StateAsync();
        Assert.True(state.Step == Gathering && state.Asking == FactQuestion.Serial, transcript + "\n> " + answer + "\n" + replies);
    }

    /// <summary>"sorry what? start of what?" at a fact question: the customer did not follow, so what the question means is said
    /// and it is asked again; no article. Before: "I couldn't find an article about that".</summary>
    [Theory]
    [InlineData("en-GB", FactQuestion.Started, "sorry what? start of what?", "I mean when the problem itself began")]
    [InlineData("zh-CN", FactQuestion.Started, "啥？什么开始？", "我问的是问题是从什么时候开始的")]
    public async Task AWhatThenAQuestionAboutTheQuestionExplainsIt(string locale, FactQuestion question, string asked, string meaning)
    {
        var (driver, transcript) = await UntilAsync(locale, question);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(asked)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(after.Asking == question && after.Step == Gathering && replies.Contains(meaning, StringComparison.Ordinal)
                    && !replies.Contains("article", StringComparison.Ordinal), transcript + "> " + asked + "\n" + replies);
    }

    /// <summary>An invoice, delivery or tracking number given for the serial hears what kind of number it is and where the serial
    /// is, not "That doesn't look like a serial".</summary>
    [Theory]
    [InlineData("en-GB", "the invoice number is 0441 7736")]
    [InlineData("zh-CN", "快递单号是SF1408823317")]
    public async Task AnotherKindOfNumberForTheSerialIsNamed(string locale, string given)
    {
        var (driver, transcript) = await UntilAsync(locale, FactQuestion.Serial);
        await using var _ = driver;
        var replies = string.Join("\n", (await driver.SayAsync(given)).Select(r => r.Text));
        var after = await driver.StateAsync();
        Assert.True(after.Asking == FactQuestion.Serial && replies.Contains(Zh(locale) ? "发票号或快递单号" : "invoice or delivery number", StringComparison.Ordinal),
            transcript + "> " + given + "\n" + replies);
    }
}

using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

/// <summary>
/// Issue 12, fourteenth round (2026-12-04): what the round-20/21 strangers' customers typed that the interpreter missed
/// (terse software faults, household damage, a pipe's connection, a claim disowned), and the unpunctuated denial followed
/// by an admission named at the end of the thirteenth round.
/// </summary>
public sealed class RoundTwentyUnderstandingTests
{
    /// <summary>A denial's reach ends where a new statement starts after its object, commas or not.</summary>
    [Theory]
    [InlineData("I never dropped it I opened it once to look inside", "DISASSEMBLY", true)]
    [InlineData("I never dropped it I opened it once to look inside", "USER_DAMAGE", false)]
    [InlineData("we never dropped it we did take it apart once", "DISASSEMBLY", true)]
    [InlineData("I don't think we dropped it", "USER_DAMAGE", false)]
    [InlineData("no I didn't open it", "DISASSEMBLY", false)]
    public void ADenialEndsWhereANewStatementStarts(string text, string cause, bool happened) =>
        Assert.Equal(happened, Interpret(text, "en-US").Causes.GetValueOrDefault(cause, !happened));

    /// <summary>Faults typed tersely or in passing.</summary>
    [Theory]
    [InlineData("monthly report totals WRONG. again", "en-US", "REPORT_WRONG")]
    [InlineData("the balance report comes out wrong", "en-US", "REPORT_WRONG")]
    [InlineData("my dad's water heater stopped heating", "en-US", "NO_HOT_WATER")]
    [InlineData("it isn't heating any more", "en-US", "NO_HOT_WATER")]
    public void TerseFaultsAreRecognised(string text, string locale, string symptom) =>
        Assert.Contains(symptom, Interpret(text, locale).Symptoms);

    /// <summary>A pipe's "connection" is no network fault.</summary>
    [Theory]
    [InlineData("the inlet connection cracked and it drips")]
    [InlineData("water comes out at the pipe connection")]
    public void APipesConnectionIsNoNetworkFault(string text) =>
        Assert.DoesNotContain("CONNECTION", Interpret(text, "en-US").Symptoms);

    /// <summary>Damage owned up to in everyday words is noted (to be asked about plainly, never inferred alone).</summary>
    [Theory]
    [InlineData("my son was swinging on the pipe and it cracked", "en-US")]
    [InlineData("the kids yanked the hose and broke it, our fault really", "en-US")]
    [InlineData("装修师傅搬梯子碰了它一下", "zh-CN")]
    [InlineData("孩子吊在下面的水管上玩 接头弄裂了", "zh-CN")]
    public void HouseholdDamageIsUserDamage(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("USER_DAMAGE"));

    /// <summary>"That's got nothing to do with it, it's a quality fault" disputes; "not going to pretend it's a factory fault" does not.</summary>
    [Theory]
    [InlineData("the ladder bumped it but that's got nothing to do with it", "en-US", true)]
    [InlineData("梯子是碰了一下 但跟这个没关系", "zh-CN", true)]
    [InlineData("I'm not going to pretend it's a factory fault", "en-US", false)]
    [InlineData("not saying it's a quality problem, we broke it", "en-US", false)]
    public void AQualityClaimIsReadWithItsDisclaimer(string text, string locale, bool claims) =>
        Assert.Equal(claims, Interpret(text, locale).ClaimsQualityFault);

    /// <summary>会不会收费 asks; 走报销流程 is the company's own expense claim, no compensation wish.</summary>
    [Fact]
    public void HuiBuHuiAsksAndAnExpenseClaimIsNoCompensation()
    {
        Assert.Equal(Intent.Question, Interpret("会不会收费", "zh-CN").Intent);
        Assert.NotEqual(DesiredOutcome.Compensation, Interpret("能给个书面的报价单吗 我要走报销流程", "zh-CN").Wants);
        Assert.Equal(DesiredOutcome.Compensation, Interpret("医药费你们得给我报销", "zh-CN").Wants);
    }

    /// <summary>Someone to phone a relative is a person asked for.</summary>
    [Theory]
    [InlineData("could you have someone phone my mum about it", "en-US")]
    [InlineData("is there anyone who can call him directly?", "en-US")]
    [InlineData("能不能让人直接给我爷爷打个电话", "zh-CN")]
    [InlineData("有没有人能给我妈打个电话说一下", "zh-CN")]
    public void SomeoneToPhoneIsAPerson(string text, string locale) =>
        Assert.Equal(Intent.Human, Interpret(text, locale).Intent);

    /// <summary>The phone number given with "打这个电话" is no call for a person.</summary>
    [Fact]
    public void APhoneNumberToCallIsNoPerson() =>
        Assert.NotEqual(Intent.Human, Interpret("有事打这个电话 139 5718 4462", "zh-CN").Intent);

    /// <summary>"要是不在保就算了" (if it is not covered, forget it) is a condition on the answer, no cancel; "算了" alone still is.</summary>
    [Theory]
    [InlineData("要是不在保就算了 呵呵", "zh-CN", false)]
    [InlineData("if it's not covered then forget it", "en-US", false)]
    [InlineData("算了 不弄了", "zh-CN", true)]
    public void ACancelOnAConditionIsNoCancel(string text, string locale, bool cancels) =>
        Assert.Equal(cancels, Interpret(text, locale).Intent == Intent.Cancel);

    /// <summary>Data files deleted by hand, 误删, 操作错了: improper operation of software is user damage.</summary>
    [Theory]
    [InlineData("昨天同事清理服务器 直接在文件夹里把账套的数据文件删了", "zh-CN")]
    [InlineData("是我们自己操作错了 这个我认", "zh-CN")]
    [InlineData("a colleague deleted the data files from the server folder by hand", "en-US")]
    public void DeletedDataIsUserDamage(string text, string locale) =>
        Assert.True(Interpret(text, locale).Causes.GetValueOrDefault("USER_DAMAGE"));
}

using AfterSalesBot.Bot.Conversations.Understanding;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class SymptomOutcomeSentimentTests
{
    [Theory]
    [InlineData("打不着火", "NO_IGNITION")]
    [InlineData("it won't light", "NO_IGNITION")]
    [InlineData("一直漏水", "LEAK")]
    [InlineData("激光打印机打出来有灰色竖条", "PRINT_QUALITY")]
    [InlineData("my laser printer smears toner on every page", "PRINT_QUALITY")]
    [InlineData("our colour copier prints everything with a pink cast", "PRINT_QUALITY")]
    [InlineData("打发票的时候有几行字缺点、打不全", "PRINT_QUALITY")]
    [InlineData("不出热水", "NO_HOT_WATER")]
    [InlineData("用着用着就熄火", "FLAME_GOES_OUT")]
    [InlineData("有煤气味", "GAS_SMELL")]
    [InlineData("very noisy", "NOISE")]
    [InlineData("吸力小", "WEAK_SUCTION")]
    [InlineData("paper jam again", "PAPER_JAM")]
    [InlineData("打印不清", "PRINT_QUALITY")]
    [InlineData("开不了机", "NO_POWER")]
    [InlineData("显示E1", "ERROR_CODE")]
    [InlineData("安装失败", "INSTALL_FAILURE")]
    [InlineData("授权错误", "LICENCE_ERROR")]
    [InlineData("备份恢复不了", "DATA_BACKUP")]
    [InlineData("报表不对", "REPORT_WRONG")]
    [InlineData("运行慢", "SLOW")]
    [InlineData("连不上服务器", "CONNECTION")]
    [InlineData("the glass is cracked", "PHYSICAL_DAMAGE")]
    [InlineData("里面进水了", "WATER_DAMAGE")]
    [InlineData("电路板烧焦了", "BURNT")]
    public void MapsTheDescriptionToTheSharedCode(string text, string code) => Assert.Contains(code, Interpret(text).Symptoms);

    [Theory]
    [InlineData("no leak, just noisy")]
    [InlineData("没有漏水，就是响")]
    public void ADeniedSymptomIsDropped(string text) => Assert.Equal(["NOISE"], Interpret(text).Symptoms);

    [Theory]
    [InlineData("我要维修", DesiredOutcome.Repair, null)]
    [InlineData("please fix it", DesiredOutcome.Repair, null)]
    [InlineData("给我换新", DesiredOutcome.Replacement, null)]
    [InlineData("I want my money back", DesiredOutcome.Refund, null)]
    [InlineData("退货退款", DesiredOutcome.Refund, null)]
    [InlineData("赔偿500元", DesiredOutcome.Compensation, 500)]
    [InlineData("I want ¥300 compensation", DesiredOutcome.Compensation, 300)]
    [InlineData("补偿五百块", DesiredOutcome.Compensation, 500)]
    [InlineData("道歉就行", DesiredOutcome.ApologyOnly, null)]
    [InlineData("I don't want a repair, I want a refund", DesiredOutcome.Refund, null)]
    public void ReadsWhatTheCustomerWants(string text, DesiredOutcome wants, int? amount)
    {
        var interpretation = Interpret(text);

        Assert.Equal(wants, interpretation.Wants);
        Assert.Equal(amount, (int?)interpretation.AmountAsked);
    }

    [Theory]
    [InlineData("the stove won't light", 0)]
    [InlineData("very disappointed with this", 1)]
    [InlineData("it broke again!!!", 2)]
    [InlineData("THIS STOVE IS USELESS AND NOBODY CARES", 2)]
    [InlineData("再不解决我就打12315", 2)]
    [InlineData("太差了", 2)]
    [InlineData("I will call my lawyer", 2)]
    [InlineData("我的DC-4525和LP-2200都坏了", 0)] // model numbers are not shouting
    public void GradesAnger(string text, int anger) => Assert.Equal(anger, Interpret(text).Anger);

    [Theory]
    [InlineData("need it fixed asap", true)]
    [InlineData("很急，马上派人", true)]
    [InlineData("no rush", false)]
    [InlineData("别着急慢慢来", true)] // 着急 is still said: urgency errs towards attention
    public void NoticesUrgency(string text, bool urgent) => Assert.Equal(urgent, Interpret(text).Urgent);
}

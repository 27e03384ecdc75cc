using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Conversations.Understanding;

public class IdentifierAndContactTests
{
    [Theory]
    [InlineData("serial JQ526093898", "JQ526093898")]
    [InlineData("授权号FS9-2610-CDNH激活不了", "FS9-2610-CDNH")]
    [InlineData("label says lp22ww260485", "LP22WW260485")]
    [InlineData("机身号：RH1626107726，电话13812345678", "RH1626107726")]
    [InlineData("lp22 qe 260793", "LP22QE260793")]
    [InlineData("its JQ5 2606 2448 on the sticker", "JQ526062448")]
    [InlineData("机身号是 rh16 2610 9723", "RH1626109723")]
    public void FindsTheSerial(string text, string serial) => Assert.Equal(serial, Interpret(text).Serial);

    [Theory]
    [InlineData("case AS-20261122-0007")]
    [InlineData("order SO-20261015-3321")]
    [InlineData("call 13812345678")]
    [InlineData("it's a DC-3020")]
    [InlineData("mail zhangsan1988@qq.com")]
    [InlineData("bought 2025-03-14")]
    [InlineData("a 3rd-party shop fixed it")]
    [InlineData("the e60 broke 2 weeks ago")]
    [InlineData("my q5 hob is 3 years old")]
    [InlineData("call 139 0571 8899")]
    public void ACaseOrderPhoneModelEmailOrDateIsNoSerial(string text) => Assert.Null(Interpret(text).Serial);

    [Theory]
    [InlineData("订单号SO-20261015-3321", "SO-20261015-3321")]
    [InlineData("order number: JD88231234", "JD88231234")]
    [InlineData("订单号是 7788991122", "7788991122")]
    [InlineData("the order number on my receipt is HS-869121", "HS-869121")]
    public void FindsTheOrderNumber(string text, string order) => Assert.Equal(order, Interpret(text).OrderNumber);

    [Theory]
    [InlineData("我电话13812345678", "13812345678")]
    [InlineData("call 138 1234 5678", "13812345678")]
    [InlineData("+86 138-1234-5678", "+8613812345678")]
    [InlineData("座机0571-88886666", "0571-88886666")]
    // Landlines as people write them (round-3 scenarios: seven customers were told "That doesn't look like a phone number").
    [InlineData("0571 8890 1123", "0571-88901123")]
    [InlineData("office line (0574) 8823-1190, mornings", "0574-88231190")]
    [InlineData("打座机 010 6552 3344", "010-65523344")]
    [InlineData("021-5433 2211", "021-54332211")]
    [InlineData("0577 882 9034", "0577-8829034")]
    [InlineData("my number is +44 7700 900123", "+447700900123")]
    public void FindsThePhone(string text, string phone) => Assert.Equal(phone, Interpret(text).Phone);

    [Theory]
    [InlineData("邮箱wangli88@163.com谢谢", "wangli88@163.com")]
    [InlineData("mail me at Jane.Doe@Example.com.", "jane.doe@example.com")]
    public void FindsTheEmail(string text, string email) => Assert.Equal(email, Interpret(text).Email);
}

using AfterSalesBot.Bot.Language;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>What a language model receives of a customer's identity: placeholders, never the data.</summary>
public sealed class ContactMaskingTests
{
    [Theory]
    [InlineData("我的身份证号是110101199003071234，电话13812345678", "我的身份证号是[id-card]，电话[phone]")]
    [InlineData("我住在北京市朝阳区建国路88号，热水器漏水", "我住在北京市朝阳区[address]，热水器漏水")]
    [InlineData("come to 42 Long Acre Road, mail li@example.com", "come to [address], mail [email]")]
    public void TheModelNeverSeesIdCardsOrAddresses(string text, string sent) => Assert.Equal(sent, ContactMasking.Mask(text));
}

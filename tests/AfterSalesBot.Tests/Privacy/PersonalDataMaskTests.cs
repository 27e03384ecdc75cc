using AfterSalesBot.Escalation.Privacy;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>What a reader of an export, a print or a log sees of a customer's contact data, in both languages.</summary>
public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("call me on 13812345678 please", "call me on 138****5678 please")]
    [InlineData("电话：138 1234 5678", "电话：138****5678")]
    [InlineData("+86 138-1234-5678 anytime", "+86 138****5678 anytime")]
    [InlineData("我的手机是13912345678，谢谢", "我的手机是139****5678，谢谢")]
    [InlineData("office 010-87654321", "office ***-****4321")]
    public void MasksPhoneNumbersKeepingTheFirstThreeAndLastFourDigits(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("write to zhang.wei@example.com", "write to z***@example.com")]
    [InlineData("邮箱 li@qq.com 谢谢", "邮箱 l***@qq.com 谢谢")]
    public void MasksEmailAddressesKeepingTheDomain(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("身份证号110101199003071234", "身份证号110***********1234")]
    [InlineData("ID 11010119900307123X ok", "ID 110***********123X ok")]
    [InlineData("old card 110101900307123", "old card 110********7123")]
    public void MasksIdCardNumbers(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("我住在北京市朝阳区建国路88号院3号楼502室，快来", "我住在北京市朝阳区****，快来")]
    [InlineData("地址：上海市浦东新区世纪大道100号", "地址：上海市浦东新区****")]
    [InlineData("送到中山路12号", "送到****")]
    [InlineData("I live at 221B Baker Street, London", "I live at **** Baker Street, London")]
    [InlineData("send it to 42 Long Acre Road please", "send it to ** Long Acre Road please")]
    public void MasksStreetAddressesInBothLanguages(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("My JZT-Q5 serial JQ526093898 stopped on 2026-11-03")]
    [InlineData("order HS-666881, case AS-20261122-0003, 3 days ago")]
    [InlineData("我的热水器漏水了，型号RSQ-60，买了2年")]
    [InlineData("it costs ¥120.00 for 2 hours")]
    public void LeavesProductFactsAlone(string text) => Assert.Equal(text, PersonalDataMask.Mask(text));

    [Theory]
    [InlineData("张伟", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("Zhang Wei", "Z********")]
    [InlineData("", "")]
    public void MasksNamesToTheirFirstCharacter(string name, string expected) => Assert.Equal(expected, PersonalDataMask.MaskName(name));

    [Fact]
    public void NullStaysNull() => Assert.Null(PersonalDataMask.Mask(null));
}

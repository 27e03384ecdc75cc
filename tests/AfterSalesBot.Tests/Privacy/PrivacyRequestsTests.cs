using AfterSalesBot.Bot.Privacy;

namespace AfterSalesBot.Tests.Privacy;

public sealed class PrivacyRequestsTests
{
    [Theory]
    [InlineData("Can I get a copy of my data?")]
    [InlineData("please send me my personal information")]
    [InlineData("what data do you have about me")]
    [InlineData("导出我的数据")]
    [InlineData("我想查看我的个人信息")]
    [InlineData("你们保存了我哪些信息？")]
    public void RecognisesARequestForACopy(string text) => Assert.Equal(PrivacyRequest.Copy, PrivacyRequests.Read(text));

    [Theory]
    [InlineData("delete my data")]
    [InlineData("Please erase all my personal information")]
    [InlineData("forget me")]
    [InlineData("删除我的数据")]
    [InlineData("请删除我的个人信息")]
    [InlineData("把我的资料都清除掉")]
    public void RecognisesARequestForErasure(string text) => Assert.Equal(PrivacyRequest.Erase, PrivacyRequests.Read(text));

    [Theory]
    [InlineData("my printer deleted all my files")]
    [InlineData("the finance software lost my data after the update")]
    [InlineData("My Q5 gas stove won't light since yesterday")]
    [InlineData("软件更新后我的数据丢了")]
    [InlineData("软件删除了我的数据")]
    [InlineData("在软件以外删除、修改数据文件后打不开")]
    [InlineData("热水器漏水了")]
    [InlineData("my phone is 13812345678")]
    public void LeavesComplaintsAlone(string text) => Assert.Equal(PrivacyRequest.None, PrivacyRequests.Read(text));
}

using AfterSalesBot.Tests.Conversations.Complaints;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>The first message says, briefly and in the customer's language, what is kept, for how long, and where the
/// operator's policy is; later greetings do not repeat it.</summary>
public sealed class PrivacyNoticeTests
{
    private const string Policy = "https://shop.example.com/privacy";

    [Theory]
    [InlineData("en-US", "hello", "About your data: we keep this chat and the details you give us only to handle your request — for 730 days after a case is settled, 180 days if none is opened. You can ask for “a copy of my data” or “delete my data” at any time. Privacy policy: " + Policy)]
    [InlineData("zh-CN", "你好", "关于您的信息：我们保存本次对话和您提供的信息，仅用于处理您的诉求；案件办结后保存 730 天，未立案的保存 180 天。您随时可以说“导出我的数据”或“删除我的数据”。隐私政策：" + Policy)]
    public async Task TheFirstGreetingCarriesTheNoticeWithThePolicyLinkOnce(string locale, string hello, string notice)
    {
        await using var driver = await ConversationDriver.StartAsync(locale, new Dictionary<string, string?> { ["Privacy:PolicyUrl"] = Policy });

        var first = string.Join("\n", (await driver.SayAsync(hello)).Select(r => r.Text));
        var again = string.Join("\n", (await driver.SayAsync(hello)).Select(r => r.Text));

        Assert.EndsWith(notice, first);
        Assert.DoesNotContain(Policy, again);
    }

    [Fact]
    public async Task WithoutAPolicyTheNoticeNamesNoLink()
    {
        await using var driver = await ConversationDriver.StartAsync("en-US");

        var first = string.Join("\n", (await driver.SayAsync("My printer keeps jamming")).Select(r => r.Text));

        Assert.Contains("“delete my data” at any time.", first);
        Assert.DoesNotContain("Privacy policy", first);
    }
}

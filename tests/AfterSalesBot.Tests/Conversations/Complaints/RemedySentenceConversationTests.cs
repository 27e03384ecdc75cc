using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Tests.Conversations.Complaints;

/// <summary>
/// Issue 15, item 1: the remedy an agent described with the approval form's labelled sums reaches the customer, after a
/// hand-back, in a sentence built from the right sum — a refund is money back, a credit is given, only a fee is "cost to
/// you" — for every kind the form offers, in English and Chinese, through the real pipeline.
/// </summary>
public sealed class RemedySentenceConversationTests
{
    private const string Agent = "Li Wei";
    private static readonly CancellationToken None = CancellationToken.None;

    public static TheoryData<string, string, RemedyAmounts, string> Sentences => new()
    {
        { "en-US", "Refund", new(RefundToCustomer: 2680m), "we refund you ¥2680.00" },
        { "zh-CN", "Refund", new(RefundToCustomer: 2680m), "退还给您：2680.00 元" },
        { "en-US", "Goodwill", new(CreditGranted: 300m), "we credit you ¥300.00" },
        { "zh-CN", "Goodwill", new(CreditGranted: 300m), "给您补偿：300.00 元" },
        { "en-US", "Discount", new(CreditGranted: 100m, FeeCustomerPays: 380m), "cost to you: ¥380.00" },
        { "zh-CN", "Discount", new(CreditGranted: 100m, FeeCustomerPays: 380m), "您需要支付：380.00 元" },
        { "en-US", "Replacement", new(), "What I can offer, free of charge" },
        { "zh-CN", "Replacement", new(), "我可以为您免费提供" },
        { "en-US", "Replacement", new(FeeCustomerPays: 500m), "cost to you: ¥500.00" },
        { "zh-CN", "Replacement", new(FeeCustomerPays: 500m), "您需要支付：500.00 元" },
        { "en-US", "WarrantyExtension", new(), "What I can offer, free of charge" },
        { "zh-CN", "WarrantyExtension", new(), "我可以为您免费提供" },
        { "en-US", "FreeRepair", new(), "What I can offer, free of charge" },
        { "zh-CN", "FreeRepair", new(), "我可以为您免费提供" },
        { "en-US", "OnSiteVisit", new(FeeCustomerPays: 80m), "cost to you: ¥80.00" },
        { "zh-CN", "OnSiteVisit", new(FeeCustomerPays: 80m), "您需要支付：80.00 元" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public async Task TheCustomerHearsTheRemedysMoneyTheWayItGoes(string locale, string kind, RemedyAmounts amounts, string expected)
    {
        var built = RemedyTerms.Build(kind, amounts, "CNY", "THE REMEDY", 200m, 100_000m);
        var said = await OfferedAfterHandBackAsync(locale, built.Remedy!);

        Assert.Contains("THE REMEDY", said, StringComparison.Ordinal);
        Assert.Contains(expected, said, StringComparison.Ordinal);
        if (amounts.FeeCustomerPays is not > 0m)
        {
            Assert.DoesNotContain("cost to you", said, StringComparison.Ordinal);
            Assert.DoesNotContain("您需要支付", said, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("en-US", "we refund you ¥2680.00")]
    [InlineData("zh-CN", "退还给您：2680.00 元")]
    public async Task ARefundApprovedBeforeTheLabelledSumsIsStillMoneyBack(string locale, string expected)
    {
        // What the old "Amount" field stored: the refund as a positive cost.
        var said = await OfferedAfterHandBackAsync(locale, new SheetRemedy("Refund", 2680m, "CNY", "Supervisor", "全额退货退款"));

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain("您需要支付", said, StringComparison.Ordinal);
        Assert.DoesNotContain("cost to you", said, StringComparison.Ordinal);
    }

    private static async Task<string> OfferedAfterHandBackAsync(string locale, SheetRemedy remedy)
    {
        await using var driver = await ConversationDriver.StartAsync(locale);
        var zh = locale.StartsWith("zh", StringComparison.Ordinal);
        await driver.SayAsync(zh ? "我的Q5燃气灶昨天开始打不着火了" : "My Q5 gas stove won't light since yesterday");
        await driver.SayAsync(zh ? "转人工" : "talk to a person");
        var number = (await driver.StateAsync()).CaseNumber!;
        Assert.True((await driver.Get<CaseQueue>().TakeAsync(number, Agent, 5, None)).Succeeded);
        Assert.True((await driver.Get<CaseQueue>().HandBackAsync(number, Agent, HandBackSteps.ProposeRemedy, remedy, None)).Succeeded);

        await driver.Get<ICustomerConversations>().WakeAsync(driver.ConversationId, None);
        return string.Join("\n", (await driver.NewRepliesAsync()).Select(r => r.Text));
    }
}

using AfterSalesBot.Escalation.Approvals;
using AfterSalesBot.Escalation.Cases;

namespace AfterSalesBot.Tests.Escalation;

/// <summary>The approval form's labelled sums: each kind its own fields, checked against the kind and the limits, and the
/// remedy's cost (what the customer pays; negative for money to the customer) built from the right one.</summary>
public sealed class RemedyTermsTests
{
    private const decimal Cap = 200m;
    private const decimal Limit = 100_000m;

    private static RemedyTermsResult Build(string kind, RemedyAmounts amounts, string? currency = "CNY") =>
        RemedyTerms.Build(kind, amounts, currency, "what exactly", Cap, Limit);

    public static TheoryData<string, RemedyAmounts, decimal, string> Valid => new()
    {
        { "Refund", new(RefundToCustomer: 2680m), -2680m, RemedyAuthority.Supervisor },
        { "Goodwill", new(CreditGranted: 150m), -150m, RemedyAuthority.Staff },
        { "Goodwill", new(CreditGranted: 800m), -800m, RemedyAuthority.Supervisor },
        { "Discount", new(CreditGranted: 100m, FeeCustomerPays: 380m), 380m, RemedyAuthority.Staff },
        { "Discount", new(CreditGranted: 300m, FeeCustomerPays: 0m), 0m, RemedyAuthority.Supervisor },
        { "Replacement", new(), 0m, RemedyAuthority.Supervisor },
        { "Replacement", new(FeeCustomerPays: 500m), 500m, RemedyAuthority.Supervisor },
        { "WarrantyExtension", new(), 0m, RemedyAuthority.Supervisor },
        { "FreeRepair", new(), 0m, RemedyAuthority.Staff },
        { "OnSiteVisit", new(FeeCustomerPays: 80m), 80m, RemedyAuthority.Staff },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void EachKindTakesItsOwnSumsAndBuildsTheCostFromThem(string kind, RemedyAmounts amounts, decimal cost, string grantedBy)
    {
        var built = Build(kind, amounts);

        Assert.Null(built.Problem);
        Assert.Equal((kind, cost, "CNY", grantedBy, "what exactly"), (built.Remedy!.Kind, built.Remedy.Cost, built.Remedy.Currency, built.Remedy.GrantedBy, built.Remedy.Description));
    }

    public static TheoryData<string, RemedyAmounts, string, RemedyMoney> Refused => new()
    {
        // The reported mistake: the refund typed where only a fee belongs.
        { "Refund", new(FeeCustomerPays: 2680m), "Approval.AmountRequired", RemedyMoney.RefundToCustomer },
        { "Refund", new(RefundToCustomer: 2680m, FeeCustomerPays: 2680m), "Approval.AmountNotForKind", RemedyMoney.FeeCustomerPays },
        { "Goodwill", new(RefundToCustomer: 100m, CreditGranted: 100m), "Approval.AmountNotForKind", RemedyMoney.RefundToCustomer },
        { "Goodwill", new(CreditGranted: 0m), "Approval.AmountInvalid", RemedyMoney.CreditGranted },
        { "Goodwill", new(CreditGranted: -50m), "Approval.AmountInvalid", RemedyMoney.CreditGranted },
        { "Goodwill", new(CreditGranted: 10.005m), "Approval.AmountInvalid", RemedyMoney.CreditGranted },
        { "Discount", new(CreditGranted: 100m), "Approval.AmountRequired", RemedyMoney.FeeCustomerPays },
        { "FreeRepair", new(FeeCustomerPays: 120m), "Approval.AmountNotForKind", RemedyMoney.FeeCustomerPays },
        { "WarrantyExtension", new(CreditGranted: 1m), "Approval.AmountNotForKind", RemedyMoney.CreditGranted },
        { "Refund", new(RefundToCustomer: 268_000m), "Approval.AmountAboveLimit", RemedyMoney.RefundToCustomer },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void SumsThatDoNotFitTheKindAreRefusedWithTheField(string kind, RemedyAmounts amounts, string problem, RemedyMoney field)
    {
        var built = Build(kind, amounts);

        Assert.Null(built.Remedy);
        Assert.Equal((problem, field), (built.Problem, built.Field));
    }

    [Theory]
    [InlineData("Lottery", "CNY", "Approval.UnknownKind")]
    [InlineData("Goodwill", "yuan", "Approval.BadCurrency")]
    public void AnUnknownKindOrCurrencyIsRefused(string kind, string currency, string problem) =>
        Assert.Equal(problem, Build(kind, new(CreditGranted: 10m), currency).Problem);

    [Theory]
    [InlineData("Refund", -2680, RemedyMoney.RefundToCustomer, 2680)]
    [InlineData("Refund", 2680, RemedyMoney.RefundToCustomer, 2680)] // stored before the labelled fields: still money back
    [InlineData("Goodwill", -100, RemedyMoney.CreditGranted, 100)]
    [InlineData("PaidRepair", 120.5, RemedyMoney.FeeCustomerPays, 120.5)]
    public void TheMoneyOfARemedyIsLabelledByItsDirection(string kind, decimal cost, RemedyMoney field, decimal amount) =>
        Assert.Equal((field, amount), RemedyTerms.MoneyOf(new SheetRemedy(kind, cost, "CNY", "Staff", kind)));

    [Fact]
    public void AFreeRemedyHasNoMoney() => Assert.Null(RemedyTerms.MoneyOf(new SheetRemedy("FreeRepair", 0m, "CNY", "Bot", "free")));
}

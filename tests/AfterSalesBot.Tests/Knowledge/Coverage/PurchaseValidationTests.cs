using AfterSalesBot.Knowledge.Coverage;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>What the customer says about a purchase is checked before it is believed (DOMAIN.md §4).</summary>
public sealed class PurchaseValidationTests
{
    [Theory]
    [InlineData("JQ512345678")]
    [InlineData(" jq512345678 ")]
    public void AcceptsASerialInTheModelsFormat(string serial) =>
        Assert.Null(PurchaseValidation.ValidateSerial(Build.Stove(), serial));

    [Theory]
    [InlineData("JQ51234567")]
    [InlineData("XQ512345678")]
    [InlineData("")]
    public void RejectsASerialInAnotherFormatQuotingTheFormat(string serial)
    {
        var problem = PurchaseValidation.ValidateSerial(Build.Stove(), serial);

        Assert.Equal(ValidationProblem.SerialFormat, problem!.Code);
        Assert.EndsWith("does not match the JZT-Q5 format: JQ5 followed by 8 digits.", problem.Text(Build.English));
        Assert.EndsWith("与 JZT-Q5 的格式不符：JQ5 加 8 位数字。", problem.Text(Build.Chinese));
    }

    [Fact]
    public void ABacktrackingPatternStillAnswersOnALongSerial()
    {
        // A nested quantifier that makes a backtracking engine take exponential time on this input.
        var product = Build.Stove();
        product.SerialPattern = @"^(A+)+B$";

        Assert.Null(PurchaseValidation.ValidateSerial(product, new string('A', 40) + "B"));
        Assert.Equal(ValidationProblem.SerialFormat, PurchaseValidation.ValidateSerial(product, new string('A', 40) + "C")!.Code);
    }

    public static TheoryData<DateOnly, string?, string?> SaleDates => new()
    {
        { new DateOnly(2026, 3, 14), null, null },
        { new DateOnly(2023, 1, 1), null, null },
        { new DateOnly(2026, 3, 15), ValidationProblem.SaleDateFuture, "The sale date 2026-03-15 is in the future." },
        { new DateOnly(2022, 12, 31), ValidationProblem.SaleDateBeforeLaunch, "The sale date 2022-12-31 is before the Q5 gas stove was launched on 2023-01-01." },
    };

    [Theory, MemberData(nameof(SaleDates))]
    public void RejectsAnImpossibleSaleDate(DateOnly sale, string? code, string? english)
    {
        var problem = PurchaseValidation.ValidateSaleDate(Build.Stove(), sale, today: new DateOnly(2026, 3, 14));

        Assert.Equal(code, problem?.Code);
        Assert.Equal(english, problem?.Text(Build.English));
    }

    [Fact]
    public void NamesTheLaunchDateInChinese()
    {
        var problem = PurchaseValidation.ValidateSaleDate(Build.Stove(), new DateOnly(2022, 12, 31), new DateOnly(2026, 3, 14));

        Assert.Equal("购买日期 2022年12月31日 早于 Q5 燃气灶 的上市日期 2023年1月1日。", problem!.Text(Build.Chinese));
    }
}

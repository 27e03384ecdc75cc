using AfterSalesBot.Knowledge.Catalog;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Data;
using AfterSalesBot.Knowledge.Policies;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.Knowledge.Coverage;

/// <summary>PurchaseLookup on a real SQLite file, migrated as the host does it.</summary>
public sealed class PurchaseLookupTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "asb-coverage-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private PurchaseLookup Lookup => _services.GetRequiredService<PurchaseLookup>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _services = new ServiceCollection()
            .AddKnowledgeDatabase(new KnowledgeDatabase(KnowledgeProvider.Sqlite, $"Data Source={Path.Combine(_folder, "k.db")}"))
            .AddPurchaseLookup()
            .BuildServiceProvider();
        await using var db = await _services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContextAsync();
        await db.Database.MigrateAsync();

        var hood = new Product
        {
            Model = "CXW-H7", LineCode = "KITCHEN", NameEn = "H7 range hood", NameZh = "H7 油烟机", SerialPattern = @"^CH7\d{6}$",
            SerialFormatEn = "CH7 followed by 6 digits", SerialFormatZh = "CH7 加 6 位数字", LaunchDate = new DateOnly(2022, 1, 1),
            PolicyCode = "HOOD-PLUS",
        };
        var hoodPolicy = Build.Policy();
        hoodPolicy.Code = "HOOD-PLUS";
        hoodPolicy.ReturnDays = 30;
        db.AddRange(Build.Stove(), hood, Build.Kitchen(), Build.Policy(), hoodPolicy, Build.Fees(), Build.ServiceLevel());
        db.Purchases.AddRange(Build.Purchase(new DateOnly(2025, 3, 1)), new AfterSalesBot.Knowledge.Records.PurchaseRecord
        {
            Serial = "CH7000001", Model = "CXW-H7", OrderNumber = "SO-2002", SaleDate = new DateOnly(2025, 5, 1), Dealer = "Dealer B", Zone = "COUNTY",
        });
        var other = Build.Repair("LEAK");
        other.Serial = "CH7000001";
        db.Repairs.AddRange(Build.Repair("NO_IGNITION", daysAfterSale: 10), Build.Repair("NO_IGNITION", daysAfterSale: 40), other);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("JQ500000001", null)]
    [InlineData(" jq500000001", "JZT-Q5")]
    [InlineData("JQ500000001", "gas hob")]
    [InlineData("JQ5OOOOOOO1", null)] // O for a nought, off a greasy sticker (round 57): the record that exists
    [InlineData("jq50000o001", "JZT-Q5")]
    public async Task FindsAPurchaseBySerialWithEverythingTheDecisionNeeds(string serial, string? model)
    {
        var result = await Lookup.FindBySerialAsync(serial, model);

        Assert.True(result.Found, result.Failure?.TextEn);
        var file = result.File!;
        Assert.Equal(("JZT-Q5", "KITCHEN-STD", "KITCHEN-FEES", "KITCHEN-SLA"), (file.Product.Model, file.Policy.Code, file.Fees.Code, file.ServiceLevel.Code));
        Assert.Equal(7, file.Policy.Exclusions.Count);
        Assert.Equal(["NO_IGNITION", "NO_IGNITION"], file.History.Select(r => r.FaultCode));

        var decision = CoverageDecider.Decide(file.ToRequest(Build.Facts(), CoverageRequestBuilder.Noon(new DateOnly(2025, 9, 1)), Build.Shanghai, Build.English));
        Assert.NotNull(decision.Reason(ReasonCodes.RepeatFailure)); // the stored history reaches the decision
    }

    [Fact]
    public async Task FindsAPurchaseByOrderNumberUnderTheProductsOwnPolicy()
    {
        var result = await Lookup.FindByOrderNumberAsync("SO-2002", "CXW-H7");

        Assert.Equal(("CH7000001", "HOOD-PLUS", 30), (result.File!.Purchase.Serial, result.File.Policy.Code, result.File.Policy.ReturnDays));
        Assert.Equal(["LEAK"], result.File.History.Select(r => r.FaultCode));
    }

    /// <summary>A customer who reads the order number off the receipt when asked for the serial is not refused for its format.</summary>
    [Fact]
    public async Task AnOrderNumberGivenAsTheSerialFindsThePurchase()
    {
        var result = await Lookup.FindBySerialAsync("so-2002", "CXW-H7");

        Assert.True(result.Found, result.Failure?.TextEn);
        Assert.Equal("CH7000001", result.File!.Purchase.Serial);
    }

    public static TheoryData<string, string?, string, string> Failures => new()
    {
        { "JQ599999999", "JZT-Q5", ValidationProblem.UnknownSerial, "We cannot find a purchase with the serial or order number JQ599999999." },
        { "JQ5-123", "JZT-Q5", ValidationProblem.SerialFormat, "does not match the JZT-Q5 format: JQ5 followed by 8 digits." },
        { "CH7000001", "JZT-Q5", ValidationProblem.ModelMismatch, "The serial number CH7000001 belongs to a H7 range hood (CXW-H7), not a Q5 gas stove (JZT-Q5)." },
        { "JQ500000001", "Z-999", ValidationProblem.UnknownModel, "We do not know the model Z-999." },
    };

    [Theory, MemberData(nameof(Failures))]
    public async Task ExplainsWhyAPurchaseWasNotFound(string serial, string? model, string code, string english)
    {
        var result = await Lookup.FindBySerialAsync(serial, model);

        Assert.False(result.Found);
        Assert.Equal(code, result.Failure!.Code);
        Assert.Contains(english, result.Failure.TextEn);
        Assert.NotEqual(result.Failure.TextEn, result.Failure.TextZh);
    }

    [Fact]
    public async Task ReportsAnUnknownOrderNumber()
    {
        var result = await Lookup.FindByOrderNumberAsync("SO-9999", null);

        Assert.Equal(ValidationProblem.UnknownSerial, result.Failure!.Code);
        Assert.StartsWith("未找到机身号码或订单号为 SO-9999 的购买记录", result.Failure.TextZh);
    }
}

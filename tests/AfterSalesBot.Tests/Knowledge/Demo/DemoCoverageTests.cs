using System.Globalization;
using AfterSalesBot.Knowledge.Coverage;
using AfterSalesBot.Knowledge.Import;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Knowledge.Import;

namespace AfterSalesBot.Tests.Knowledge.Demo;

/// <summary>
/// The shipped demo knowledge, imported as the first start imports it (dates rebased to "today"), looked up and
/// decided: the "try these" serials of knowledge/demo/README.md get the answers the README promises.
/// </summary>
public sealed class DemoCoverageTests
{
    private static readonly DateOnly Today = new(2027, 5, 10); // any day: the import rebases the demo onto it
    private static readonly DateTimeOffset Now = new(2027, 5, 10, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static TheoryData<string, string, Verdict, string[]> Cases => new()
    {
        // serial, fault, verdict, reason codes that must be cited
        { "JQ526093898", "NO_IGNITION", Verdict.Covered, [ReasonCodes.ReturnWindow] },
        { "YT926088377", "NOISE", Verdict.Covered, [ReasonCodes.ExchangeWindow] },
        { "JQ525091280", "NO_IGNITION", Verdict.Covered, [ReasonCodes.InWarranty] },
        { "DC30202510098", "PAPER_JAM", Verdict.Covered, [ReasonCodes.InWarranty] },
        { "YT925119853", "NOISE", Verdict.NotCovered, [ReasonCodes.Expired] },
        { "DE60B250547", "LEAK", Verdict.Covered, [ReasonCodes.Extended, ReasonCodes.RepeatFailure] },
        { "RH1626062609", "LEAK", Verdict.Covered, [ReasonCodes.RepeatFailure] },
        { "DC30202312684", "PAPER_JAM", Verdict.NotCovered, [ReasonCodes.Expired] },
        { "ZD630K240866", "PRINT_QUALITY", Verdict.NotCovered, [ReasonCodes.Expired] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TheTryTheseSerialsGetTheAnswersTheReadmePromises(string serial, string fault, Verdict verdict, string[] reasons)
    {
        await using var store = await ImportedDemoAsync();
        var lookup = await new PurchaseLookup(store.Factory).FindBySerialAsync(serial, namedModel: null);
        Assert.True(lookup.Found, lookup.Failure?.TextEn);

        foreach (var language in new[] { "en", "zh-Hans" })
        {
            var decision = CoverageDecider.Decide(lookup.File!.ToRequest(
                new GatheredFacts { FaultCode = fault, IsPerformanceFault = true }, Now, Shanghai, CultureInfo.GetCultureInfo(language)));

            Assert.Equal(verdict, decision.Verdict);
            foreach (var code in reasons) Assert.NotNull(decision.Reason(code));
            Assert.All(decision.Reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
        }
    }

    [Fact]
    public async Task AnUnknownSerialIsRejectedWithAReason()
    {
        await using var store = await ImportedDemoAsync();
        var lookup = await new PurchaseLookup(store.Factory).FindBySerialAsync("JQ599999999", namedModel: null);
        Assert.False(lookup.Found);
        Assert.Equal("UNKNOWN_SERIAL", lookup.Failure!.Code);
    }

    /// <summary>"Water heater" named the gas one (JSQ-H16), the label says DE60…: the serial is an E60's, so the answer is
    /// that no such E60 was sold, not that the serial is in the wrong format for the H16.</summary>
    [Fact]
    public async Task ASerialOfAnotherModelOfTheLineIsLookedUpAsThatModel()
    {
        await using var store = await ImportedDemoAsync();
        var lookup = await new PurchaseLookup(store.Factory).FindBySerialAsync("DE60M251187", namedModel: "JSQ-H16");
        Assert.Equal("UNKNOWN_SERIAL", lookup.Failure!.Code);
    }

    [Fact]
    public async Task ASerialOfNoModelOfTheLineIsAFormatProblem()
    {
        await using var store = await ImportedDemoAsync();
        var lookup = await new PurchaseLookup(store.Factory).FindBySerialAsync("XX12345", namedModel: "JSQ-H16");
        Assert.Equal("SERIAL_FORMAT", lookup.Failure!.Code);
    }

    private static async Task<KnowledgeStore> ImportedDemoAsync()
    {
        var store = await KnowledgeStore.CreateAsync();
        var files = await KnowledgeFiles.ReadAsync(Path.Combine(RepoPaths.Root, "knowledge", "demo"), CancellationToken.None);
        Assert.Empty(files.Errors);
        var result = await store.ImportAsync(files.Documents, new ImportOptions { RebaseDatesTo = Today });
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return store;
    }
}

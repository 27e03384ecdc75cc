using AfterSalesBot.KnowledgeBench.Report;

namespace AfterSalesBot.KnowledgeBench.Phases;

/// <summary>
/// Coverage decisions per second over the held records: the hook for
/// <c>AfterSalesBot.Knowledge.Coverage.CoverageDecider.Decide(CoverageRequest)</c>, which is written on
/// branch coverage. Until it is merged the row says "not measured" rather than timing a stand-in.
/// </summary>
public static class CoveragePhase
{
    public static void Run(KnowledgeBenchOptions options, RecordStore store, KnowledgeBenchReport report)
    {
        _ = options;
        report.Add("Coverage", "coverage decisions", null, "/s",
            $"CoverageDecider not merged yet; {store.PurchasesBySerial.Count:N0} purchases are held for it");
    }
}

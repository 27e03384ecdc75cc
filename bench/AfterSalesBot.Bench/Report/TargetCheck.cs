namespace AfterSalesBot.Bench.Report;

public enum Verdict
{
    Pass,
    Fail,

    /// <summary>This run's parameters do not measure the target (e.g. --quick), so it says nothing either way.</summary>
    NotMeasured,
}

public sealed record TargetCheck(string Target, string Measured, Verdict Verdict);

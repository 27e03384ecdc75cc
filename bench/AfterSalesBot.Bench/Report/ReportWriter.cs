using AfterSalesBot.Bench.Load;

namespace AfterSalesBot.Bench.Report;

/// <summary>The plain-text report: every number with its unit.</summary>
public static class ReportWriter
{
    public static void Write(BenchReport r, TextWriter o)
    {
        var p = r.Parameters;
        o.WriteLine();
        o.WriteLine("AfterSalesBot bench: Direct Line 3.0 on loopback");
        o.WriteLine($"Machine     {r.Machine.Cores} cores, {r.Machine.Dotnet}, {r.Machine.Os}, {r.Machine.Architecture}");
        o.WriteLine($"Server      {p.Server}");
        o.WriteLine($"Parameters  {p.Conversations} conversations, at most {p.MaxTurnsPerPhase} turns and {Format.Seconds(p.MaxSecondsPerPhase)} s per phase, " +
                    $"latency rate {(p.Rate == 0 ? "closed-loop" : $"{p.Rate} turns/s")}, open {p.Open}, " +
                    $"turn timeout {p.TurnTimeoutSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s, " +
                    $"warm-up {Format.Seconds(p.WarmUpSeconds)} s per path, transport {p.Transport}{(p.Quick ? ", --quick" : "")}");
        o.WriteLine();
        WritePhases(r.Phases, o);
        o.WriteLine();
        o.WriteLine($"Bot / ceiling: {Format.Ratio(r.ThroughputRatio)} of the ceiling's turns/s; p99 {Format.Ratio(r.P99Ratio)} x the ceiling's p99");
        o.WriteLine();
        WriteMemory(r, o);
        o.WriteLine();
        o.WriteLine("Targets (2-core machine, every turn committed to SQLite)");
        foreach (var t in r.Targets)
            o.WriteLine($"  {t.Target,-40} {Verdict(t.Verdict),-13} {t.Measured}");
        o.WriteLine();
        WriteFailures(r, o);
    }

    private static void WritePhases(IReadOnlyList<PhaseResult> phases, TextWriter o)
    {
        o.WriteLine($"{"Phase",-30}{"Conv",6}{"Offered/s",10}{"OK",8}{"Failed",8}{"Time s",8}{"Turns/s",9}{"p50 ms",8}{"p95 ms",8}{"p99 ms",8}{"max ms",8}");
        foreach (var ph in phases)
        {
            var l = ph.Latency;
            o.WriteLine($"{ph.Name,-30}{ph.Conversations,6}{(ph.OfferedRate is { } rate ? Format.Rate(rate) : "-"),10}{ph.Succeeded,8}{ph.Failed,8}" +
                        $"{Format.Seconds(ph.ElapsedSeconds),8}{Format.Rate(ph.TurnsPerSecond),9}" +
                        $"{Format.Ms(l.P50Ms),8}{Format.Ms(l.P95Ms),8}{Format.Ms(l.P99Ms),8}{Format.Ms(l.MaxMs),8}");
        }

        o.WriteLine("(latency = POST sent to bot reply visible; on the 'open' row it is token + start + stream connect)");
    }

    private static void WriteMemory(BenchReport r, TextWriter o)
    {
        if (r.ServerMemory.Count == 0)
        {
            o.WriteLine("Server memory: not readable (a --url server needs --pid)");
            return;
        }

        o.WriteLine($"{"Server memory",-36}{"Working set MB",16}{"RSS MB",10}{"Peak RSS MB",13}");
        foreach (var m in r.ServerMemory)
            o.WriteLine($"{m.Label,-36}{Format.Mb(m.WorkingSetMb),16}{Format.Mb(m.RssMb),10}{Format.Mb(m.PeakRssMb),13}");
        if (r.StorageMb is { } storage)
            o.WriteLine($"SQLite data directory at the end: {Format.Mb(storage)} MB");
    }

    private static void WriteFailures(BenchReport r, TextWriter o)
    {
        o.WriteLine($"Failures: {r.FailedTurns} of {r.Turns} turns ({Format.Percent(r.FailedPercent)} %; the run fails above {BenchReport.MaxFailedPercent} %)");
        foreach (var ph in r.Phases.Where(ph => ph.Failed > 0))
        {
            o.WriteLine($"  {ph.Name}: {string.Join(", ", ph.FailuresByKind.Select(kv => $"{kv.Key} {kv.Value}"))}");
            foreach (var sample in ph.FailureSamples)
                o.WriteLine($"    {sample}");
        }
    }

    private static string Verdict(Verdict v) => v switch
    {
        Report.Verdict.Pass => "PASS",
        Report.Verdict.Fail => "FAIL",
        _ => "not measured",
    };
}

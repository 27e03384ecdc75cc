using AfterSalesBot.Bench.Load;

namespace AfterSalesBot.Bench.Long;

/// <summary>One band of one path: its turns and latency, and the host's CPU and allocation over it, per turn.</summary>
public sealed record BandResult(string Path, TurnBand Band, PhaseResult Phase, double? CpuMsPerTurn, double? KbPerTurn);

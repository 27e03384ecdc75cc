namespace AfterSalesBot.KnowledgeBench.Report;

/// <summary>One measured number; <see cref="Value"/> is null when the run did not measure it.</summary>
public sealed record BenchRow(string Section, string Metric, double? Value, string Unit, string? Note = null);

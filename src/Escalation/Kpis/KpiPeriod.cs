namespace AfterSalesBot.Escalation.Kpis;

/// <summary>The instants [<paramref name="From"/>, <paramref name="To"/>) a report covers, on one channel or all (null).</summary>
public sealed record KpiPeriod(DateTimeOffset From, DateTimeOffset To, string? Channel = null)
{
    public bool Contains(DateTimeOffset at) => at >= From && at < To;
}

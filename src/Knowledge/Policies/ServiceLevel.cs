namespace AfterSalesBot.Knowledge.Policies;

/// <summary>The promised times (DOMAIN.md §8), in hours.</summary>
public sealed class ServiceLevel
{
    /// <summary>Natural key, e.g. <c>KITCHEN-SLA</c>.</summary>
    public required string Code { get; set; }
    public int FirstReplyHours { get; set; } = 24;
    public int SolutionHours { get; set; } = 48;
    public int EmergencyResponseHours { get; set; } = 1;

    /// <summary>On-site repair after a call, by service zone code (city 24 h, county 48 h by default).</summary>
    public List<ZoneHours> OnSiteByZone { get; set; } = [];

    /// <summary>Remote support response, for lines that offer it (software).</summary>
    public int? RemoteSupportHours { get; set; }
}

public sealed class ZoneHours
{
    public required string Zone { get; set; }
    public int Hours { get; set; }
}

using System.Net;
using System.Text;

namespace AfterSalesBot.Tests.Console;

/// <summary>The KPI CSV download over HTTP carries the follow-up KPIs the dashboard shows.</summary>
public sealed class KpiCsvExportTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task The_csv_export_counts_an_agreed_repair_and_has_the_follow_up_and_satisfaction_rows()
    {
        var (customer, _) = await ConsoleCustomer.AgreeRepairAsync(fixture.Server);
        using var __ = customer;
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);

        var response = await supervisor.GetAsync("/console/supervisor/kpis?handler=Csv&days=7");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n");

        Assert.Contains("follow_up,repairs,1,,", lines); // the only complaint on this host agreed a repair
        Assert.Contains("follow_up,asked,0,,", lines); // its follow-up is days away
        Assert.Contains("rate,follow_ups_per_repair,0,0,1", lines);
        Assert.Contains("follow_up,quota_met,no,,", lines);
        Assert.Contains("satisfaction,average,,0,", lines);
        Assert.Contains("satisfaction,rated_5,0,,0", lines);
    }
}

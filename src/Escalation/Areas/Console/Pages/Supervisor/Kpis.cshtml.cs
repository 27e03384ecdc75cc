using System.Globalization;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Console.Charts;
using AfterSalesBot.Escalation.Kpis;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Supervisor;

/// <summary>
/// The KPI dashboard (DOMAIN.md §8, §9) for the last 7, 30 or 90 days or chosen days, on one channel or all: tiles for
/// the numbers, server-drawn charts for the mixes and the daily volume, the optional language model's tokens (only when
/// the period used any), and the report as CSV (<c>?handler=Csv</c>).
/// </summary>
public sealed class KpisModel(KpiService kpis, FollowUpKpiService followUps) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)] public int? Days { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Channel { get; set; }

    public DashboardPeriod Choice { get; private set; } = null!;
    public KpiReport Report { get; private set; } = null!;
    public FollowUpKpis FollowUp { get; private set; } = null!;

    /// <summary>The 1–5 distribution, best first.</summary>
    public HtmlString SatisfactionChart => SvgCharts.HorizontalBars(L.T("Kpi.SatisfactionChart"),
        [.. Enumerable.Range(1, 5).Reverse().Select(n => new ChartPoint(n + " ★", FollowUp.Distribution[n - 1]))], L.T("Chart.NoData"));

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await AuditAsync(AuditActions.KpisViewed, null, Described);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        await AuditAsync(AuditActions.KpisExported, null, Described + ", csv");
        var name = string.Create(CultureInfo.InvariantCulture, $"kpis-{Choice.FirstDay:yyyy-MM-dd}-{Choice.LastDay:yyyy-MM-dd}-{Choice.Period.Channel ?? "all"}");
        return File(KpiCsv.ToBytes(Report, FollowUp), KpiCsv.ContentType, DownloadName.For(name, ".csv", "kpis"));
    }

    /// <summary>This period as a query string (for the CSV link).</summary>
    public string Query => Choice.Days is { } days
        ? $"days={days}{ChannelQuery}"
        : string.Create(CultureInfo.InvariantCulture, $"from={Choice.FirstDay:yyyy-MM-dd}&to={Choice.LastDay:yyyy-MM-dd}{ChannelQuery}");

    /// <summary>What was looked at, for the audit log: the days (first and last, included) and the channel.</summary>
    private string Described =>
        string.Create(CultureInfo.InvariantCulture, $"{Choice.FirstDay:yyyy-MM-dd}..{Choice.LastDay:yyyy-MM-dd}, channel {Choice.Period.Channel ?? "all"}");

    private string ChannelQuery => Choice.Period.Channel is { } channel ? "&channel=" + Uri.EscapeDataString(channel) : "";

    public HtmlString DailyChart => SvgCharts.Columns(L.T("Kpi.Daily"),
        [.. Report.Daily.Select(d => new ChartPoint(d.Day.ToString("MM-dd", CultureInfo.InvariantCulture), d.Count))], L.T("Chart.NoData"));

    /// <summary>How complaints ended: settled by the bot, handed to a person, or neither (left, still going).</summary>
    public HtmlString OutcomeChart => SvgCharts.Donut(L.T("Kpi.Outcomes"),
    [
        new(L.T("Kpi.Outcome.Bot"), Report.BotResolution.Count),
        new(L.T("Kpi.Outcome.Person"), Report.Escalation.Count),
        new(L.T("Kpi.Outcome.Open"), Math.Max(0, Report.Complaints - Report.BotResolution.Count - Report.Escalation.Count)),
    ], L.T("Chart.NoData"));

    public HtmlString ReasonChart => SvgCharts.HorizontalBars(L.T("Kpi.ReasonMix"),
        [.. Report.ReasonMix.Select(r => new ChartPoint(ConsoleLabels.Of(ConsoleLabels.ReasonCodeGroup, r.Code), r.Count, Share(r.Count)))], L.T("Chart.NoData"));

    public HtmlString RepeatFailureChart => Models(L.T("Kpi.RepeatFailures"), Report.RepeatFailures);

    public HtmlString ReopenedChart => Models(L.T("Kpi.Reopened"), Report.ReopenedCases);

    private static HtmlString Models(string title, IReadOnlyList<ModelCount> models) =>
        SvgCharts.HorizontalBars(title, [.. models.Select(m => new ChartPoint(m.Model, m.Count))], L.T("Chart.NoData"));

    /// <summary>"12 (40%)": the count and its share of the complaints.</summary>
    private string Share(int count) => Report.Complaints == 0
        ? count.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{count} ({(double)count / Report.Complaints:0%})");

    private async Task LoadAsync(CancellationToken ct)
    {
        Choice = DashboardPeriod.Choose(Days, From, To, Channel, Now, Zone);
        Report = await kpis.ReportAsync(Choice.Period, ct);
        FollowUp = await followUps.ReportAsync(Choice.Period, ct);
    }
}

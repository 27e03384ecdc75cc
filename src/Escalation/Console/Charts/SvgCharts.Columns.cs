using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace AfterSalesBot.Escalation.Console.Charts;

public static partial class SvgCharts
{
    private const double ColumnsHeight = 210;
    private const double PlotTop = 14;
    private const double PlotBottom = 176;
    private const double PlotLeft = 40;
    private const double MostAxisLabels = 12;

    /// <summary>One column per point, left to right (a series over time: complaints per day), with the largest value
    /// and zero marked on the axis and at most about a dozen labels underneath so they never overlap.</summary>
    public static HtmlString Columns(string title, IReadOnlyList<ChartPoint> points, string noData, int width = 880)
    {
        if (!HasData(points)) return NoData(title, noData);
        var max = points.Max(p => p.Value);
        var band = (width - PlotLeft - 6) / points.Count;
        var column = Math.Max(1, band * 0.78);
        var every = (int)Math.Ceiling(points.Count / MostAxisLabels);
        var height = PlotBottom - PlotTop;
        var svg = new StringBuilder();
        Open(svg, "columns", title, width, ColumnsHeight);
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"axis\" x1=\"{N(PlotLeft)}\" y1=\"{N(PlotBottom)}\" x2=\"{width - 4}\" y2=\"{N(PlotBottom)}\" stroke=\"#9fb3c8\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"grid\" x1=\"{N(PlotLeft)}\" y1=\"{N(PlotTop)}\" x2=\"{width - 4}\" y2=\"{N(PlotTop)}\" stroke=\"#d9e2ec\" stroke-dasharray=\"3 3\"/>");
        Text(svg, PlotLeft - 6, PlotTop + 4, max.ToString("0.##", CultureInfo.InvariantCulture), "end", "axis-label");
        Text(svg, PlotLeft - 6, PlotBottom + 4, "0", "end", "axis-label");
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var x = PlotLeft + i * band + (band - column) / 2;
            var length = BarLength(p.Value, max, height);
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Escape(p.Label)}: {Escape(p.Shown)}</title>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{N(x)}\" y=\"{N(PlotBottom - length)}\" width=\"{N(column)}\" height=\"{N(length)}\" fill=\"{Palette[0]}\"/>");
            if (i % every == 0) Text(svg, x + column / 2, PlotBottom + 16, Fit(p.Label, band * every - 4), "middle", "axis-label");
            svg.Append("</g>");
        }
        return Close(svg);
    }
}

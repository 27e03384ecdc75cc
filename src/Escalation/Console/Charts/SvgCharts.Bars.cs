using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace AfterSalesBot.Escalation.Console.Charts;

public static partial class SvgCharts
{
    private const double RowHeight = 26;
    private const double BarHeight = 17;
    private const double MaxLabelWidth = 230;
    private const double ValueRoom = 90;

    /// <summary>One horizontal bar per point, in the order given, each as long as its value against the largest; the
    /// label on the left, the value at the bar's end. For mixes and rankings (reasons, models).</summary>
    public static HtmlString HorizontalBars(string title, IReadOnlyList<ChartPoint> points, string noData, int width = 540)
    {
        if (!HasData(points)) return NoData(title, noData);
        var labelWidth = Math.Min(MaxLabelWidth, points.Max(p => TextWidth(p.Label))) + 10;
        var plot = width - labelWidth - ValueRoom;
        var max = points.Max(p => p.Value);
        var svg = new StringBuilder();
        Open(svg, "bars", title, width, points.Count * RowHeight + 6);
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var y = i * RowHeight + 4;
            var length = BarLength(p.Value, max, plot);
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Escape(p.Label)}: {Escape(p.Shown)}</title>");
            Text(svg, labelWidth - 8, y + BarHeight - 4, Fit(p.Label, labelWidth - 10), "end");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{N(labelWidth)}\" y=\"{N(y)}\" width=\"{N(length)}\" height=\"{N(BarHeight)}\" rx=\"2\" fill=\"{Palette[0]}\"/>");
            Text(svg, labelWidth + length + 6, y + BarHeight - 4, p.Shown, css: "value");
            svg.Append("</g>");
        }
        return Close(svg);
    }

    /// <summary>The bar's length for <paramref name="value"/> when the largest value fills <paramref name="plot"/>.</summary>
    internal static double BarLength(double value, double max, double plot) =>
        max <= 0 || !double.IsFinite(value) || value <= 0 ? 0 : plot * Math.Min(value, max) / max;
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace AfterSalesBot.Escalation.Console.Charts;

public static partial class SvgCharts
{
    private const double DonutHeight = 200;
    private const double Radius = 70;
    private const double Ring = 30;
    private const double Centre = 100;

    /// <summary>Shares of a whole as a ring, the total in the middle and a legend with each part's value and share.
    /// For a handful of parts (how complaints ended); more than the palette's eight repeat colours.</summary>
    public static HtmlString Donut(string title, IReadOnlyList<ChartPoint> points, string noData, int width = 500)
    {
        if (!HasData(points)) return NoData(title, noData);
        var total = points.Where(p => p.Value > 0).Sum(p => p.Value);
        var circumference = 2 * Math.PI * Radius;
        var svg = new StringBuilder();
        Open(svg, "donut", title, width, Math.Max(DonutHeight, points.Count * 24 + 20));
        var offset = 0.0;
        var legendX = Centre * 2 + 30;
        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            var colour = Palette[i % Palette.Length];
            var share = p.Value > 0 ? p.Value / total : 0;
            var length = share * circumference;
            var percent = share.ToString("0%", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Escape(p.Label)}: {Escape(p.Shown)} ({percent})</title>");
            if (length > 0)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<circle class=\"slice\" cx=\"{N(Centre)}\" cy=\"{N(Centre)}\" r=\"{N(Radius)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{N(Ring)}\" ");
                svg.Append(CultureInfo.InvariantCulture,
                    $"stroke-dasharray=\"{N(length)} {N(circumference - length)}\" stroke-dashoffset=\"{N(-offset)}\" transform=\"rotate(-90 {N(Centre)} {N(Centre)})\"/>");
            }
            var y = 24 + i * 24;
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"swatch\" x=\"{N(legendX)}\" y=\"{N(y - 11)}\" width=\"12\" height=\"12\" fill=\"{colour}\"/>");
            Text(svg, legendX + 18, y, Fit($"{p.Label} — {p.Shown} ({percent})", width - legendX - 8));
            svg.Append("</g>");
            offset += length;
        }
        Text(svg, Centre, Centre + 6, total.ToString("0.##", CultureInfo.InvariantCulture), "middle", "total");
        return Close(svg);
    }
}

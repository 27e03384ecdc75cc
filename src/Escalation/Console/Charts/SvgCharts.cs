using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace AfterSalesBot.Escalation.Console.Charts;

/// <summary>
/// Small charts as inline SVG, drawn on the server: no script, nothing to load, prints as it shows. Every text that
/// goes in is escaped here, so labels may come from anywhere. Each chart is a figure with its title as the caption and
/// an image named by it (<c>role="img"</c>, <c>&lt;title&gt;</c>); each mark has its own title (label and value) as a
/// tooltip; a chart with nothing to show is a sentence instead ("no data yet"), never an empty frame. Charts are drawn
/// at their natural width in pixels and only shrink (CSS) where the column is narrower, so the text stays readable.
/// </summary>
public static partial class SvgCharts
{

    private const double LatinCharWidth = 7.2;
    private const double WideCharWidth = 12.5;

    /// <summary>Colours that stay apart in print and for the common colour-vision deficiencies.</summary>
    internal static readonly string[] Palette = ["#0b6bcb", "#ef6c00", "#2e7d32", "#8e44ad", "#c62828", "#00838f", "#6d4c41", "#7b8794"];

    /// <summary>Text and attribute values: the five characters that matter in HTML and XML.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>The sentence shown instead of a chart with nothing in it.</summary>
    public static HtmlString NoData(string title, string noData) =>
        new($"<figure class=\"chart\"><figcaption>{Escape(title)}</figcaption><p class=\"chart-empty\">{Escape(noData)}</p></figure>");

    private static bool HasData(IReadOnlyList<ChartPoint> points) => points.Any(p => p.Value > 0 && double.IsFinite(p.Value));

    private static void Open(StringBuilder svg, string kind, string title, double width, double height)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\"><figcaption>{Escape(title)}</figcaption>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart {kind}\" role=\"img\" aria-label=\"{Escape(title)}\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title>");
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg></figure>").ToString());

    private static void Text(StringBuilder svg, double x, double y, string text, string? anchor = null, string? css = null) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{N(x)}\" y=\"{N(y)}\"{(anchor is null ? "" : $" text-anchor=\"{anchor}\"")}{(css is null ? "" : $" class=\"{css}\"")}>{Escape(text)}</text>");

    /// <summary>A coordinate, invariant, to a tenth.</summary>
    internal static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>About how wide the label sets at 12px: Chinese characters take about twice a Latin letter.</summary>
    internal static double TextWidth(string text) => text.Sum(c => c >= '\u2E80' ? WideCharWidth : LatinCharWidth);

    /// <summary>The label cut with an ellipsis to fit <paramref name="width"/>; the full label stays in the mark's title.</summary>
    internal static string Fit(string text, double width)
    {
        if (TextWidth(text) <= width) return text;
        var cut = new StringBuilder();
        var used = LatinCharWidth;
        foreach (var c in text)
        {
            used += c >= '\u2E80' ? WideCharWidth : LatinCharWidth;
            if (used > width) break;
            cut.Append(c);
        }
        return cut.Append('…').ToString();
    }
}

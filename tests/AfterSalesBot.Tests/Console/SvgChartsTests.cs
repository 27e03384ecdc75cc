using System.Globalization;
using System.Xml.Linq;
using AfterSalesBot.Escalation.Console.Charts;

namespace AfterSalesBot.Tests.Console;

public sealed class SvgChartsTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The chart's SVG, parsed as XML: anything left unescaped would fail here or show up as an element.</summary>
    private static XElement Parse(Microsoft.AspNetCore.Html.HtmlString chart) => XElement.Parse(chart.Value!).Element(Svg + "svg")!;

    private static double Number(XElement e, string attribute) => double.Parse(e.Attribute(attribute)!.Value, CultureInfo.InvariantCulture);

    [Fact]
    public void EscapesLabelsSoTheyStayText()
    {
        const string label = "<script>alert('x')</script> & \"quoted\"";
        var chart = SvgCharts.HorizontalBars("Reasons <b>", [new ChartPoint(label, 3)], "no data");

        Assert.DoesNotContain("<script>", chart.Value);
        Assert.DoesNotContain("<b>", chart.Value);
        var svg = Parse(chart);
        Assert.Equal("Reasons <b>", svg.Element(Svg + "title")!.Value);
        Assert.Equal("Reasons <b>", svg.Attribute("aria-label")!.Value);
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value == label + ": 3");
    }

    [Fact]
    public void EscapesLabelsInColumnsAndDonut()
    {
        var points = new[] { new ChartPoint("<img src=x onerror=alert(1)>", 2), new ChartPoint("b", 1) };
        foreach (var chart in new[] { SvgCharts.Columns("t", points, "none"), SvgCharts.Donut("t", points, "none") })
        {
            Assert.DoesNotContain("<img", chart.Value);
            Assert.Contains(Parse(chart).Descendants(Svg + "title"), t => t.Value.StartsWith("<img src=x onerror=alert(1)>: 2", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void IsAnAccessibleImageWithItsTitleFirstAndAsTheCaption()
    {
        var chart = SvgCharts.Columns("投诉/天", [new ChartPoint("11-21", 4)], "暂无数据");
        var svg = Parse(chart);

        Assert.Equal("投诉/天", XElement.Parse(chart.Value!).Element("figcaption")!.Value);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("title", svg.Elements().First().Name.LocalName);
        Assert.Equal("投诉/天", svg.Elements().First().Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void SaysNoDataInsteadOfAnEmptyChart(int zeros)
    {
        var points = Enumerable.Range(0, zeros).Select(i => new ChartPoint($"day {i}", 0)).ToList();

        foreach (var chart in new[] { SvgCharts.HorizontalBars("Mix", points, "no data yet"), SvgCharts.Columns("Daily", points, "no data yet"),
                     SvgCharts.Donut("Outcomes", points, "no data yet") })
        {
            Assert.DoesNotContain("<svg", chart.Value);
            Assert.Contains("no data yet", chart.Value);
            Assert.Contains("chart-empty", chart.Value);
            Assert.Contains("<figcaption>", chart.Value);
        }
    }

    [Fact]
    public void BarsAreAsLongAsTheirValues()
    {
        var svg = Parse(SvgCharts.HorizontalBars("Repeat failures", [new("JZT-Q5", 10), new("RSQ-8", 5), new("X", 2.5), new("Y", 0)], "none"));

        var widths = svg.Descendants(Svg + "rect").Where(r => r.Attribute("class")?.Value == "bar").Select(r => Number(r, "width")).ToList();
        Assert.Equal(4, widths.Count);
        Assert.True(widths[0] > 200, "the largest bar fills most of the chart");
        Assert.Equal(widths[0] / 2, widths[1], 0.2);
        Assert.Equal(widths[0] / 4, widths[2], 0.2);
        Assert.Equal(0, widths[3]);
    }

    [Fact]
    public void ColumnsAreAsTallAsTheirValuesAndLabelsDoNotCrowd()
    {
        var points = Enumerable.Range(0, 90).Select(i => new ChartPoint($"d{i}", i % 3)).ToList();
        var svg = Parse(SvgCharts.Columns("Daily", points, "none"));

        var heights = svg.Descendants(Svg + "rect").Select(r => Number(r, "height")).ToList();
        Assert.Equal(90, heights.Count);
        Assert.Equal(0, heights[0]);
        Assert.Equal(heights[2] / 2, heights[1], 0.2);
        var labels = svg.Descendants(Svg + "text").Count(t => t.Attribute("class")?.Value == "axis-label");
        Assert.InRange(labels, 2 + 8, 2 + 13); // zero and the maximum, then about a dozen days
    }

    [Fact]
    public void DonutSlicesShareTheRingByValue()
    {
        var svg = Parse(SvgCharts.Donut("Outcomes", [new("Bot", 3), new("Person", 1), new("Left", 0)], "none"));

        var slices = svg.Descendants(Svg + "circle").Select(c => c.Attribute("stroke-dasharray")!.Value.Split(' ')
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(2, slices.Count); // nothing drawn for zero
        var ring = slices[0][0] + slices[0][1];
        Assert.Equal(ring * 0.75, slices[0][0], 0.2);
        Assert.Equal(ring * 0.25, slices[1][0], 0.2);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.StartsWith("Left — 0 (0%)", StringComparison.Ordinal));
    }

    [Fact]
    public void LongLabelsAreCutButKeptWholeInTheTooltip()
    {
        var label = new string('长', 60);
        var svg = Parse(SvgCharts.HorizontalBars("t", [new(label, 1)], "none"));

        var shown = svg.Descendants(Svg + "text").First().Value;
        Assert.EndsWith("…", shown);
        Assert.True(shown.Length < label.Length);
        Assert.Contains(svg.Descendants(Svg + "title"), t => t.Value == label + ": 1");
    }
}

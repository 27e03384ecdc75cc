using System.Globalization;
using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Kpis;

namespace AfterSalesBot.Tests.Console;

public sealed class KpiFormatTests
{
    [Fact]
    public void ARateWithNothingToDivideByIsADashNotZero()
    {
        Assert.Equal("—", KpiFormat.Percent(new Rate(0, 0)));
        Assert.Equal("0%", KpiFormat.Percent(new Rate(0, 4)));
        Assert.Equal("66.7%", KpiFormat.Percent(new Rate(2, 3)));
        Assert.Equal("2 / 3", KpiFormat.Fraction(new Rate(2, 3)));
    }

    [Fact]
    public void DurationsReadInThePagesLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = ConsoleTexts.English;
            Assert.Equal("—", KpiFormat.Duration(null));
            Assert.Equal("45 min", KpiFormat.Duration(TimeSpan.FromMinutes(45)));
            Assert.Equal("26 h 5 min", KpiFormat.Duration(new TimeSpan(1, 2, 5, 0)));
            Assert.Equal("3 d 4 h", KpiFormat.Duration(new TimeSpan(3, 4, 30, 0)));
            CultureInfo.CurrentUICulture = ConsoleTexts.Chinese;
            Assert.Equal("45 分钟", KpiFormat.Duration(TimeSpan.FromMinutes(45)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

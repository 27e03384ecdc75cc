using System.Net;

namespace AfterSalesBot.Tests.Console;

/// <summary>Days and numbers in console addresses are checked before they reach a query: a day no report can cover or a
/// value that is not a day is a 400 with the reason in the reader's language; nothing a URL says gives a 5xx.</summary>
public sealed class ConsoleQueryValidationTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Theory]
    [InlineData("en", "/console/supervisor/kpis?from=0001-01-01&to=9999-12-31", "must be a day between 2000-01-01 and 2099-12-31")]
    [InlineData("zh", "/console/supervisor/kpis?from=0001-01-01&to=9999-12-31", "必须是 2000-01-01 至 2099-12-31 之间的日期")]
    [InlineData("en", "/console/supervisor/kpis?handler=Csv&to=9999-12-31", "must be a day between 2000-01-01 and 2099-12-31")]
    [InlineData("en", "/console/supervisor/transcripts?to=9999-12-31", "must be a day between 2000-01-01 and 2099-12-31")]
    [InlineData("zh", "/console/supervisor/transcripts?from=0001-01-01", "必须是 2000-01-01 至 2099-12-31 之间的日期")]
    [InlineData("en", "/console/supervisor/kpis?from=yesterday", "The value of 'from' is not valid.")]
    [InlineData("zh", "/console/supervisor/kpis?days=many", "参数“days”的值无效。")]
    [InlineData("en", "/console/supervisor/transcripts?p=two", "The value of 'p' is not valid.")]
    public async Task A_day_out_of_range_or_not_a_day_is_refused_with_the_reason(string language, string url, string reason)
    {
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        await supervisor.GetAsync("/console/language/" + language);
        var response = await supervisor.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/console/supervisor/kpis?days=-5")]
    [InlineData("/console/supervisor/kpis?days=99999999999")]
    [InlineData("/console/supervisor/kpis?from=2099-12-31&to=2000-01-01")]
    [InlineData("/console/supervisor/kpis?from=2000-01-01")]
    [InlineData("/console/supervisor/kpis?to=2000-01-01")]
    [InlineData("/console/supervisor/kpis?from=2026-02-30")]
    [InlineData("/console/supervisor/transcripts?p=2147483647")]
    [InlineData("/console/supervisor/transcripts?p=-2147483648")]
    [InlineData("/console/supervisor/transcripts?from=2000-01-01&to=2099-12-31&p=99999")]
    [InlineData("/console/supervisor/transcript/nobody?notes=maybe")]
    [InlineData("/console/supervisor/transcript/nobody?handler=Export&format=csv&notes=2")]
    [InlineData("/console/admin/audit?actor=%00&target=x")]
    [InlineData("/console/case/AS-99999999-9999")]
    public async Task No_address_gives_a_server_error(string url)
    {
        using var admin = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Admin);
        var response = await admin.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }
}

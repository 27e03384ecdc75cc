using AfterSalesBot.Bot.Language.Understanding;

namespace AfterSalesBot.Tests.Language;

public sealed class ModelReadingTests
{
    [Fact]
    public void ReadsTheSchemasJson()
    {
        var reading = ModelReading.Parse("""
            {"intent":"complaint","models":["JZT-Q5"],"serial":null,"order_number":"SO-1","dates":[{"text":"yesterday","date":"2026-11-21"}],
             "symptoms":["LEAK"],"causes":[{"code":"VOLTAGE","happened":true}],"wants":"repair","amount":null,"anger":1,"urgent":false,"hazard":null}
            """);

        Assert.NotNull(reading);
        Assert.Equal("complaint", reading.Intent);
        Assert.Equal("SO-1", reading.OrderNumber);
        Assert.Equal("2026-11-21", reading.Dates[0].Date);
        Assert.True(reading.Causes[0].Happened);
    }

    [Theory]
    [InlineData("Sure! {intent: complaint")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    [InlineData("{\"intent\": null, \"models\": []}")]
    [InlineData("```json\nnot json\n```")]
    public void RejectsWhatIsNotTheSchemasJson(string content) => Assert.Null(ModelReading.Parse(content));

    [Fact]
    public void ToleratesAMarkdownFence() =>
        Assert.Equal("thanks", ModelReading.Parse("```json\n{\"intent\":\"thanks\"}\n```")?.Intent);
}

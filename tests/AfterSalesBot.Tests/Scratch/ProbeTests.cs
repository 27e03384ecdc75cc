using System.Text.Json;
using AfterSalesBot.Bot.Conversations.Understanding;
using Xunit.Abstractions;
using static AfterSalesBot.Tests.Conversations.Understanding.Interpreting;

namespace AfterSalesBot.Tests.Scratch;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var lines = File.ReadAllLines("/tmp/probe.txt");
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split('|', 2);
            var said = Interpret(parts[1], parts[0]);
            output.WriteLine(parts[1] + " => " + JsonSerializer.Serialize(said, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } }));
        }
        Assert.NotEmpty(lines);
    }
}

using System.Text.Json;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.DirectLine;

/// <summary>
/// Web Chat sends its join event when Direct Line connects, and a quick customer can type before that event's
/// turn has run: the two POSTs race. Whatever order they arrive in, the customer is greeted once and the first
/// message is answered.
/// </summary>
public sealed class JoinRaceTests(BotServerFixture fixture) : IClassFixture<BotServerFixture>
{
    private const string Complaint = "My Q5 gas stove won't light since yesterday";

    [Theory]
    [InlineData("join-first")]
    [InlineData("message-first")]
    [InlineData("together")]
    public async Task TheFirstMessageIsAnsweredWhateverOrderTheJoinEventArrivesIn(string order)
    {
        for (var round = 0; round < 8; round++)
        {
            using var client = await new DirectLineTestClient(fixture.Server).StartSessionAsync();
            string messageId;
            switch (order)
            {
                case "join-first":
                    await PostJoinAsync(client);
                    messageId = await client.SendTextAsync(Complaint);
                    break;
                case "message-first":
                    messageId = await client.SendTextAsync(Complaint);
                    await PostJoinAsync(client);
                    break;
                default:
                    var join = PostJoinAsync(client);
                    var message = client.SendTextAsync(Complaint);
                    await join;
                    messageId = await message;
                    break;
            }

            var replies = await client.WaitForRepliesAsync(messageId, 1, TimeSpan.FromSeconds(20));
            await WaitUntilAsync(client, all => all.Any(a => ((string?)a["text"])?.Contains("Is that correct?") == true), $"round {round}: no restatement");
            var (activities, _) = await client.GetActivitiesAsync();
            var texts = activities.Where(a => (string?)a!["from"]!["role"] == "bot").Select(a => (string?)a!["text"] ?? "").ToList();
            Assert.Equal(1, texts.Count(t => t.StartsWith("Hello, I'm AfterSalesBot", StringComparison.Ordinal)));
            Assert.Single(texts, t => t.Contains("Is that correct?", StringComparison.Ordinal));
            Assert.NotEmpty(replies);
        }
    }

    private static async Task PostJoinAsync(DirectLineTestClient client)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "event",
            name = "webchat/join",
            value = new { locale = "en-US" },
            locale = "en-US",
            from = new { id = client.UserId, role = "user" },
            channelData = new { clientActivityID = Guid.NewGuid().ToString("N") },
        });
        var response = await client.PostRawAsync(body);
        response.EnsureSuccessStatusCode();
    }

    private static async Task WaitUntilAsync(DirectLineTestClient client, Func<List<System.Text.Json.Nodes.JsonNode>, bool> done, string because)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var (activities, _) = await client.GetActivitiesAsync();
            var all = activities.Select(a => a!).ToList();
            if (done(all)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException(because + ": " + activities.ToJsonString());
            await Task.Delay(50);
        }
    }
}

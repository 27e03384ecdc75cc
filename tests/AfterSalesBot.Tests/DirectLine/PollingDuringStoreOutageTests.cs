using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AfterSalesBot.Tests.DirectLine;

/// <summary>
/// DirectLineJS stops polling for good after one failed GET, so a store outage must read as "nothing new".
/// The outage is injected at the context factory: reads fail while it is switched on.
/// </summary>
public sealed class PollingDuringStoreOutageTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "asb-outage-" + Guid.NewGuid().ToString("N"));
    private readonly FlakyFactory.Switch _outage = new();
    private readonly WebApplicationFactory<Program> _factory;

    public PollingDuringStoreOutageTests() =>
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Storage:DataDirectory", _data);
            b.ConfigureServices(s =>
            {
                var real = s.Single(d => d.ServiceType == typeof(IDbContextFactory<BotDbContext>));
                s.Remove(real);
                s.AddSingleton<IDbContextFactory<BotDbContext>>(sp =>
                    new FlakyFactory((IDbContextFactory<BotDbContext>)real.ImplementationFactory!(sp), _outage));
            });
        });

    [Fact]
    public async Task PollingAnswersAnEmptySetDuringAnOutageAndCatchesUpAfter()
    {
        var http = _factory.CreateClient();
        var session = (await (await http.PostAsJsonAsync("/api/webchat/session", new { })).Content.ReadFromJsonAsync<JsonObject>())!;
        var conversation = (string)session["conversationId"]!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)session["token"]!);
        var posted = await http.PostAsJsonAsync($"/v3/directline/conversations/{conversation}/activities", new { type = "message", text = "hello" });
        posted.EnsureSuccessStatusCode();

        _outage.On = true;
        var during = await http.GetAsync($"/v3/directline/conversations/{conversation}/activities?watermark=0");
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        var empty = (await during.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Empty((JsonArray)empty["activities"]!);
        Assert.Equal("0", (string?)empty["watermark"]);

        _outage.On = false;
        var after = (await http.GetFromJsonAsync<JsonObject>($"/v3/directline/conversations/{conversation}/activities?watermark=0"))!;
        Assert.Contains(((JsonArray)after["activities"]!), a => (string?)a!["text"] == "hello");
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    /// <summary>Fails to hand out contexts while the switch is on, as an unreachable database would.</summary>
    private sealed class FlakyFactory(IDbContextFactory<BotDbContext> inner, FlakyFactory.Switch outage) : IDbContextFactory<BotDbContext>
    {
        public sealed class Switch
        {
            public volatile bool On;
        }

        public BotDbContext CreateDbContext()
        {
            if (outage.On) throw new InvalidOperationException("injected store outage");
            return inner.CreateDbContext();
        }
    }
}

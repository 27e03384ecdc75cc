using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.InterpreterBench;

/// <summary>
/// REPLAY, not a model: an OpenAI chat-completions endpoint on loopback that answers each reading request with the
/// recorded reading for that exact customer text (a JSON file of text → reading, e.g. recorded from a real model), or
/// with an empty reading ("statement", no facts) when there is none. Its figures measure the plumbing and the merge,
/// never a model's understanding.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private const string Empty = """{"intent":"statement","models":[],"serial":null,"order_number":null,"dates":[],"symptoms":[],"causes":[],"wants":null,"amount":null,"anger":0,"urgent":false,"hazard":null}""";
    private readonly WebApplication _app;
    private readonly IReadOnlyDictionary<string, string> _recorded;
    private int _replayed;

    private ReplayServer(WebApplication app, IReadOnlyDictionary<string, string> recorded)
    {
        _app = app;
        _recorded = recorded;
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>How many requests were answered from the recordings (the rest got the empty reading).</summary>
    public int Replayed => _replayed;

    public static async Task<ReplayServer> StartAsync(string? recordings)
    {
        var recorded = recordings is null
            ? new Dictionary<string, string>()
            : JsonNode.Parse(File.ReadAllText(recordings))!.AsObject().ToDictionary(p => p.Key, p => p.Value!.ToJsonString());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ReplayServer(app, recorded);
        app.MapPost("/v1/chat/completions", server.AnswerAsync);
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/v1";
        return server;
    }

    private async Task AnswerAsync(HttpContext http)
    {
        var request = await JsonNode.ParseAsync(http.Request.Body);
        var text = request?["messages"]?.AsArray().LastOrDefault(m => (string?)m?["role"] == "user")?["content"]?.ToString() ?? "";
        var content = _recorded.TryGetValue(text, out var reading) ? reading : Empty;
        if (!ReferenceEquals(content, Empty)) Interlocked.Increment(ref _replayed);
        await http.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-replay",
            @object = "chat.completion",
            created = 0,
            model = "replay",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 0, completion_tokens = 0, total_tokens = 0 },
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Tests.Language;

/// <summary>
/// CONTRACT FAKE of the OpenAI chat-completions API (no model can run here), on loopback through Kestrel. It serves
/// <c>POST /v1/chat/completions</c> (bearer key) and Azure OpenAI's <c>POST /openai/deployments/{name}/chat/completions
/// ?api-version=</c> (<c>api-key</c> header), checks requests as the real service does (401 without the key, 400 for a
/// request without model or messages, for streaming, malformed tools or response_format) with the real error shape,
/// records every request, and answers with recorded responses (Fixtures/*.json: status, headers, delay, body) chosen
/// by what the request's messages contain.
/// </summary>
public sealed class FakeChatCompletions : IAsyncDisposable
{
    /// <summary>A made-up key for the fake; it is not a secret and opens nothing real.</summary>
    public const string Key = "sk-fake-contract-key-0000";

    private static readonly string[] Roles = ["system", "developer", "user", "assistant", "tool"];
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Recording> _once = new();
    private readonly ConcurrentBag<Recording> _always = [];
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeChatCompletions(WebApplication app) => _app = app;

    public string Root { get; private set; } = "";

    /// <summary>The base URL for OpenAI-compatible configuration (…/v1).</summary>
    public string BaseUrl => Root + "/v1";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeChatCompletions> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeChatCompletions(app);
        app.MapPost("/v1/chat/completions", (HttpContext http) => fake.HandleAsync(http, azure: false));
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext http) => fake.HandleAsync(http, azure: true));
        await app.StartAsync();
        fake.Root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return fake;
    }

    /// <summary>Answers the next request whose messages contain the recording's "when" text, once.</summary>
    public void Once(string fixture) => _once.Enqueue(Recording.Load(fixture));

    /// <summary>Answers every matching request that no one-shot recording took.</summary>
    public void Always(string fixture) => _always.Add(Recording.Load(fixture));

    private async Task HandleAsync(HttpContext http, bool azure)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var raw = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        JsonNode? body = null;
        try { body = JsonNode.Parse(raw); } catch (JsonException) { }
        var request = new RecordedRequest(http.Request.Path, http.Request.QueryString.Value ?? "", headers, raw, body);
        _requests.Enqueue(request);

        if (azure ? headers.GetValueOrDefault("api-key") != Key : headers.GetValueOrDefault("Authorization") != "Bearer " + Key)
        {
            await ErrorAsync(http, 401, azure ? "Access denied due to invalid subscription key or wrong API endpoint." : "Incorrect API key provided.",
                "invalid_request_error", "invalid_api_key");
            return;
        }
        if (azure && !http.Request.Query.ContainsKey("api-version"))
        {
            await ErrorAsync(http, 404, "Resource not found", "invalid_request_error", "404");
            return;
        }
        if (Invalid(body, azure) is { } problem)
        {
            await ErrorAsync(http, 400, problem, "invalid_request_error", null);
            return;
        }
        var recording = Take(request.Conversation);
        if (recording is null)
        {
            await ErrorAsync(http, 500, "The contract fake has no recorded response for this request.", "server_error", null);
            return;
        }
        if (recording.DelayMs > 0)
        {
            try { await Task.Delay(recording.DelayMs, http.RequestAborted); } catch (OperationCanceledException) { return; }
        }
        http.Response.StatusCode = recording.Status;
        foreach (var (name, value) in recording.Headers) http.Response.Headers[name] = value;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(recording.Body);
    }

    private Recording? Take(string conversation)
    {
        // One-shot recordings in order: the first whose condition matches is used and removed.
        var skipped = new List<Recording>();
        Recording? chosen = null;
        while (_once.TryDequeue(out var next))
        {
            if (chosen is null && next.Matches(conversation)) chosen = next;
            else skipped.Add(next);
        }
        foreach (var r in skipped) _once.Enqueue(r);
        return chosen ?? _always.FirstOrDefault(r => r.Matches(conversation));
    }

    /// <summary>What the real service rejects with 400, in its words where it matters to a client.</summary>
    private static string? Invalid(JsonNode? body, bool azure)
    {
        if (body is not JsonObject request) return "We could not parse the JSON body of your request.";
        if (!azure && request["model"]?.GetValueKind() != JsonValueKind.String) return "you must provide a model parameter";
        if (request["messages"] is not JsonArray { Count: > 0 } messages) return "'messages' must contain at least one message.";
        foreach (var message in messages)
            if (message?["role"]?.GetValue<string>() is not { } role || !Roles.Contains(role)) return "Invalid value for 'role'.";
        if (request["stream"]?.GetValueKind() == JsonValueKind.True) return "This contract fake replays non-streaming responses only.";
        if (request["tools"] is JsonArray tools)
            foreach (var tool in tools)
                if (tool?["type"]?.GetValue<string>() != "function" || tool["function"]?["name"]?.GetValueKind() != JsonValueKind.String)
                    return "Invalid 'tools': each tool needs type 'function' and a function name.";
        if (request["response_format"] is JsonObject format)
        {
            var type = format["type"]?.GetValue<string>();
            if (type is not ("text" or "json_object" or "json_schema")) return "Invalid value for 'response_format.type'.";
            if (type == "json_schema" && (format["json_schema"]?["name"] is null || format["json_schema"]?["schema"] is not JsonObject))
                return "Missing required parameter: 'response_format.json_schema'.";
        }
        return null;
    }

    private static Task ErrorAsync(HttpContext http, int status, string message, string type, string? code)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new { error = new { message, type, param = (string?)null, code } });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One request as the fake received it.</summary>
public sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Raw, JsonNode? Body)
{
    /// <summary>Every message's content, one per line: what the model would have read.</summary>
    public string Conversation => string.Join("\n", (Body?["messages"] as JsonArray ?? []).Select(m => m?["content"]?.ToString() ?? ""));

    public JsonArray Messages => Body?["messages"] as JsonArray ?? [];
}

/// <summary>A recorded response (Fixtures/NAME.json): when (text the request must contain), status, headers, delayMs,
/// and body (JSON) or rawBody (text, for malformed replies).</summary>
internal sealed record Recording(string? When, int Status, IReadOnlyDictionary<string, string> Headers, int DelayMs, string Body)
{
    public bool Matches(string conversation) => When is null || conversation.Contains(When, StringComparison.Ordinal);

    public static Recording Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Language", "Fixtures", name + ".json");
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        var headers = (node["headers"] as JsonObject)?.ToDictionary(h => h.Key, h => h.Value!.ToString()) ?? [];
        var body = node["rawBody"]?.GetValue<string>() ?? node["body"]!.ToJsonString();
        return new Recording(node["when"]?.GetValue<string>(), node["status"]?.GetValue<int>() ?? 200, headers,
            node["delayMs"]?.GetValue<int>() ?? 0, body);
    }
}

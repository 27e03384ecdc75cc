using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Security;

/// <summary>
/// A real host opened as wide as an operator may open it (anonymous <c>/api/messages</c> from loopback, quotas high
/// enough that the corpus reaches the parsers instead of the limits), with one Direct Line conversation and a signed-in
/// supervisor, that sends a <see cref="HostileInput"/> and judges the answer.
/// </summary>
public sealed partial class HostileInputHost : IAsyncLifetime
{
    private const string SupervisorName = "corpus.supervisor";
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);
    private DirectLineTestClient _customer = null!;
    private HttpClient _anonymous = null!;
    private HttpClient _supervisor = null!;

    public BotServer Server { get; private set; } = null!;

    public string ConversationId => _customer.ConversationId;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["Bot__AllowAnonymous"] = "true",
            ["Quotas__MessagesPerMinute"] = "100000",
            ["Quotas__BytesPerDay"] = "10000000000",
            ["WebChat__SessionsPerMinute"] = "100000",
        });
        _customer = await new DirectLineTestClient(Server).StartSessionAsync();
        await ConsoleSession.CreateAccountAsync(Server, SupervisorName, StaffRoles.Supervisor, StaffRoles.Admin);
        var session = await ConsoleSession.SignInAsync(Server, SupervisorName);
        _supervisor = NewClient(session.Cookies);
        _anonymous = NewClient(new CookieContainer());
    }

    public async Task DisposeAsync()
    {
        _customer.Dispose();
        _anonymous.Dispose();
        _supervisor.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Sends the input; answers what is wrong with the answer, or null when it is a clear refusal or a success.</summary>
    public async Task<string?> ProbeAsync(HostileInput input)
    {
        using var request = new HttpRequestMessage(input.Method, input.Path.Replace("{conversation}", ConversationId, StringComparison.Ordinal));
        if (input.Body is not null)
        {
            var body = Encoding.UTF8.GetString(input.Body).Contains("{conversation}", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input.Body).Replace("{conversation}", ConversationId, StringComparison.Ordinal))
                : input.Body;
            request.Content = new ByteArrayContent(body);
            if (!string.IsNullOrEmpty(input.ContentType)) request.Content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
        }
        var authorization = input.Authorization ?? input.Caller switch
        {
            Caller.ConversationToken => "Bearer " + _customer.Token,
            Caller.Secret => "Bearer " + BotServer.Secret,
            _ => null,
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        foreach (var (name, value) in input.Headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);

        var client = input.Caller == Caller.Supervisor ? _supervisor : _anonymous;
        using var timeout = new CancellationTokenSource(Hang);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await client.SendAsync(request, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return $"no answer within {Hang.TotalSeconds} s (a hang)";
        }
        catch (HttpRequestException e)
        {
            return $"the connection failed: {e.Message}";
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            if (status >= 500) return $"{status}: {Shorten(text)}";
            if (StackTrace().IsMatch(text)) return $"{status} with a stack trace: {Shorten(text)}";
            // Console pages answer in HTML (an antiforgery refusal is a bare 400, as ASP.NET Core makes it), and Kestrel
            // itself refuses a request line with an encoded NUL before any of our code runs: a bare 400 is its answer.
            var needsReason = status is 400 or 413 or 415 or 422 or 429
                && !input.Path.StartsWith("/console", StringComparison.Ordinal)
                && !input.Path.Contains("%00", StringComparison.Ordinal);
            if (needsReason && string.IsNullOrWhiteSpace(text)) return $"{status} without a reason";
            return null;
        }
    }

    /// <summary>Lines of the host's own log that mean a request failed inside it.</summary>
    public IReadOnlyList<string> UnhandledFailures() =>
        [.. Server.Output.Split('\n').Where(l => l.Contains("An unhandled exception has occurred", StringComparison.Ordinal)
            || l.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase)
            || l.Contains("Connection id \"", StringComparison.Ordinal) && l.Contains("Exception", StringComparison.Ordinal))];

    private HttpClient NewClient(CookieContainer cookies) => new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true })
    {
        BaseAddress = Server.BaseUrl,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex(@"\s+at [\w.`<>\[\]]+\(.*\)|\.cs:line \d+|System\.[A-Za-z.]*Exception", RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();
}

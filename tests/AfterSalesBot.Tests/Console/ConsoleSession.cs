using System.Net;
using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Data;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>
/// A staff member's browser, as far as HTTP goes: a cookie jar, no automatic redirects (so tests see where the
/// console sends them), and the antiforgery token read from the page as a browser would submit it.
/// </summary>
internal sealed partial class ConsoleSession : IDisposable
{
    public const string Password = "console-test-password";
    private readonly HttpClient _http;

    public ConsoleSession(BotServer server)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = server.BaseUrl };
    }

    public CookieContainer Cookies { get; }

    /// <summary>Creates the account straight in the host's database (the host migrated it at start-up).</summary>
    public static async Task CreateAccountAsync(BotServer server, string userName, params string[] roles)
    {
        var directory = new StaffDirectory(new Factory(server), TimeProvider.System);
        await directory.CreateAsync(new NewStaffAccount(userName, "Name of " + userName, Password, roles), CancellationToken.None);
    }

    /// <summary>The host's Escalation tables, opened beside the running host (SQLite in WAL mode).</summary>
    public static EscalationDbContext OpenDatabase(BotServer server)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(server.DataDirectory, "aftersalesbot.db") }.ToString();
        return new SqliteEscalationDbContext(new DbContextOptionsBuilder<SqliteEscalationDbContext>()
            .UseSqlite(connection, s => s.MigrationsHistoryTable(EscalationDbContext.MigrationsHistoryTable)).Options);
    }

    public static async Task<ConsoleSession> SignInAsync(BotServer server, string userName, string password = Password)
    {
        var session = new ConsoleSession(server);
        var response = await session.PostFormAsync("/console/login", "/console/login", new() { ["userName"] = userName, ["password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {userName} answered {(int)response.StatusCode}.");
        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await _http.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}.");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Reads <paramref name="formPage"/> for the token, then posts the fields with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await _http.GetAsync(formPage);
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync());
        if (token.Success) fields["__RequestVerificationToken"] = token.Groups[1].Value;
        return await _http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts with a token from the console's home page (every console page carries the sign-out form).</summary>
    public Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string>? fields = null) =>
        PostFormAsync("/console", action, fields ?? []);

    public async Task<string?> FlashAfterAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect) return null;
        var page = await GetPageAsync(response.Headers.Location!.ToString());
        var flash = FlashPattern().Match(page);
        return flash.Success ? WebUtility.HtmlDecode(flash.Groups[1].Value) : null;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<p class=\"flash [a-z]+\" role=\"status\">([^<]*)</p>")]
    private static partial Regex FlashPattern();

    internal sealed class Factory(BotServer server) : IDbContextFactory<EscalationDbContext>
    {
        public EscalationDbContext CreateDbContext() => OpenDatabase(server);
    }
}

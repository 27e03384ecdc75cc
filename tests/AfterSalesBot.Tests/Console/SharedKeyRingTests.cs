using System.Net;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

/// <summary>
/// Two instances of the host on one database, each with its own home folder (so nothing is shared through the file
/// system, as on two machines): a staff member signed in on one is signed in on the other, and a form read from one
/// can be posted to the other, because the data-protection key ring is in the database (ADR 0025).
/// </summary>
public sealed class SharedKeyRingTests : IAsyncLifetime
{
    private readonly string _homeA = Directory.CreateTempSubdirectory("asb-home-a-").FullName;
    private readonly string _homeB = Directory.CreateTempSubdirectory("asb-home-b-").FullName;
    private BotServer _a = null!;
    private BotServer _b = null!;

    public async Task InitializeAsync()
    {
        _a = new BotServer(new Dictionary<string, string> { ["HOME"] = _homeA });
        await _a.StartAsync();
        _b = new BotServer(new Dictionary<string, string> { ["HOME"] = _homeB }, dataDirectory: _a.DataDirectory);
        await _b.StartAsync();
    }

    [Fact]
    public async Task ASignInOnOneInstanceIsASignInOnTheOther()
    {
        await ConsoleSession.CreateAccountAsync(_a, "mei", "Agent");
        using var onA = await ConsoleSession.SignInAsync(_a, "mei");
        var cookie = onA.Cookies.GetCookieHeader(new Uri(_a.BaseUrl, "/console"));
        Assert.Contains("asb.console=", cookie);

        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _b.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/console");
        request.Headers.Add("Cookie", cookie);
        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Name of mei", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheKeyRingIsStoredOnceInTheDatabase()
    {
        await ConsoleSession.CreateAccountAsync(_a, "li", "Agent");
        using var onA = await ConsoleSession.SignInAsync(_a, "li");
        using var onB = await ConsoleSession.SignInAsync(_b, "li");
        await using var db = ConsoleSession.OpenDatabase(_a);
        var keys = db.Set<AfterSalesBot.Escalation.Console.KeyRing.StoredKey>().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.StartsWith("<key ", k.Xml, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_homeA, ".aspnet", "DataProtection-Keys")) && Directory.EnumerateFiles(Path.Combine(_homeA, ".aspnet", "DataProtection-Keys")).Any());
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        foreach (var home in new[] { _homeA, _homeB })
            try { Directory.Delete(home, recursive: true); } catch (IOException) { }
    }
}

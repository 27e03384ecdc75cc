namespace AfterSalesBot.Tests.Security;

/// <summary>
/// Every case of the generated corpus against one real host: never a 5xx, never a hang, never a stack trace, and a
/// reason with every refusal of the API routes (issue 13).
/// </summary>
public sealed class HostileInputTests(HostileInputHost host) : IClassFixture<HostileInputHost>
{
    public static TheoryData<string> Cases => HostileInputCorpus.Names();

    [Fact]
    public void TheCorpusHasAtLeastFiveHundredCasesOverEveryRouteFamily()
    {
        Assert.True(HostileInputCorpus.All.Count >= 500, $"only {HostileInputCorpus.All.Count} cases");
        foreach (var prefix in new[] { "/v3/directline/conversations", "/v3/directline/tokens", "/v3/directline/attachments", "/api/messages",
                     "/api/webchat/session", "/console/supervisor", "/console/admin", "/console/case", "/api/admin" })
            Assert.Contains(HostileInputCorpus.All.Values, c => c.Path.StartsWith(prefix, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task AHostileRequestGetsAClearAnswerAndNoServerError(string name)
    {
        var problem = await host.ProbeAsync(HostileInputCorpus.All[name]);

        Assert.Null(problem);
    }
}

/// <summary>The whole corpus against a fresh host, then a customer's ordinary complaint: the host still serves.</summary>
public sealed class AfterTheHostileInputCorpusTests : IAsyncLifetime
{
    private readonly HostileInputHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task TheHostStillServesACustomerAndLoggedNoUnhandledFailure()
    {
        var problems = new List<string>();
        foreach (var input in HostileInputCorpus.All.Values)
            if (await _host.ProbeAsync(input) is { } problem) problems.Add($"{input.Name}: {problem}");

        using var customer = await new AfterSalesBot.Tests.Infrastructure.DirectLineTestClient(_host.Server).StartSessionAsync();
        var id = await customer.SendTextAsync("My water heater leaks from the bottom");
        var replies = await customer.WaitForRepliesAsync(id, count: 2);

        Assert.Empty(problems);
        Assert.Matches("I'm listening|Is that correct\\?", (string?)replies[^1]["text"]);
        Assert.Empty(_host.UnhandledFailures());
    }
}

using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Infrastructure;
using AfterSalesBot.Tests.Language;

namespace AfterSalesBot.Tests.Console;

/// <summary>
/// The KPI dashboard's language model section over real HTTP, on a host whose language model is the contract fake:
/// absent while no conversation in the period used the model, then the conversations and tokens a real customer's
/// turn used, and the same numbers in the CSV.
/// </summary>
public sealed partial class LanguageModelKpiTests : IAsyncLifetime
{
    private const string Supervisor = "sup.model";
    private FakeChatCompletions _fake = null!;
    private BotServer _server = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeChatCompletions.StartAsync();
        _fake.Always("reading-statement"); // 886 tokens a reading
        _server = await BotServer.StartNewAsync(LanguageSettings.Compatible(_fake)
            .ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!));
        await ConsoleSession.CreateAccountAsync(_server, Supervisor, StaffRoles.Supervisor);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task The_section_appears_only_once_a_conversation_in_the_period_used_the_model()
    {
        using var supervisor = await ConsoleSession.SignInAsync(_server, Supervisor);
        var before = await supervisor.GetPageAsync("/console/supervisor/kpis?days=7");
        Assert.Contains("Complaints", before); // the dashboard itself rendered
        Assert.DoesNotContain("language-model-kpis", before);
        Assert.DoesNotContain("Tokens used", before);

        using var customer = await new DirectLineTestClient(_server).StartSessionAsync();
        var replies = await customer.WaitForRepliesAsync(await customer.SendTextAsync("My Q5 gas stove will not light since yesterday"));
        Assert.Contains(replies, r => ((string?)r["text"] ?? "").Contains("Is that correct?", StringComparison.Ordinal));
        var tokens = 886 * _fake.Requests.Count(r => r.Conversation.Contains("You read messages", StringComparison.Ordinal));
        Assert.True(tokens > 0);

        var after = await supervisor.GetPageAsync("/console/supervisor/kpis?days=7");
        Assert.Equal(["1", tokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), tokens.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)],
            Values(after));
        Assert.Contains("Conversations that used the model", after);
        // A period the conversation did not start in shows no section.
        Assert.DoesNotContain("language-model-kpis", await supervisor.GetPageAsync("/console/supervisor/kpis?from=2020-01-01&to=2020-01-07"));

        var csv = await (await supervisor.GetAsync("/console/supervisor/kpis?handler=Csv&days=7")).Content.ReadAsStringAsync();
        Assert.Contains("language_model,conversations,1,,\r\n", csv);
        Assert.Contains($"language_model,tokens,{tokens},,\r\n", csv);
    }

    /// <summary>The tile values of the language model section, in order.</summary>
    private static List<string> Values(string page)
    {
        var start = page.IndexOf("id=\"language-model-kpis\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no language model section");
        var section = page[start..page.IndexOf("<div class=\"charts\">", start, StringComparison.Ordinal)];
        return [.. TileValue().Matches(section).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<div class=\"value\">([^<]*)</div>")]
    private static partial Regex TileValue();
}

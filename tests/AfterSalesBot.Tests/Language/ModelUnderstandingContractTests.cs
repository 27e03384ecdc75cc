using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Language;

namespace AfterSalesBot.Tests.Language;

/// <summary>
/// The model-assisted interpreter against the chat-completions contract fake: what it sends, how it reads the
/// structured reply, and that every failure leaves the rules' reading, untouched.
/// </summary>
public sealed class ModelUnderstandingContractTests : IAsyncLifetime
{
    private const string Messy = "ugh the JZT-Q5 keeps dying on me since last Tuesday!! call 13812345678 or li.wei@example.com";
    private FakeChatCompletions _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeChatCompletions.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task SendsModelMessagesAndStrictJsonSchemaWithContactsMasked()
    {
        _fake.Once("reading-messy-complaint");
        await using var host = LanguageHost.Start(LanguageSettings.Compatible(_fake));
        using var turn = host.Turn();

        await host.Understanding.UnderstandAsync(Messy, LanguageHost.Context(), turn, CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer " + FakeChatCompletions.Key, request.Headers["Authorization"]);
        var body = request.Body!.AsObject();
        Assert.Equal(LanguageSettings.Model, (string?)body["model"]);
        Assert.NotEqual(true, (bool?)body["stream"]);
        Assert.Equal(["system", "user"], request.Messages.Select(m => (string?)m!["role"]));
        Assert.Contains("JZT-Q5: Q5 gas hob", (string?)request.Messages[0]!["content"]);
        Assert.Contains("Today is 2026-11-22", (string?)request.Messages[0]!["content"]);
        var user = (string?)request.Messages[1]!["content"];
        Assert.Equal("ugh the JZT-Q5 keeps dying on me since last Tuesday!! call [phone] or [email]", user);
        Assert.DoesNotContain("13812345678", request.Raw);
        Assert.DoesNotContain("li.wei@example.com", request.Raw);
        var format = body["response_format"]!;
        Assert.Equal("json_schema", (string?)format["type"]);
        Assert.Equal("customer_message", (string?)format["json_schema"]!["name"]);
        Assert.True((bool?)format["json_schema"]!["strict"]);
        var schema = format["json_schema"]!["schema"]!;
        Assert.False((bool?)schema["additionalProperties"]);
        Assert.Contains("FLAME_GOES_OUT", schema["properties"]!["symptoms"]!["items"]!["properties"]!["code"]!["enum"]!.AsArray().Select(e => (string?)e));
        // Every fact the model adds comes with the customer's words it was read from.
        Assert.Equal(["code", "quote"], schema["properties"]!["symptoms"]!["items"]!["required"]!.AsArray().Select(e => (string?)e));
        Assert.Contains("quote", schema["properties"]!["causes"]!["items"]!["required"]!.AsArray().Select(e => (string?)e));
    }

    [Fact]
    public async Task FillsWhatTheRulesMissedAndKeepsWhatTheyFound()
    {
        _fake.Once("reading-messy-complaint");
        await using var host = LanguageHost.Start(LanguageSettings.Compatible(_fake));
        using var turn = host.Turn();
        var rules = new RuleBasedInterpreter().Interpret(Messy, LanguageHost.Context());

        var merged = await host.Understanding.UnderstandAsync(Messy, LanguageHost.Context(), turn, CancellationToken.None);

        Assert.DoesNotContain("FLAME_GOES_OUT", rules.Symptoms);
        Assert.Contains("FLAME_GOES_OUT", merged.Symptoms);
        Assert.Equal(Intent.Complaint, merged.Intent);
        Assert.Equal(["JZT-Q5"], merged.Models);
        // Contacts come from the rules reading the original text: the model never saw them.
        Assert.Equal("13812345678", merged.Phone);
        Assert.Equal("li.wei@example.com", merged.Email);
        Assert.Equal(rules.Dates.Count > 0 ? rules.Dates[0].Date : new DateOnly(2026, 11, 17), merged.Dates[0].Date);
        Assert.Equal(812 + 118, turn.Tokens);
    }

    [Fact]
    public async Task SpeaksAzureOpenAIsDeploymentRoute()
    {
        _fake.Once("reading-messy-complaint");
        await using var host = LanguageHost.Start(LanguageSettings.Azure(_fake));
        using var turn = host.Turn();

        var merged = await host.Understanding.UnderstandAsync(Messy, LanguageHost.Context(), turn, CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal($"/openai/deployments/{LanguageSettings.Deployment}/chat/completions", request.Path);
        Assert.Equal("?api-version=2024-10-21", request.Query);
        Assert.Equal(FakeChatCompletions.Key, request.Headers["api-key"]);
        Assert.False(request.Headers.ContainsKey("Authorization"));
        Assert.Contains("FLAME_GOES_OUT", merged.Symptoms);
    }

    [Theory]
    [InlineData("reading-malformed", "malformed")]
    [InlineData("server-error", "failed")]
    [InlineData("throttled", "throttled")]
    public async Task AnUnusableReplyLeavesTheRulesReading(string fixture, string outcome)
    {
        _fake.Always(fixture);
        await using var host = LanguageHost.Start(LanguageSettings.Compatible(_fake));
        using var calls = new CallOutcomes(host.Get<IMeterFactory>());
        using var turn = host.Turn();

        var merged = await host.Understanding.UnderstandAsync(Messy, LanguageHost.Context(), turn, CancellationToken.None);

        Interpretations.Same(new RuleBasedInterpreter().Interpret(Messy, LanguageHost.Context()), merged);
        // One request: a 429's Retry-After is not honoured inside a turn, the rules answer instead.
        Assert.Single(_fake.Requests);
        Assert.Equal(outcome, calls.Outcomes[^1]);
    }

    [Fact]
    public async Task ASlowModelLeavesTheRulesReadingWhenTheBudgetRunsOut()
    {
        _fake.Always("reading-slow");
        await using var host = LanguageHost.Start(LanguageSettings.Compatible(_fake, budget: "00:00:00.300"));
        using var calls = new CallOutcomes(host.Get<IMeterFactory>());
        using var turn = host.Turn();

        var merged = await host.Understanding.UnderstandAsync(Messy, LanguageHost.Context(), turn, CancellationToken.None);

        Interpretations.Same(new RuleBasedInterpreter().Interpret(Messy, LanguageHost.Context()), merged);
        Assert.True(turn.Spent);
        Assert.Equal(["timeout"], calls.Outcomes);
        // A spent budget is not spent again: the next call in the same turn does not even go out.
        await host.Understanding.UnderstandAsync("my hob leaks", LanguageHost.Context(), turn, CancellationToken.None);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task LogsWhatIsSentMaskedAndNeverTheKey()
    {
        _fake.Once("reading-messy-complaint");
        await using var host = LanguageHost.Start(LanguageSettings.Compatible(_fake));
        using var turn = host.Turn("conv-logged");

        await host.Understanding.UnderstandAsync(Messy, LanguageHost.Context(), turn, CancellationToken.None);

        var lines = host.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("conv-logged", StringComparison.Ordinal) && l.Contains("call [phone] or [email]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("812 in, 118 out", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(FakeChatCompletions.Key, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("13812345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MetersTokensFromTheResponsesUsage()
    {
        _fake.Once("reading-messy-complaint");
        await using var host = LanguageHost.Start(LanguageSettings.Compatible(_fake));
        var tokens = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == host.Get<IMeterFactory>() && instrument.Meter.Name == LanguageMeter.MeterName && instrument.Name == "asb.language.tokens") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var kind = (string)tags.ToArray().Single(t => t.Key == "kind").Value!;
            lock (tokens) tokens[kind] = tokens.GetValueOrDefault(kind) + value;
        });
        listener.Start();
        using var turn = host.Turn();

        await host.Understanding.UnderstandAsync(Messy, LanguageHost.Context(), turn, CancellationToken.None);

        Assert.Equal(812, tokens["input"]);
        Assert.Equal(118, tokens["output"]);
    }

    [Fact]
    public async Task AButtonTapOrAPlainYesNeverWaitsForTheModel()
    {
        _fake.Always("reading-statement");
        await using var host = LanguageHost.Start(LanguageSettings.Compatible(_fake));
        using var turn = host.Turn();

        var yes = await host.Understanding.UnderstandAsync("yes", LanguageHost.Context(), turn, CancellationToken.None);

        Assert.Equal(Intent.Yes, yes.Intent);
        Assert.Empty(_fake.Requests);
    }
}

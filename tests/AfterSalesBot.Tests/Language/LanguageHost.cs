using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Language;
using AfterSalesBot.Bot.Language.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AfterSalesBot.Tests.Language;

/// <summary>
/// Just the language model as the host registers it (<c>AddLanguageModel</c>) with the rule-based interpreter,
/// configured from settings, logging into <see cref="Logs"/>: for the understanding and guardrail tests.
/// </summary>
public sealed class LanguageHost : IAsyncDisposable
{
    private readonly IHost _host;

    private LanguageHost(IHost host, CapturedLogs logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public static LanguageHost Start(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton<IUtteranceInterpreter, RuleBasedInterpreter>();
        builder.AddLanguageModel();
        return new LanguageHost(builder.Build(), logs);
    }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public ModelAssistedUnderstanding Understanding => Get<ModelAssistedUnderstanding>();

    public ModelTurn Turn(string conversationId = "conv-test") => Get<ModelTurns>().Begin(conversationId);

    public static InterpretationContext Context(string locale = "en-US") => new(locale,
        new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(8)), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        [
            new ProductName("JZT-Q5", "KITCHEN", ["Q5 gas hob", "Q5燃气灶", "gas stove", "燃气灶"]),
            new ProductName("JZT-Q7", "KITCHEN", ["Q7 gas hob", "Q7燃气灶", "gas stove", "燃气灶"]),
        ]);

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable) await disposable.DisposeAsync();
        else _host.Dispose();
    }
}

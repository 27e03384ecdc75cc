namespace AfterSalesBot.Bot.Conversations.Understanding;

/// <summary>
/// Builds the interpreter's compiled patterns at start-up, in the background, so the first customer of a fresh
/// process does not wait for them (seconds on a busy two-core machine). <see cref="Warmed"/> completes when it is done (or
/// failed: the first message then does it), and <c>/health/ready</c> waits for it (<see cref="InterpreterHealthCheck"/>), so a
/// load balancer sends no customer to a cold instance.
/// </summary>
internal sealed class InterpreterWarmUp(IUtteranceInterpreter interpreter, TimeProvider clock, ILogger<InterpreterWarmUp> logger) : IHostedService
{
    private readonly TaskCompletionSource _warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Warmed => _warmed.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() =>
        {
            try
            {
                var context = new InterpretationContext("en-US", clock.GetUtcNow(), TimeZoneInfo.Utc, []);
                interpreter.Interpret("My JZT-Q5 stove won't light since yesterday, call 13812345678", context);
                interpreter.Interpret("我的热水器昨天开始漏水了", context with { ChannelLocale = "zh-CN" });
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Warming up the interpreter failed; the first message will do it.");
            }
            finally
            {
                _warmed.TrySetResult();
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

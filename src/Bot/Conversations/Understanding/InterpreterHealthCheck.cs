using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSalesBot.Bot.Conversations.Understanding;

/// <summary>
/// Ready once the interpreter is warm (<see cref="InterpreterWarmUp"/>): a fresh instance under load answered its first
/// customers after more than 10 s while the patterns were built (three "no reply" dead ends in the fortieth round's bench).
/// The check waits a few seconds for the warm-up, then says "warming up".
/// </summary>
internal sealed class InterpreterHealthCheck(InterpreterWarmUp warmUp) : IHealthCheck
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await warmUp.Warmed.WaitAsync(Wait, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The interpreter is still warming up.");
        }
    }
}

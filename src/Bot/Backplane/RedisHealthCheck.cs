using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AfterSalesBot.Bot.Backplane;

/// <summary>Degraded, never Unhealthy, while Redis is unreachable: the instance still serves its own clients, so a load
/// balancer must not take it out; only what crosses instances waits.</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(connection.IsConnected
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Redis is unreachable: live updates reach this instance's clients only until it is back."));
}

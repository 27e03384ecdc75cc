namespace AfterSalesBot.Knowledge.Coverage;

/// <summary>
/// The coverage decision (DOMAIN.md §6–7): a pure, deterministic function of its request. It reads no clock,
/// no database and no configuration; every number comes from the policy, fee schedule and service level.
/// The rules and their precedence are in docs/coverage-rules.md.
/// </summary>
public static class CoverageDecider
{
    public static CoverageDecision Decide(CoverageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CoverageCase(request).Decide();
    }
}

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Where a case goes when it is transferred: to a colleague (who then owns it) or to a team's queue.</summary>
public sealed record TransferTarget
{
    private TransferTarget(string? agent, string? team) => (Agent, Team) = (agent, team);

    public string? Agent { get; }
    public string? Team { get; }

    public static TransferTarget ToAgent(string agent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agent);
        return new(agent, null);
    }

    /// <summary>A team by product line; the case goes back to the queue, unassigned, for that team.</summary>
    public static TransferTarget ToTeam(string team)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        return new(null, team);
    }

    public override string ToString() => Agent ?? "team " + Team;
}

namespace AfterSalesBot.Escalation.Conversations;

/// <summary>
/// The customer's conversation as the desk reaches it, implemented by the host (the bot): agent messages and
/// system notices go out through the bot's proactive send on the customer's own channel, in their language.
/// </summary>
public interface ICustomerConversations
{
    /// <summary>The agent's words, marked with <paramref name="agentName"/>; false when the conversation is unknown.</summary>
    Task<bool> SendFromAgentAsync(string conversationId, string agentName, string text, CancellationToken ct);

    /// <summary>A system notice, worded by the bot in the customer's language.</summary>
    Task<bool> NotifyAsync(string conversationId, CustomerNotice notice, CancellationToken ct);

    /// <summary>Runs a bot turn for the conversation (a "desk" event) so it picks up what the desk changed, e.g.
    /// a hand-back: the bot reads the change from the desk, so a forged event changes nothing.</summary>
    Task WakeAsync(string conversationId, CancellationToken ct);
}

/// <summary>What the desk tells a customer; the bot words it.</summary>
public abstract record CustomerNotice;

/// <summary>A person has taken the case and joins the conversation.</summary>
public sealed record AgentJoinedNotice(string AgentName, string CaseNumber) : CustomerNotice;

/// <summary>The case went back to the queue (released, or transferred to a team).</summary>
public sealed record BackInQueueNotice(string CaseNumber) : CustomerNotice;

/// <summary>The customer's place in the queue changed. <paramref name="ExpectedWait"/> null: no estimate yet.
/// <paramref name="StaffedAgainAt"/> set: nobody is on duty until then.</summary>
public sealed record QueuePositionNotice(string CaseNumber, int Position, TimeSpan? ExpectedWait, DateTimeOffset? StaffedAgainAt,
    DateTimeOffset FirstResponseDue, Cases.CasePriority Priority = Cases.CasePriority.Normal) : CustomerNotice;

/// <summary>Nobody reached the customer about a safety case by its deadline (DOMAIN.md §8: an emergency is answered within the
/// hour): the customer hears it at once, with every supervisor on duty alerted (<paramref name="SupervisorsAlerted"/>).</summary>
public sealed record SafetyDeadlineMissedNotice(string CaseNumber, DateTimeOffset Due, int SupervisorsAlerted) : CustomerNotice;

/// <summary>A supervisor decided on a remedy the agent asked for.</summary>
public sealed record ApprovalDecidedNotice(string CaseNumber, bool Approved, string RemedyDescription) : CustomerNotice;

/// <summary>The case was resolved by a person, with the outcome in their words.</summary>
public sealed record CaseResolvedNotice(string CaseNumber, string Outcome) : CustomerNotice;

using AfterSalesBot.Escalation.FollowUps;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>A due follow-up for a desk wake turn (<see cref="TurnContext.FollowUp"/>). The bot sets <see cref="Delivery"/>, or
/// <see cref="NotNow"/> with a reason staff can read; neither set means the turn failed.</summary>
public sealed class FollowUpPrompt(DueFollowUp item)
{
    public DueFollowUp Item { get; } = item;

    public FollowUpDelivery? Delivery { get; set; }

    /// <summary>Why it cannot be said now (e.g. the customer is in the middle of another complaint): retried later.</summary>
    public string? NotNow { get; set; }
}

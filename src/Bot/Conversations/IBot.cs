namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// The conversation logic. A turn is a step: it reads the inbound activity and the state, and leaves
/// replies and the new state on the <see cref="TurnContext"/>. It never talks to a channel itself, so
/// the same bot serves Teams, Azure Web Chat and the self-hosted Direct Line.
/// </summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken ct);
}

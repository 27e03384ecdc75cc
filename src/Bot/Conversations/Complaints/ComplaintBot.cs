namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The bot: each turn runs one <see cref="ComplaintConversation"/> over the persisted state.</summary>
public sealed class ComplaintBot(ComplaintServices services) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        var state = ComplaintState.Parse(turn.State);
        await new ComplaintConversation(turn, state, services).RunAsync(ct);
        turn.State = state.Serialize();
    }
}

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The bot: each turn runs one <see cref="ComplaintConversation"/> over the persisted state.</summary>
public sealed class ComplaintBot(ComplaintServices services) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken ct)
    {
        var conversation = new ComplaintConversation(turn, ComplaintState.Parse(turn.State), services);
        await conversation.RunAsync(ct);
        turn.State = conversation.State.Serialize();
        // The follow-up does not change what the complaint came to (the transcripts' outcome and the bot's KPIs).
        turn.Summary = conversation.State.FollowUpCase is null ? ComplaintSummary.Summarise(conversation.State) : null;
    }
}

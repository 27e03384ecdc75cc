using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Bot.Conversations.Complaints;

/// <summary>The complaint's state as a <see cref="ConversationSummary"/>.</summary>
internal static class ComplaintSummary
{
    public static ConversationSummary Summarise(ComplaintState state) => new(
        state.Model,
        OutcomeOf(state.Step),
        state.CaseNumber,
        state.Verdict,
        [.. state.Reasons.Select(r => r.Code).Distinct(StringComparer.Ordinal)],
        // Each refusal was an offer; the one on the table (or accepted) is another. An offer on the table when the
        // customer asked for a person was counted on the turn it was made (the summary keeps the highest count).
        state.Refused.Count + (state.Step is ComplaintStep.AwaitingAgreement or ComplaintStep.Agreed ? 1 : 0),
        state.Step == ComplaintStep.Agreed ? 1 : 0,
        state.Step == ComplaintStep.Escalated,
        state.ModelTokens);

    private static string OutcomeOf(ComplaintStep step) => step switch
    {
        ComplaintStep.Agreed => TranscriptOutcomes.Agreed,
        ComplaintStep.Escalated => TranscriptOutcomes.Escalated,
        ComplaintStep.Idle => TranscriptOutcomes.NoComplaint,
        _ => TranscriptOutcomes.InProgress, // listening … awaiting agreement, or abandoned
    };
}

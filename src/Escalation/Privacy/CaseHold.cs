namespace AfterSalesBot.Escalation.Privacy;

/// <summary>Why a case keeps its customer's data for now (a legal hold): the company still owes or performs something.</summary>
public enum CaseHoldReason
{
    /// <summary>The case is still being handled (queued, with a person, with the bot).</summary>
    OpenCase,

    /// <summary>An agreed remedy is being carried out, or its follow-up has not been answered yet.</summary>
    AgreementRunning,
}

public sealed record CaseHold(string CaseNumber, string ConversationId, CaseHoldReason Reason);

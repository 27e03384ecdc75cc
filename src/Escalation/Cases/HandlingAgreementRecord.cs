namespace AfterSalesBot.Escalation.Cases;

/// <summary>A remedy offered in the conversation and the customer's answer, as the bot reports it to the desk.</summary>
/// <param name="Id">Chosen when the offer is made; reporting the same offer again writes nothing new.</param>
/// <param name="OfferedBy"><c>bot</c>, or the staff member who chose the remedy when handing the conversation back.</param>
/// <param name="Answer">One of <see cref="RemedyAnswers"/>; null while the offer is open.</param>
public sealed record OfferReport(Guid Id, string OfferedBy, SheetRemedy Remedy, string PolicyCode, int PolicyVersion, DateTimeOffset OfferedAt,
    string? Answer = null, DateTimeOffset? AnsweredAt = null);

/// <summary>One line of a case's handling agreement as the console and the exports show it.</summary>
/// <param name="Answer">One of <see cref="RemedyAnswers"/>, or null: left open.</param>
public sealed record HandlingAgreementRecord(Guid OfferId, string CaseNumber, string OfferedBy, string? ApprovedBy, SheetRemedy Remedy,
    string PolicyCode, int PolicyVersion, DateTimeOffset OfferedAt, string? Answer, DateTimeOffset? AnsweredAt)
{
    public bool IsOpen => Answer is null;
}

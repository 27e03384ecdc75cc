namespace AfterSalesBot.Escalation.Privacy;

/// <summary>
/// A customer's rights over their data (PIPL arts. 45 and 47, GDPR arts. 15 and 17): a copy of it, and its erasure.
/// The customer asks the bot; staff act for a request that came another way. The customer is everyone who wrote in the
/// conversation named (or the conversation a case was opened from) as the same channel user. Implemented by the host,
/// which owns the conversations; every action is audited.
/// </summary>
public interface ICustomerDataRights
{
    /// <param name="reference">A conversation id or a case number.</param>
    /// <returns>Null when the reference names nothing known.</returns>
    Task<CustomerDataFile?> CopyAsync(string reference, string actor, CancellationToken ct);

    Task<ErasureResult> EraseAsync(string reference, string actor, CancellationToken ct);
}

/// <summary>A copy of a customer's data: a JSON file, with how much is in it.</summary>
public sealed record CustomerDataFile(string FileName, byte[] Content, int Conversations, int Cases)
{
    public const string ContentType = "application/json";
}

public enum ErasureStatus
{
    Erased,

    /// <summary>Nothing was erased: a case still needs the data (<see cref="ErasureResult.Holds"/>).</summary>
    Held,
    NotFound,
}

public sealed record ErasureResult(ErasureStatus Status, IReadOnlyList<CaseHold> Holds, int Conversations, IReadOnlyList<string> Cases)
{
    public static readonly ErasureResult NotFound = new(ErasureStatus.NotFound, [], 0, []);
}

namespace AfterSalesBot.Escalation.Cases;

/// <summary>An action the case's lifecycle does not allow in its current status (e.g. releasing a closed case).</summary>
public sealed class CaseTransitionException : InvalidOperationException
{
    public CaseTransitionException(string caseNumber, CaseStatus status, string action)
        : base($"Case {caseNumber} is {status}: it cannot {action}.")
    {
        CaseNumber = caseNumber;
        Status = status;
        Action = action;
    }

    public CaseTransitionException() { CaseNumber = Action = ""; }

    public CaseTransitionException(string message) : base(message) { CaseNumber = Action = ""; }

    public CaseTransitionException(string message, Exception innerException) : base(message, innerException) { CaseNumber = Action = ""; }

    public string CaseNumber { get; }

    public CaseStatus Status { get; }

    /// <summary>What was attempted, as the lifecycle names it (Take, Release, …).</summary>
    public string Action { get; }
}

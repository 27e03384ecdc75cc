namespace AfterSalesBot.Escalation.Audit;

/// <summary>One staff action (sign-in, case action, export, account change). Append-only: the context refuses changes.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>The staff member's user name, or "anonymous" for a failed sign-in.</summary>
    public required string Actor { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>What it was done to: a case number, a conversation id, an account.</summary>
    public string? Target { get; init; }
    public string? Detail { get; init; }
    public string? RemoteAddress { get; init; }
}

public static class AuditActions
{
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignedOut = "SignedOut";
    public const string AccountCreated = "AccountCreated";
    public const string AccountChanged = "AccountChanged";
    public const string CaseViewed = "CaseViewed";
    public const string CaseAction = "CaseAction";
    public const string MessageSent = "MessageSent";
    public const string NoteAdded = "NoteAdded";
    public const string HandedBack = "HandedBack";
    public const string ApprovalRequested = "ApprovalRequested";
    public const string ApprovalDecided = "ApprovalDecided";
    public const string TranscriptViewed = "TranscriptViewed";
    public const string TranscriptExported = "TranscriptExported";
    public const string TranscriptSearched = "TranscriptSearched";

    /// <summary>The KPI dashboard was looked at; the detail is the period and channel.</summary>
    public const string KpisViewed = "KpisViewed";

    /// <summary>The KPI report was downloaded (CSV); the detail is the period and channel.</summary>
    public const string KpisExported = "KpisExported";

    /// <summary>The audit log itself was read; the detail is the filter.</summary>
    public const string AuditViewed = "AuditViewed";

    /// <summary>A transcript was exported or printed with personal data unmasked (supervisors only).</summary>
    public const string PersonalDataExported = "PersonalDataExported";

    /// <summary>A copy of a customer's data was given (by the bot to the customer, or to staff for a request).</summary>
    public const string PersonalDataCopied = "PersonalDataCopied";

    /// <summary>A customer's data was erased on request.</summary>
    public const string PersonalDataErased = "PersonalDataErased";

    /// <summary>An erasure request was refused because a case still needs the data; the detail names the holds.</summary>
    public const string PersonalDataErasureRefused = "PersonalDataErasureRefused";

    /// <summary>The retention job deleted or anonymised expired data; the detail counts what, per kind.</summary>
    public const string RetentionApplied = "RetentionApplied";
}

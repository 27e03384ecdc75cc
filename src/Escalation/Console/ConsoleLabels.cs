namespace AfterSalesBot.Escalation.Console;

/// <summary>
/// Codes as staff read them (issue 15, item 3): every code the console shows — remedy kinds, coverage verdicts and reason
/// codes, symptoms, escalation reasons, priorities, statuses, SLA deadlines, case events — has an English and a Chinese label
/// under <c>{Group}.{code}</c>. A code no label knows (one a knowledge import added) is shown as it is rather than hidden.
/// </summary>
public static class ConsoleLabels
{
    public const string RemedyGroup = "Remedy";
    public const string VerdictGroup = "Verdict";
    public const string ReasonCodeGroup = "ReasonCode";
    public const string SymptomGroup = "Symptom";
    public const string EscalationReasonGroup = "Reason";
    public const string PriorityGroup = "Priority";
    public const string StatusGroup = "Status";
    public const string DeadlineGroup = "Deadline";
    public const string EventGroup = "Event";
    public const string OutcomeGroup = "Outcome";

    public static string Of(string group, string? code) =>
        code is null ? "" : ConsoleTexts.Find(group + "." + code) ?? code;

    public static string Remedy(string kind) => Of(RemedyGroup, kind);

    /// <summary>A case event's detail, labelled where it is a code: the escalation reason of an opening or a return to a person,
    /// the deadline of an SLA warning or breach; other details (free words, remedies) as they are.</summary>
    public static string EventDetail(string kind, string? detail) => kind switch
    {
        Cases.CaseEventKinds.Opened or Cases.CaseEventKinds.NeedsPerson => Of(EscalationReasonGroup, detail),
        Cases.CaseEventKinds.SlaWarning or Cases.CaseEventKinds.SlaBreached => Of(DeadlineGroup, detail),
        _ => detail ?? "",
    };
}

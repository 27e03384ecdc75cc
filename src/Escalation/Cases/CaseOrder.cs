namespace AfterSalesBot.Escalation.Cases;

/// <summary>The one queue order: safety, then urgent, then normal; within a priority the earlier first-response
/// deadline; then the number. The queue list, the customer's place and the console all use it.</summary>
public static class CaseOrder
{
    public static IOrderedQueryable<EscalatedCase> InQueueOrder(this IQueryable<EscalatedCase> cases) => cases
        .OrderBy(c => c.Priority == CasePriority.Safety ? 0 : c.Priority == CasePriority.Urgent ? 1 : 2)
        .ThenBy(c => c.FirstResponseDue)
        .ThenBy(c => c.Number);
}

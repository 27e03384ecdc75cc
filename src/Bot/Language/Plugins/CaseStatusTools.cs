using System.ComponentModel;
using System.Globalization;
using AfterSalesBot.Escalation.Cases;
using Microsoft.SemanticKernel;

namespace AfterSalesBot.Bot.Language.Plugins;

/// <summary>
/// Case status as a kernel function, with the customer's own authorization: only cases opened from this conversation
/// are found (the same check the "status" reply makes); any other number is "not found", never another customer's case.
/// </summary>
public sealed class CaseStatusTools(ICaseDesk desk, string conversationId)
{
    [KernelFunction("case_status")]
    [Description("Looks up the status of one of this customer's cases by its number (AS-yyyyMMdd-nnnn).")]
    public async Task<string> CaseStatusAsync([Description("The case number")] string caseNumber, CancellationToken ct)
    {
        var view = await desk.FindAsync(caseNumber.Trim().ToUpperInvariant(), ct);
        if (view is null || view.ConversationId != conversationId) return "not found";
        return string.Create(CultureInfo.InvariantCulture,
            $"case {view.Number}: status {view.Status}, opened {view.OpenedAt:yyyy-MM-dd HH:mm} UTC, first response due {view.FirstResponseDue:yyyy-MM-dd HH:mm} UTC");
    }
}

using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Console;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

public sealed partial class CaseModel
{
    /// <summary>The bot takes the conversation back at the chosen step (with the chosen remedy), and is woken at once so
    /// the customer hears it without writing first.</summary>
    public async Task<IActionResult> OnPostHandBackAsync(string number, string? step, int? remedyIndex, CancellationToken ct)
    {
        if (!await LoadAsync(number, ct)) return NotFound();
        if (step is null || !HandBackSteps.All.Contains(step))
        {
            Tell(L.T("HandBack.ChooseStep"), error: true);
            return Redirect(CaseUrl);
        }
        var remedy = remedyIndex is { } i && i >= 0 && i < KnownRemedies.Count ? KnownRemedies[i] : null;
        if (step == HandBackSteps.RecordAgreement && remedy is null)
        {
            Tell(L.T("HandBack.AgreementNeedsRemedy"), error: true);
            return Redirect(CaseUrl);
        }
        var result = await queue.HandBackAsync(Case.Number, UserName, step, remedy, ct);
        await AuditAsync(AuditActions.HandedBack, Case.Number, result.Succeeded ? $"{step} {remedy?.Description}" : $"refused: {result.Reason}");
        if (!result.Succeeded)
        {
            Tell(Explain(result), error: true);
            return Redirect(CaseUrl);
        }
        await customers.WakeAsync(Case.ConversationId, ct);
        Tell(L.T("Action.Done.HandBack"));
        return Redirect(CaseUrl);
    }

    /// <summary>The owner asked the customer something: the case waits on them (their next message brings it back).</summary>
    public Task<IActionResult> OnPostAwaitCustomerAsync(string number, CancellationToken ct) =>
        ActAsync(number, "AwaitCustomer", () => queue.AwaitCustomerAsync(number, UserName, ct), ct, ownerOnly: true);
}

using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Privacy;
using Microsoft.AspNetCore.Mvc;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Supervisor;

/// <summary>
/// A customer's data request that came another way (phone, letter, e-mail): a supervisor names the conversation or a case
/// number and downloads a copy, or erases it (a second, explicit confirmation). Open cases and running agreements refuse
/// the erasure with the reason, as the bot does. Every copy, erasure and refusal is audited by <see cref="ICustomerDataRights"/>.
/// </summary>
public sealed class PersonalDataModel(ICustomerDataRights rights) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCopyAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reference)) return Back(L.T("PersonalData.NeedReference"));
        var file = await rights.CopyAsync(Reference, UserName, ct);
        return file is null ? Back(L.T("PersonalData.NotFound", Reference)) : File(file.Content, CustomerDataFile.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostEraseAsync(bool confirmed, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reference)) return Back(L.T("PersonalData.NeedReference"));
        if (!confirmed) return Back(L.T("PersonalData.NotConfirmed"));
        var result = await rights.EraseAsync(Reference, UserName, ct);
        return result.Status switch
        {
            ErasureStatus.Erased => Back(L.T("PersonalData.Erased", result.Conversations, result.Cases.Count), error: false),
            ErasureStatus.Held => Back(string.Join(" ", result.Holds.Select(h => L.T("PersonalData.Held." + h.Reason, h.CaseNumber)))),
            _ => Back(L.T("PersonalData.NotFound", Reference)),
        };
    }

    private RedirectToPageResult Back(string message, bool error = true)
    {
        Tell(message, error);
        return RedirectToPage(new { Reference });
    }
}

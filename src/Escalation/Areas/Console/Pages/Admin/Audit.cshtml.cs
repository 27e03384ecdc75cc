using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Console;

namespace AfterSalesBot.Escalation.Areas.Console.Pages.Admin;

/// <summary>The latest staff actions, newest first, filtered by who or what.</summary>
public sealed class AuditModel(AuditLog audit) : ConsolePageModel
{
    public string? Actor { get; private set; }
    public string? Target { get; private set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(string? actor, string? target, CancellationToken ct)
    {
        Actor = actor;
        Target = target;
        Entries = await audit.ListAsync(actor, target, 500, ct);
        // Reading the trail is itself on the trail (after the read, so the page shows what was there before).
        await AuditAsync(AuditActions.AuditViewed, null, $"actor={actor ?? ""} target={target ?? ""}");
    }
}

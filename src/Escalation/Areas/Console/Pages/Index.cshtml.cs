using AfterSalesBot.Escalation.Console;
using AfterSalesBot.Escalation.Staff;

namespace AfterSalesBot.Escalation.Areas.Console.Pages;

/// <summary>The agent's home: the cases they hold and the queue, with live timers; refreshed when the queue changes.</summary>
public sealed class IndexModel(CaseFiles files, StaffDirectory directory) : ConsolePageModel
{
    public IReadOnlyList<CaseRow> Mine { get; private set; } = [];
    public IReadOnlyList<CaseRow> Queue { get; private set; } = [];
    public int Capacity { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Mine = await files.MineAsync(UserName, ct);
        Queue = await files.QueueAsync(ct);
        Capacity = (await directory.FindAsync(UserName, ct))?.Capacity ?? 0;
    }
}

using System.Globalization;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Escalation.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Console;

/// <summary>What every console page shares: who is signed in, times in the staff member's zone (<see cref="ConsoleTime"/>),
/// the business time zone for counting days, the audit log, and the one-line message the previous action left.</summary>
public abstract class ConsolePageModel : PageModel
{
    private TimeZoneInfo? _zone;
    private TimeZoneInfo? _staffZone;

    /// <summary>A sentence about the last action, shown once at the top of the next page.</summary>
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Flash { get; set; }

    [Microsoft.AspNetCore.Mvc.TempData]
    public bool FlashIsError { get; set; }

    public string UserName => User.UserName();

    public string DisplayName => User.DisplayName();

    /// <summary>The business zone (<c>Escalation:TimeZone</c>): the days reports and searches count in.</summary>
    public TimeZoneInfo Zone => _zone ??= HttpContext.RequestServices.GetRequiredService<IOptions<EscalationOptions>>().Value.FindZone();

    /// <summary>The signed-in person's zone, which every time on the page is shown in.</summary>
    public TimeZoneInfo StaffZone => _staffZone ??= ConsoleTime.ZoneFor(HttpContext);

    public DateTimeOffset Now => HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>A time as the console shows every time: in <see cref="StaffZone"/>, in the page's language, zone named.</summary>
    public string Local(DateTimeOffset at) => ConsoleTime.Format(at, StaffZone, ConsoleTime.Pattern);

    public string? Local(DateTimeOffset? at) => at is { } value ? Local(value) : null;

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    protected string? RemoteAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    protected Task AuditAsync(string action, string? target, string? detail = null) =>
        HttpContext.RequestServices.GetRequiredService<AuditLog>().WriteAsync(UserName, action, target, detail, RemoteAddress, HttpContext.RequestAborted);

    protected void Tell(string message, bool error = false)
    {
        Flash = message;
        FlashIsError = error;
    }

    /// <summary>The refusal as the console says it, in the page's language.</summary>
    protected static string Explain(CaseActionResult result) => result.Refusal switch
    {
        CaseRefusal.AlreadyTaken => L.T("Refusal.AlreadyTaken", result.Holder),
        CaseRefusal.NotFound => L.T("Case.NotFound"),
        CaseRefusal.AtCapacity => L.T("Refusal.AtCapacity"),
        CaseRefusal.ChangedMeanwhile => L.T("Refusal.ChangedMeanwhile"),
        _ => L.T("Refusal.NotAllowed", result.Reason),
    };
}

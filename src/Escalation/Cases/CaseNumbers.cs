using System.Globalization;
using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Hands out AS-yyyyMMdd-NNNN: the local day, then that day's sequence from 0001.</summary>
internal static class CaseNumbers
{
    public static string Format(DateOnly day, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"AS-{day:yyyyMMdd}-{sequence:D4}");

    public static DateOnly LocalDay(DateTimeOffset now, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    /// <summary>
    /// Must run inside the caller's transaction: the update locks the day's row until commit, so a concurrent
    /// open waits for it. Two first opens of a day may both insert; the loser fails on the key and retries.
    /// </summary>
    public static async Task<string> NextAsync(EscalationDbContext db, DateOnly day, CancellationToken ct)
    {
        var counter = db.CaseNumberCounters.Where(c => c.Day == day);
        if (await counter.ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), ct) == 0)
        {
            db.CaseNumberCounters.Add(new CaseNumberCounter { Day = day, Last = 1 });
            await db.SaveChangesAsync(ct);
            return Format(day, 1);
        }
        return Format(day, await counter.Select(c => c.Last).SingleAsync(ct));
    }
}

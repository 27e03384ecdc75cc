using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>The <see cref="ICaseDesk"/> on the module's own database. Deadlines come from the injected clock, in clock
/// hours or business hours (<see cref="CaseDeadlines"/>).</summary>
internal sealed partial class CaseDesk(IDbContextFactory<EscalationDbContext> factory, TimeProvider time, IOptions<EscalationOptions> options,
    IOptions<StatusCheckOptions> statusChecks, IOptions<FollowUps.FollowUpOptions> followUps, CaseQueue queue, CaseChanges changes) : ICaseDesk
{
    private const string Bot = "bot";
    private const int MaxAttempts = 5;
    private readonly TimeZoneInfo _zone = options.Value.FindZone();
    private readonly StaffedSchedule _staffed = options.Value.FindStaffedHours();
    private readonly CaseDeadlines _deadlines = CaseDeadlines.From(options.Value);

    public async Task<OpenedCase> OpenAsync(OpenCaseRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Sheet);
        ArgumentOutOfRangeException.ThrowIfNegative(request.FirstResponseHours);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.ResolutionHours, request.FirstResponseHours);
        var now = time.GetUtcNow();
        var (priority, raised) = CasePriorities.AtOpening(request.Priority, request.Sheet, options.Value.RepeatRepairsForUrgent);
        var result = await InTransactionAsync(async db =>
        {
            if (await OpenedByAsync(db, request.OpeningKey, ct) is { } again)
                return new OpenedCase(again.Number, again.Priority, again.FirstResponseDue, again.ResolutionDue, again.LastToldPosition ?? 1,
                    _staffed.StaffedAgainAt(now), _deadlines.OnBusinessHours(again.Priority));
            var opened = new EscalatedCase
            {
                OpeningKey = request.OpeningKey,
                Number = await CaseNumbers.NextAsync(db, CaseNumbers.LocalDay(now, _zone), ct),
                ConversationId = request.ConversationId,
                ChannelId = request.ChannelId,
                Locale = request.Locale,
                Reason = request.Reason,
                Priority = priority,
                Status = CaseStatus.Queued,
                OpenedAt = now,
                FirstResponseDue = _deadlines.Due(now, request.FirstResponseHours, priority),
                ResolutionDue = _deadlines.Due(now, request.ResolutionHours, priority),
                Sheet = request.Sheet,
                PhoneLastFour = LastFour(request.Sheet.Phone),
            };
            // The customer hears this place in the escalation reply; the queue notifier tells them when it changes.
            opened.LastToldPosition = await QueuePositionAsync(db, opened, ct) + 1; // the cases ahead, and this one
            db.Cases.Add(opened);
            db.Events.Add(new CaseEvent { CaseNumber = opened.Number, At = now, Kind = CaseEventKinds.Opened, Actor = Bot, Detail = request.Reason.ToString() });
            if (raised is not null)
                db.Events.Add(new CaseEvent { CaseNumber = opened.Number, At = now, Kind = CaseEventKinds.PriorityRaised, Actor = Bot, Detail = raised });
            await RemedyLedger.AddAsync(db, opened.Number, request.ConversationId, request.Offers ?? [], ct);
            await db.SaveChangesAsync(ct);
            return new OpenedCase(opened.Number, opened.Priority, opened.FirstResponseDue, opened.ResolutionDue, opened.LastToldPosition.Value,
                _staffed.StaffedAgainAt(now), _deadlines.OnBusinessHours(opened.Priority));
        }, ct);
        changes.Raise(result.Number, CaseEventKinds.Opened);
        return result;
    }

    public async Task<CaseStatusView?> FindAsync(string number, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(number);
        var wanted = number.Trim().ToUpperInvariant();
        await using var db = factory.CreateDbContext();
        return await db.Cases.AsNoTracking().Where(c => c.Number == wanted)
            .Select(c => new CaseStatusView(c.Number, c.ConversationId, c.Status, c.Priority, c.OpenedAt, c.FirstResponseDue, c.PhoneLastFour))
            .SingleOrDefaultAsync(ct);
    }

    private static readonly CaseStatus[] InQueue = [.. CaseStatuses.InQueue];

    /// <summary>Queued (and reopened) cases taken before this one, and this one: higher priority first, then the earlier
    /// deadline — the order of <see cref="CaseQueue.ListAsync"/>.</summary>
    private static Task<int> QueuePositionAsync(EscalationDbContext db, EscalatedCase c, CancellationToken ct)
    {
        var ahead = Enum.GetValues<CasePriority>().Where(p => p < c.Priority).ToList();
        return db.Cases.CountAsync(x => InQueue.Contains(x.Status)
            && (ahead.Contains(x.Priority)
                || (x.Priority == c.Priority && (x.FirstResponseDue < c.FirstResponseDue
                    || (x.FirstResponseDue == c.FirstResponseDue && string.Compare(x.Number, c.Number) <= 0)))), ct);
    }

    private static string? LastFour(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 4 ? digits[^4..] : null;
    }

    /// <summary>One attempt per fresh context; a key clash on the day's counter (SQL Server) is retried.</summary>
    private async Task<T> InTransactionAsync<T>(Func<EscalationDbContext, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = factory.CreateDbContext();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                var result = await work(db);
                await transaction.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Rolled back when the transaction is disposed; the next attempt increments the row the winner inserted.
            }
        }
    }
}

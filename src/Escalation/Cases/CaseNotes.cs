using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Escalation.Cases;

/// <summary>Internal notes on a case: staff only, append-only.</summary>
public sealed class CaseNotes(IDbContextFactory<EscalationDbContext> factory, TimeProvider time)
{
    public const int MaxLength = 4000;

    /// <summary>False when the case does not exist.</summary>
    public async Task<bool> AddAsync(string number, string author, string text, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > MaxLength) throw new ArgumentException($"A note is at most {MaxLength} characters.", nameof(text));
        await using var db = factory.CreateDbContext();
        if (!await db.Cases.AnyAsync(c => c.Number == number, ct)) return false;
        db.Notes.Add(new CaseNote { CaseNumber = number, At = time.GetUtcNow(), Author = author, Text = text.Trim() });
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<CaseNote>> ListAsync(string number, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Notes.AsNoTracking().Where(n => n.CaseNumber == number).OrderBy(n => n.At).ThenBy(n => n.Id).ToListAsync(ct);
    }
}

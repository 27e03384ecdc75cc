using AfterSalesBot.Escalation.Audit;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public sealed class AuditLogTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ListsNewestFirstWithWhenAndWhatWasDone()
    {
        await using var store = await EscalationStore.CreateAsync();
        var log = store.Get<AuditLog>();
        await log.WriteAsync("li", AuditActions.SignedIn, remoteAddress: "10.0.0.7", ct: None);
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        await log.WriteAsync("li", AuditActions.CaseViewed, "AS-20261122-0001", ct: None);
        store.Clock.Advance(TimeSpan.FromMinutes(1));
        await log.WriteAsync("wang", AuditActions.ApprovalDecided, "AS-20261122-0001", "Approved refund", ct: None);

        var entries = await log.ListAsync(null, null, 50, None);

        Assert.Equal([AuditActions.ApprovalDecided, AuditActions.CaseViewed, AuditActions.SignedIn], entries.Select(e => e.Action));
        Assert.Equal([EscalationStore.Noon.AddMinutes(2), EscalationStore.Noon.AddMinutes(1), EscalationStore.Noon], entries.Select(e => e.At));
        Assert.Equal(("wang", "Approved refund"), (entries[0].Actor, entries[0].Detail));
        Assert.Equal("10.0.0.7", entries[2].RemoteAddress);
        Assert.Equal([AuditActions.ApprovalDecided], (await log.ListAsync(null, null, 1, None)).Select(e => e.Action));
    }

    [Fact]
    public async Task FiltersByActorAndByTarget()
    {
        await using var store = await EscalationStore.CreateAsync();
        var log = store.Get<AuditLog>();
        await log.WriteAsync("li", AuditActions.CaseViewed, "AS-1", ct: None);
        await log.WriteAsync("li", AuditActions.CaseViewed, "AS-2", ct: None);
        await log.WriteAsync("wang", AuditActions.CaseAction, "AS-1", ct: None);

        Assert.Equal(["AS-2", "AS-1"], (await log.ListAsync("li", null, 50, None)).Select(e => e.Target));
        Assert.Equal(["wang", "li"], (await log.ListAsync(null, "AS-1", 50, None)).Select(e => e.Actor));
        Assert.Equal(AuditActions.CaseAction, Assert.Single(await log.ListAsync("wang", "AS-1", 50, None)).Action);
        Assert.Empty(await log.ListAsync("zhao", null, 50, None));
        Assert.Equal(3, (await log.ListAsync(" ", "", 50, None)).Count);
    }

    [Fact]
    public async Task ClipsEachFieldToItsColumn()
    {
        await using var store = await EscalationStore.CreateAsync();
        var log = store.Get<AuditLog>();

        await log.WriteAsync(new string('a', 300), AuditActions.TranscriptSearched, new string('t', 300), new string('d', 3000),
            new string('9', 100), None);

        var entry = Assert.Single(await log.ListAsync(null, null, 10, None));
        Assert.Equal((128, 256, 2000, 64), (entry.Actor.Length, entry.Target!.Length, entry.Detail!.Length, entry.RemoteAddress!.Length));
        Assert.Equal(new string('a', 128), entry.Actor);
    }

    [Fact]
    public async Task AnEntryCannotBeChangedOrDeleted()
    {
        await using var store = await EscalationStore.CreateAsync();
        await store.Get<AuditLog>().WriteAsync("li", AuditActions.TranscriptExported, "conv-1", ct: None);

        await using (var db = store.CreateDbContext())
        {
            var entry = await db.Audit.SingleAsync();
            db.Entry(entry).Property(e => e.Actor).CurrentValue = "someone-else";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("AuditEntry is immutable", changed.Message, StringComparison.Ordinal);
        }
        await using (var db = store.CreateDbContext())
        {
            db.Audit.Remove(await db.Audit.SingleAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        Assert.Equal("li", Assert.Single(await store.Get<AuditLog>().ListAsync(null, null, 10, None)).Actor);
    }
}

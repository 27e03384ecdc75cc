using AfterSalesBot.Escalation.Cases;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public sealed class CaseNotesTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task AddsNotesInTheOrderTheyWereWritten()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = (await store.Desk.OpenAsync(CaseBuilders.Open(), None)).Number;
        var notes = store.Get<CaseNotes>();

        Assert.True(await notes.AddAsync(number, "li", "  客户第三次来电  ", None));
        store.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True(await notes.AddAsync(number, "wang", "Approved goodwill verbally", None));

        var listed = await notes.ListAsync(number, None);
        Assert.Equal([("li", "客户第三次来电", EscalationStore.Noon), ("wang", "Approved goodwill verbally", EscalationStore.Noon.AddMinutes(2))],
            listed.Select(n => (n.Author, n.Text, n.At)));
    }

    [Fact]
    public async Task AnUnknownCaseGetsNoNote()
    {
        await using var store = await EscalationStore.CreateAsync();

        Assert.False(await store.Get<CaseNotes>().AddAsync("AS-19990101-0001", "li", "Lost note", None));

        await using var db = store.CreateDbContext();
        Assert.Empty(await db.Notes.ToListAsync());
    }

    [Fact]
    public async Task ANoteLongerThanTheLimitIsRefusedAndOneAtTheLimitIsKept()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = (await store.Desk.OpenAsync(CaseBuilders.Open(), None)).Number;
        var notes = store.Get<CaseNotes>();

        await Assert.ThrowsAsync<ArgumentException>(() => notes.AddAsync(number, "li", new string('x', CaseNotes.MaxLength + 1), None));
        await Assert.ThrowsAsync<ArgumentException>(() => notes.AddAsync(number, "li", "   ", None));
        Assert.True(await notes.AddAsync(number, "li", new string('说', CaseNotes.MaxLength), None));

        Assert.Equal(CaseNotes.MaxLength, Assert.Single(await notes.ListAsync(number, None)).Text.Length);
    }

    [Fact]
    public async Task ASavedNoteCannotBeChangedOrDeleted()
    {
        await using var store = await EscalationStore.CreateAsync();
        var number = (await store.Desk.OpenAsync(CaseBuilders.Open(), None)).Number;
        Assert.True(await store.Get<CaseNotes>().AddAsync(number, "li", "Original", None));

        await using (var db = store.CreateDbContext())
        {
            var note = await db.Notes.SingleAsync();
            db.Entry(note).Property(n => n.Text).CurrentValue = "Rewritten";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("CaseNote is immutable", changed.Message, StringComparison.Ordinal);
        }
        await using (var db = store.CreateDbContext())
        {
            db.Notes.Remove(await db.Notes.SingleAsync());
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        Assert.Equal("Original", Assert.Single(await store.Get<CaseNotes>().ListAsync(number, None)).Text);
    }
}

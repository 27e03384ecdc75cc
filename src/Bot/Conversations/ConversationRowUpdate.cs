using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>
/// A turn's update of its conversation's row: the columns whose value the turn changed, fenced by the turn count it loaded
/// (ADR 0028), instead of all eighteen (ADR 0050). The fence means no other turn wrote the row since it was loaded, so the
/// row's other columns still hold the loaded values and the row after the commit is the one a whole-row update gave.
/// </summary>
internal static class ConversationRowUpdate
{
    public static void Apply(BotDbContext db, ConversationRecord next, ConversationRecord loaded)
    {
        var entry = db.Conversations.Attach(next);
        // The row as loaded: the fence compares the turn count with it, and the scan below marks what differs from it.
        entry.OriginalValues.SetValues(loaded);
        entry.DetectChanges();
        // Retention and erasure write these two outside any turn, without the fence: written always, as before, so a turn
        // that loaded before an erasure leaves the row as a whole-row update did.
        entry.Property(nameof(ConversationRecord.State)).IsModified = true;
        entry.Property(nameof(ConversationRecord.ErasedAt)).IsModified = true;
    }
}

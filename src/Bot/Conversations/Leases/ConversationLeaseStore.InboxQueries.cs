using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>The three reads of <see cref="ReadInboxAsync"/>, compiled: a drain runs them on the turn's path, and as LINQ
/// each paid EF's expression-tree work (building, parameter extraction, the query cache's key) every time (ADR 0050).
/// The same SQL as before.</summary>
public sealed partial class ConversationLeaseStore
{
    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<long?>>> ProcessedQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) =>
            db.Conversations.AsNoTracking().Where(c => c.Id == id).Select(c => (long?)c.LastProcessedSequence).FirstOrDefault()));

    private static readonly CompiledPerModel<Func<BotDbContext, string, long, IAsyncEnumerable<InboxItem>>> PendingQuery = new(() =>
        EF.CompileAsyncQuery<BotDbContext, string, long, InboxItem>((db, id, processed) =>
            db.Inbox.AsNoTracking().Where(i => i.ConversationId == id && i.Sequence > processed).OrderBy(i => i.Sequence)));

    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<long?>>> LastSequenceQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) =>
            db.Transcript.Where(t => t.ConversationId == id).Max(t => (long?)t.Sequence)));
}

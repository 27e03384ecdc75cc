using System.Collections.Concurrent;
using AfterSalesBot.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.DirectLine;

/// <summary>
/// Which conversations are self-hosted Direct Line conversations, and whose. Their activities live in the
/// conversation log (the transcript); this only answers "does it exist, and who may speak in it".
/// </summary>
public sealed class DirectLineStore(IDbContextFactory<BotDbContext> factory)
{
    private const int MaxCachedConversations = 100_000;
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.Ordinal);

    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<string?>>> OwnerQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) =>
            db.DirectLineConversations.Where(c => c.Id == id).Select(c => c.UserId).FirstOrDefault()));

    /// <summary>The conversation's user id, or null when no such Direct Line conversation exists.</summary>
    public async Task<string?> FindOwnerAsync(string conversationId, CancellationToken ct)
    {
        if (_owners.TryGetValue(conversationId, out var owner)) return owner;
        await using var db = factory.CreateDbContext();
        owner = await OwnerQuery.For(db)(db, conversationId, ct);
        if (owner is not null) RememberCreated(conversationId, owner);
        return owner;
    }

    public void RememberCreated(string conversationId, string userId)
    {
        if (_owners.Count >= MaxCachedConversations) _owners.Clear(); // cheap bound; reloaded on demand
        _owners[conversationId] = userId;
    }
}

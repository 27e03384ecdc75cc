using System.Collections.Concurrent;
using AfterSalesBot.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// A conversation belongs to the channel it started on. An activity arriving on <c>/api/messages</c> can never address a
/// conversation of the self-hosted Direct Line (its customers' ids are ours), nor move a conversation to another channel,
/// so nobody can write into a web customer's chat, run a turn in their state or take over their reply route.
/// A conversation's channel never changes once its first activity is accepted, so it is remembered: the next activities
/// of that conversation are checked without a round trip to the database (each POST used to cost two or three).
/// </summary>
public sealed class ChannelConversationGuard(IDbContextFactory<BotDbContext> factory)
{
    private const int MaxRemembered = 100_000;
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<bool>>> SelfHostedQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) => db.DirectLineConversations.Any(c => c.Id == id)));

    // The channel of the conversation's first accepted activity: written when it is accepted, before its turn runs.
    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<string?>>> FirstChannelQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) =>
            db.Transcript.Where(t => t.ConversationId == id).OrderBy(t => t.Sequence).Select(t => t.ChannelId).FirstOrDefault()));

    // After the retention job erased the transcript, the conversation's record still names its channel.
    private static readonly CompiledPerModel<Func<BotDbContext, string, CancellationToken, Task<string?>>> RecordChannelQuery = new(() =>
        EF.CompileAsyncQuery((BotDbContext db, string id, CancellationToken _) =>
            db.Conversations.Where(c => c.Id == id).Select(c => c.ChannelId).FirstOrDefault()));

    /// <summary>Why this channel may not write to the conversation, or null when it may.</summary>
    public async Task<string?> RefusalAsync(string conversationId, string? channelId, CancellationToken ct)
    {
        if (!_channels.TryGetValue(conversationId, out var owner))
        {
            await using var db = factory.CreateDbContext();
            if (await SelfHostedQuery.For(db)(db, conversationId, ct))
                return "This conversation belongs to the self-hosted Direct Line; /api/messages cannot address it.";
            owner = await FirstChannelQuery.For(db)(db, conversationId, ct) ?? await RecordChannelQuery.For(db)(db, conversationId, ct);
            // A self-hosted conversation's id is made here at its start, before any activity: one whose first activity
            // came from a channel can never become one.
            if (owner is not null) Remember(conversationId, owner);
        }
        return owner is null || string.Equals(owner, channelId ?? "", StringComparison.Ordinal)
            ? null
            : "This conversation belongs to another channel.";
    }

    private void Remember(string conversationId, string channelId)
    {
        if (_channels.Count >= MaxRemembered) _channels.Clear(); // cheap bound; read again on demand
        _channels[conversationId] = channelId;
    }
}

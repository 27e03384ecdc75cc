using AfterSalesBot.Bot.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Channels;

/// <summary>
/// A conversation belongs to the channel it started on. An activity arriving on <c>/api/messages</c> can never address a
/// conversation of the self-hosted Direct Line (its customers' ids are ours), nor move a conversation to another channel,
/// so nobody can write into a web customer's chat, run a turn in their state or take over their reply route.
/// </summary>
public sealed class ChannelConversationGuard(IDbContextFactory<BotDbContext> factory)
{
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
        await using var db = factory.CreateDbContext();
        if (await SelfHostedQuery.For(db)(db, conversationId, ct))
            return "This conversation belongs to the self-hosted Direct Line; /api/messages cannot address it.";
        var owner = await FirstChannelQuery.For(db)(db, conversationId, ct) ?? await RecordChannelQuery.For(db)(db, conversationId, ct);
        return owner is null || string.Equals(owner, channelId ?? "", StringComparison.Ordinal)
            ? null
            : "This conversation belongs to another channel.";
    }
}

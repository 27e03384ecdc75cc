using AfterSalesBot.Bot.Data;
using AfterSalesBot.Escalation.Conversations;
using AfterSalesBot.Knowledge;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Bot.Transcripts;

/// <summary>The desk's view of the transcripts (<see cref="ITranscripts"/>): read, search and find, straight from the
/// bot's tables.</summary>
public sealed class TranscriptStore(IDbContextFactory<BotDbContext> factory, KnowledgeReader knowledge) : ITranscripts
{
    public const int MaxPageSize = 200;
    private const int SnippetLength = 160;

    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(string conversationId, long afterSequence, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var entries = await db.Transcript.AsNoTracking()
            .Where(t => t.ConversationId == conversationId && t.Sequence > afterSequence)
            .OrderBy(t => t.Sequence).ToListAsync(ct);
        return [.. entries.Select(TranscriptLines.From)];
    }

    public async Task<TranscriptPage> SearchAsync(TranscriptQuery query, CancellationToken ct)
    {
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Clamp(query.Page, 1, int.MaxValue / size); // (page - 1) * size stays an int
        var models = await ModelsNamedAsync(query.Product, ct);
        var words = LikePatterns.Words(query.Words);

        await using var db = factory.CreateDbContext();
        var matching = TranscriptSearch.Filter(db, query, models);
        var total = await matching.CountAsync(ct);
        var snippetPattern = words.Count > 0 ? LikePatterns.Containing(words[0]) : null;
        var rows = await TranscriptSearch.Page(db, matching, snippetPattern, (page - 1) * size, size).ToListAsync(ct);
        return new TranscriptPage([.. rows.Select(r => ToSummary(r, words.Count > 0 ? words[0] : null))], total, page, size);
    }

    public async Task<TranscriptSummary?> FindAsync(string conversationId, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var row = await TranscriptSearch.Project(db, db.Conversations.AsNoTracking().Where(c => c.Id == conversationId), null)
            .FirstOrDefaultAsync(ct);
        return row is null ? null : ToSummary(row, null);
    }

    /// <summary>Models whose English or Chinese name contains <paramref name="product"/>, so "gas hob" or "燃气灶" finds them
    /// (read through Knowledge's <see cref="KnowledgeReader"/>: a catalogue is small).</summary>
    private async Task<IReadOnlyList<string>> ModelsNamedAsync(string? product, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(product)) return [];
        var words = product.Trim();
        return [.. (await knowledge.ProductNamesAsync(ct))
            .Where(p => p.NameEn.Contains(words, StringComparison.OrdinalIgnoreCase) || p.NameZh.Contains(words, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Model)];
    }

    private static TranscriptSummary ToSummary(SummaryRow row, string? word) => new(row.ConversationId, row.ChannelId, row.Locale,
        row.StartedAt, row.LastLineAt is { } last && last > row.UpdatedAt ? last : row.UpdatedAt, row.Product,
        row.Outcome ?? TranscriptOutcomes.NoComplaint, row.CaseNumber, row.Messages, Snippet(row.FirstMatch, word));

    /// <summary>At most <see cref="SnippetLength"/> characters of the message, around the word when there is one.</summary>
    internal static string? Snippet(string? text, string? word)
    {
        if (text is null) return null;
        text = text.ReplaceLineEndings(" ");
        if (text.Length <= SnippetLength) return text;
        var at = word is null ? -1 : text.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        var start = at < 0 ? 0 : Math.Clamp(at - SnippetLength / 3, 0, text.Length - SnippetLength);
        var cut = text.Substring(start, SnippetLength);
        return (start > 0 ? "…" : "") + cut + (start + SnippetLength < text.Length ? "…" : "");
    }
}

namespace AfterSalesBot.Escalation.Conversations;

/// <summary>The conversation transcripts, implemented by the host (the bot owns the transcript).</summary>
public interface ITranscripts
{
    /// <summary>Every activity of the conversation after <paramref name="afterSequence"/>, in order.</summary>
    Task<IReadOnlyList<TranscriptLine>> ReadAsync(string conversationId, long afterSequence, CancellationToken ct);

    /// <summary>Conversations matching the query, newest first.</summary>
    Task<TranscriptPage> SearchAsync(TranscriptQuery query, CancellationToken ct);

    /// <summary>One conversation's summary; null if unknown.</summary>
    Task<TranscriptSummary?> FindAsync(string conversationId, CancellationToken ct);
}

/// <summary>Told by the host after a transcript line is committed (customer, bot or agent), so the console can show
/// it live.</summary>
public interface ITranscriptObserver
{
    void OnAppended(string conversationId, TranscriptLine line);
}

/// <param name="Direction">"in" (from the customer) or "out" (from the bot or an agent).</param>
/// <param name="Agent">The agent's name for a message an agent sent through the bot; null otherwise.</param>
/// <param name="ActivityJson">The activity as exchanged (for the Bot Framework .transcript export).</param>
public sealed record TranscriptLine(long Sequence, DateTimeOffset At, string Direction, string Type, string? SenderName, string? Text,
    string? Agent, int Attachments, string ActivityJson);

/// <param name="Outcome">One of <see cref="TranscriptOutcomes"/>.</param>
/// <param name="Words">Words that must appear in a message of the conversation.</param>
public sealed record TranscriptQuery(DateOnly? From = null, DateOnly? To = null, string? Channel = null, string? Product = null,
    string? Outcome = null, string? Words = null, int Page = 1, int PageSize = 25);

public sealed record TranscriptPage(IReadOnlyList<TranscriptSummary> Items, int Total, int Page, int PageSize);

/// <param name="Outcome">Where the conversation ended up: one of <see cref="TranscriptOutcomes"/>.</param>
/// <param name="Snippet">The first message that matched the words (or the first customer message).</param>
public sealed record TranscriptSummary(string ConversationId, string ChannelId, string? Locale, DateTimeOffset StartedAt,
    DateTimeOffset LastActivityAt, string? Product, string? Outcome, string? CaseNumber, int Messages, string? Snippet);

public static class TranscriptOutcomes
{
    /// <summary>The customer agreed a remedy with the bot.</summary>
    public const string Agreed = "Agreed";

    /// <summary>Handed to a person.</summary>
    public const string Escalated = "Escalated";

    /// <summary>Started a complaint and left it.</summary>
    public const string InProgress = "InProgress";

    /// <summary>Only chatted (greeting, a question), no complaint.</summary>
    public const string NoComplaint = "NoComplaint";

    public static readonly IReadOnlyList<string> All = [Agreed, Escalated, InProgress, NoComplaint];
}

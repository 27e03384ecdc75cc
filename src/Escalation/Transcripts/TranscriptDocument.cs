using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Escalation.Transcripts;

/// <summary>
/// A conversation as exported or printed: its lines in order and, for staff, the case's internal notes placed among
/// them by time, and the handling agreement of the cases opened from it (every offer and answer). Exports that leave the
/// company (the Bot Framework <c>.transcript</c>) skip the notes but keep the agreement: the customer agreed to it.
/// </summary>
public sealed record TranscriptDocument(string ConversationId, IReadOnlyList<TranscriptItem> Items)
{
    public IEnumerable<TranscriptLine> Lines => Items.Where(i => i.Line is not null).Select(i => i.Line!);

    /// <summary>The handling agreement's lines, in the order the offers were made.</summary>
    public IReadOnlyList<HandlingAgreementRecord> Agreement { get; init; } = [];

    /// <summary>The lines in sequence order; each note after the last line at or before its time.</summary>
    public static TranscriptDocument Create(string conversationId, IEnumerable<TranscriptLine> lines, IEnumerable<CaseNote>? notes = null,
        IEnumerable<HandlingAgreementRecord>? agreement = null)
    {
        var pending = new Queue<CaseNote>((notes ?? []).OrderBy(n => n.At).ThenBy(n => n.Id));
        var items = new List<TranscriptItem>();
        foreach (var line in lines.OrderBy(l => l.Sequence))
        {
            while (pending.TryPeek(out var note) && note.At < line.At) items.Add(TranscriptItem.ForNote(pending.Dequeue()));
            items.Add(TranscriptItem.ForLine(line));
        }
        while (pending.TryDequeue(out var note)) items.Add(TranscriptItem.ForNote(note));
        return new TranscriptDocument(conversationId, items)
        {
            Agreement = [.. (agreement ?? []).OrderBy(a => a.OfferedAt).ThenBy(a => a.CaseNumber, StringComparer.Ordinal)],
        };
    }
}

/// <summary>One line of the conversation, or one internal note (exactly one of the two is set).</summary>
public sealed record TranscriptItem(DateTimeOffset At, TranscriptLine? Line, CaseNote? Note)
{
    public bool IsNote => Note is not null;

    public static TranscriptItem ForLine(TranscriptLine line) => new(line.At, line, null);

    public static TranscriptItem ForNote(CaseNote note) => new(note.At, null, note);
}

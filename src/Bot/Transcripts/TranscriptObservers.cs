using AfterSalesBot.Bot.Data.Entities;
using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Bot.Transcripts;

/// <summary>
/// Tells every registered <see cref="ITranscriptObserver"/> about transcript rows once they are committed. Called under
/// the conversation's lock, so each observer sees a conversation's lines in order. An observer that throws is logged
/// and skipped: watching a conversation must never break it.
/// </summary>
public sealed class TranscriptObservers(IEnumerable<ITranscriptObserver> observers, ILogger<TranscriptObservers> logger)
{
    private readonly ITranscriptObserver[] _observers = [.. observers];

    public void Committed(TranscriptEntry entry)
    {
        if (_observers.Length == 0) return;
        var line = TranscriptLines.From(entry);
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnAppended(entry.ConversationId, line);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Transcript observer {Observer} failed on line {Sequence} of {ConversationId}.",
                    observer.GetType().Name, entry.Sequence, entry.ConversationId);
            }
        }
    }

    public void Committed(IEnumerable<TranscriptEntry> entries)
    {
        if (_observers.Length == 0) return;
        foreach (var entry in entries) Committed(entry);
    }
}

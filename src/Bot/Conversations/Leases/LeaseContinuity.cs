using AfterSalesBot.Escalation.Conversations;

namespace AfterSalesBot.Bot.Conversations.Leases;

/// <summary>
/// Watches the transcript lines this instance commits (under the conversation's lock) to know, without asking the
/// database, whether another instance appended to a conversation it holds: a committed sequence that skips numbers means
/// one did, and its activity may be waiting in the inbox.
/// </summary>
public sealed class LeaseContinuity(HeldLeases held) : ITranscriptObserver
{
    public void OnAppended(string conversationId, TranscriptLine line)
    {
        if (held.Find(conversationId) is not { } lease) return;
        lock (lease)
        {
            if (line.Sequence == lease.Through + 1) lease.Through = line.Sequence;
            else if (line.Sequence > lease.Through + 1)
            {
                lease.Gap = true;
                held.OthersAppended(conversationId);
            }
        }
    }
}

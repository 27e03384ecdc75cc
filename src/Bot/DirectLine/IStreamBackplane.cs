namespace AfterSalesBot.Bot.DirectLine;

/// <summary>
/// Carries what <see cref="DirectLineHub.Publish"/> delivered on this instance to the deployment's other instances, which
/// deliver it to their own streams. None is registered without a backplane (one instance).
/// </summary>
public interface IStreamBackplane
{
    /// <summary>Must not block or throw: it runs on the turn's path, after the commit.</summary>
    void Announce(string conversationId, IReadOnlyList<HistoryEntry> entries);
}

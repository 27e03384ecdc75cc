using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>Delivers a committed reply to a channel outside this process (Teams, Azure Direct Line).</summary>
public interface IExternalChannelSender
{
    /// <summary>Sends the reply; returns the id the channel gave it (null when the channel names none), which the
    /// transcript keeps so that exports carry the channel's own ids.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken ct);
}

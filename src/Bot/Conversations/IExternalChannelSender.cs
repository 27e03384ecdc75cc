using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Conversations;

/// <summary>Delivers a committed reply to a channel outside this process (Teams, Azure Direct Line).</summary>
public interface IExternalChannelSender
{
    Task SendAsync(Activity activity, CancellationToken ct);
}

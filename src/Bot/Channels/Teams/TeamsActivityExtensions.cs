using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Bot.Channels.Teams;

// Placeholder until the Azure-path branch lands.
public static class TeamsActivityExtensions
{
    public static void RemoveRecipientMention(Activity activity) { _ = activity; }
}

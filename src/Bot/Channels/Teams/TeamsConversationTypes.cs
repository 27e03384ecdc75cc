namespace AfterSalesBot.Bot.Channels.Teams;

/// <summary>Values of <c>conversation.conversationType</c> on <c>msteams</c>.</summary>
public static class TeamsConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}

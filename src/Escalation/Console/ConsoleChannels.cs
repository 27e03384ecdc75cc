namespace AfterSalesBot.Escalation.Console;

/// <summary>The channels customers reach the bot on, for the console's channel pickers (texts <c>Channel.&lt;id&gt;</c>).</summary>
public static class ConsoleChannels
{
    /// <summary>The self-hosted customer page, Teams, and Azure Web Chat through Azure Bot Service.</summary>
    public static readonly IReadOnlyList<string> Known = ["directline", "msteams", "webchat"];

    /// <summary>The known channels, and the one in the request when it is another, so a picker never drops it.</summary>
    public static IReadOnlyList<string> Choices(string? current) =>
        current is null || Known.Contains(current) ? Known : [.. Known, current];

    /// <summary>The channel's name in the page's language; an unknown one as it is.</summary>
    public static string Name(string channel) => Known.Contains(channel) ? L.T("Channel." + channel) : channel;
}

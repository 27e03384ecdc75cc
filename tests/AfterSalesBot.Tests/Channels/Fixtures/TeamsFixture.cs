using AfterSalesBot.Bot.Schema;

namespace AfterSalesBot.Tests.Channels.Fixtures;

/// <summary>Teams activities as the channel posts them, read from the JSON files beside this class.</summary>
internal static class TeamsFixture
{
    public const string Personal = "teams-personal-message";
    public const string ChannelMention = "teams-channel-mention";
    public const string GroupChatMention = "teams-groupchat-mention";
    public const string CardSubmit = "teams-card-submit";

    public const string TenantId = "5d2e7c10-3b8a-4f6e-a1c9-0e4f6b8d2a73";

    public static string Json(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Fixtures", name + ".json"));

    public static Activity Load(string name) =>
        ActivityJson.Deserialize(Json(name)) ?? throw new InvalidOperationException($"{name} deserialized to null.");
}

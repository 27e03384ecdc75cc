using System.Text.Json.Nodes;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>What the Bot Connector posts to /api/messages for a Teams personal chat, with the stub connector as its service URL.</summary>
internal static class TeamsActivities
{
    public static JsonObject Message(Uri serviceUrl, string conversation, string id, string? text, string userId) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Chen", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "AfterSalesBot" },
        ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["text"] = text,
        ["locale"] = "en-US",
    };
}

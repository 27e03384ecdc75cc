using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.WebChat;

public sealed class VendoredWebChatTests
{
    private static readonly string Vendored = Path.Combine(RepoPaths.Root, "src", "Bot", "wwwroot", "lib", "botframework-webchat");
    private static readonly string Package = Path.Combine(RepoPaths.NodeModules, "botframework-webchat");

    [Fact]
    public void TheServedBundleIsTheLockedNpmPackagesBundle()
    {
        var locked = (string?)JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "package-lock.json")))!
            ["packages"]!["node_modules/botframework-webchat"]!["version"];
        Assert.Equal(locked, File.ReadAllText(Path.Combine(Vendored, "VERSION")).Trim());
        Assert.True(File.Exists(Path.Combine(Package, "dist", "webchat.js")), "npm ci first: " + Package);
        Assert.Equal(Hash(Path.Combine(Package, "dist", "webchat.js")), Hash(Path.Combine(Vendored, "webchat.js")));
    }

    [Fact]
    public void TheBundleShipsWithItsLicence() =>
        Assert.Contains("MIT", File.ReadAllText(Path.Combine(Vendored, "webchat.js.LICENSE.txt")), StringComparison.Ordinal);

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}

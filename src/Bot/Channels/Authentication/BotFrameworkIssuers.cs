namespace AfterSalesBot.Bot.Channels.Authentication;

/// <summary>Issuers the Bot Framework uses (PROTOCOL.md §2; botbuilder AuthenticationConstants).</summary>
internal static class BotFrameworkIssuers
{
    public const string Channel = "https://api.botframework.com";

    /// <summary>
    /// Tenants whose tokens the Emulator and Entra-issued callers present: the Bot Framework's own
    /// two, plus the one the Agents samples add. The bot's own tenant is added from options.
    /// </summary>
    public static readonly string[] EmulatorTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public static IReadOnlyList<string> EmulatorIssuers(string? ownTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(ownTenantId)
            ? EmulatorTenants
            : [.. EmulatorTenants, ownTenantId.Trim()];
        return [.. tenants.SelectMany(t => new[]
        {
            $"https://sts.windows.net/{t}/",
            $"https://login.microsoftonline.com/{t}/v2.0",
        })];
    }
}

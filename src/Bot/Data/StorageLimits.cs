namespace AfterSalesBot.Bot.Data;

/// <summary>Column sizes shared by both providers, so SQL Server gets indexable nvarchar columns.</summary>
internal static class StorageLimits
{
    public const int IdLength = 256;
    public const int ShortText = 64;
    public const int NameLength = 256;
    public const int UrlLength = 2048;
}

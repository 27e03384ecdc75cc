namespace AfterSalesBot.Bot.Channels;

// Placeholder until the Azure-path branch lands with the full options.
public sealed class BotOptions
{
    public string DisplayName { get; set; } = "AfterSalesBot";
    public int MaxRequestBytes { get; set; } = 262144;
    public int MaxTextLength { get; set; } = 8000;
}

namespace AfterSalesBot.Bot.Admin;

/// <summary>Section "Admin".</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    /// <summary>Key for operator endpoints (header <c>X-Api-Key</c>). Empty (the default) turns them off entirely.
    /// Set it from the environment (<c>Admin__ApiKey</c>); never commit it.</summary>
    public string? ApiKey { get; set; }
}

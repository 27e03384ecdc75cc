namespace AfterSalesBot.Tests.Browser;

/// <summary>
/// Chromium, the host and Node compete for two cores; the browser tests run on their own, after the rest,
/// so their waits measure the product rather than the machine's load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}

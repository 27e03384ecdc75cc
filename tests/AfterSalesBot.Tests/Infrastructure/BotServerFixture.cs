namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>One host process shared by a test class; tests open their own conversations in it.</summary>
public sealed class BotServerFixture : IAsyncLifetime
{
    public BotServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await BotServer.StartNewAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

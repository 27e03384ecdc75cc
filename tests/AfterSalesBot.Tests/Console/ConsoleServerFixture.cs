using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

/// <summary>One real host with an agent, a second agent, a supervisor and an admin.</summary>
public sealed class ConsoleServerFixture : IAsyncLifetime
{
    public const string Agent = "agent.li";
    public const string OtherAgent = "agent.wang";
    public const string Supervisor = "sup.zhao";
    public const string Admin = "admin.chen";

    public BotServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartNewAsync();
        await ConsoleSession.CreateAccountAsync(Server, Agent, StaffRoles.Agent);
        await ConsoleSession.CreateAccountAsync(Server, OtherAgent, StaffRoles.Agent);
        await ConsoleSession.CreateAccountAsync(Server, Supervisor, StaffRoles.Supervisor);
        await ConsoleSession.CreateAccountAsync(Server, Admin, StaffRoles.Admin);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.DirectLine;
using AfterSalesBot.Bot.WebChat;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AfterSalesBot.Tests.WebChat;

/// <summary>The host with a known token signing key (configuration, as an operator sets it) and a follow-up due seconds
/// after the action is done.</summary>
public sealed class ResumeServerFixture : IAsyncLifetime
{
    public const string Supervisor = "sup.resume";
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public BotServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartNewAsync(new Dictionary<string, string>
        {
            ["DirectLine__TokenSigningKey"] = SigningKey,
            ["FollowUp__DelayHours"] = "0.0003", // about a second after the action is done
            ["FollowUp__CheckInterval"] = "00:00:01",
        });
        await ConsoleSession.CreateAccountAsync(Server, Supervisor, StaffRoles.Agent, StaffRoles.Supervisor);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// The web customer who comes back days later, over real HTTP: the page hands its old token to the session endpoint.
/// The host runs on the real clock, so the "old" tokens are minted here with the server's own signer and key on a
/// clock set days back — exactly the token the page would still hold after its customer closed it that long ago.
/// </summary>
public sealed class WebChatResumeTests(ResumeServerFixture fixture) : IClassFixture<ResumeServerFixture>
{
    private readonly BotServer _server = fixture.Server;

    [Fact]
    public async Task A_token_expired_five_days_ago_resumes_the_conversation_with_its_history_and_the_follow_up()
    {
        var (customer, number) = await ConsoleCustomer.AgreeRepairAsync(_server);
        using var _ = customer;
        using (var supervisor = await ConsoleSession.SignInAsync(_server, ResumeServerFixture.Supervisor))
            Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostAsync($"/console/case/{number}?handler=ActionDone")).StatusCode);
        await ConsoleCustomer.WaitForTextAsync(customer, "Has the problem been solved?", TimeSpan.FromSeconds(30));

        var oldToken = MintedAgo(TimeSpan.FromDays(5), customer.ConversationId, customer.UserId);
        using var returned = await new DirectLineTestClient(_server).StartSessionAsync(oldToken);

        Assert.True(returned.Resumed);
        Assert.Null(returned.ResumeRefused);
        Assert.Equal((customer.ConversationId, customer.UserId), (returned.ConversationId, returned.UserId));
        var (activities, watermark) = await returned.GetActivitiesAsync();
        var texts = activities.Select(a => (string?)a!["text"]).Where(t => t is not null).ToList();
        Assert.Contains("My Q5 gas stove will not light since yesterday", texts);
        Assert.Contains(texts, t => t!.Contains("recorded our agreement under case " + number, StringComparison.Ordinal));
        Assert.Equal($"Hello again about case {number}: the agreed service has been carried out. Has the problem been solved?", texts[^1]);
        Assert.True(long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture) >= activities.Count - 1);

        // The resumed session carries on: the answer reaches the same conversation and the survey follows.
        var answer = await returned.SendTextAsync("yes, it works now");
        var replies = await returned.WaitForRepliesAsync(answer);
        Assert.Contains("How satisfied are you with our service", (string?)replies[^1]["text"]);
    }

    [Fact]
    public async Task A_token_older_than_the_resume_window_is_refused_and_a_new_conversation_is_offered()
    {
        using var customer = await new DirectLineTestClient(_server).StartSessionAsync();
        await customer.WaitForRepliesAsync(await customer.SendTextAsync("My Q5 gas stove will not light since yesterday"));

        // Issued 31 days ago, expired an hour later: 30 days and 23 hours past its expiry, beyond the 30-day window.
        var stale = MintedAgo(TimeSpan.FromDays(31), customer.ConversationId, customer.UserId);
        using var returned = await new DirectLineTestClient(_server).StartSessionAsync(stale);

        Assert.False(returned.Resumed);
        Assert.Equal(WebChatSessionEndpoints.ResumeRefusals.Expired, returned.ResumeRefused);
        Assert.NotEqual(customer.ConversationId, returned.ConversationId);
        Assert.NotEqual(customer.UserId, returned.UserId);
        var (fresh, _) = await returned.GetActivitiesAsync();
        Assert.DoesNotContain(fresh, a => (string?)a!["text"] == "My Q5 gas stove will not light since yesterday");
        // Nor does the stale token itself open the old history.
        Assert.Equal(HttpStatusCode.Forbidden, await ReadWithAsync(stale, customer.ConversationId));

        // Just inside the window it still resumes (the same conversation, the same clock, a day less).
        using var inside = await new DirectLineTestClient(_server)
            .StartSessionAsync(MintedAgo(TimeSpan.FromDays(29), customer.ConversationId, customer.UserId));
        Assert.True(inside.Resumed);
        Assert.Equal(customer.ConversationId, inside.ConversationId);
    }

    [Fact]
    public async Task A_token_for_another_users_conversation_is_refused()
    {
        using var owner = await new DirectLineTestClient(_server).StartSessionAsync();
        await owner.WaitForRepliesAsync(await owner.SendTextAsync("My Q5 gas stove will not light since yesterday"));
        using var other = await new DirectLineTestClient(_server).StartSessionAsync();

        // Validly signed and recent, but naming the other customer as the user of the owner's conversation.
        var borrowed = MintedAgo(TimeSpan.FromDays(2), owner.ConversationId, other.UserId);
        using var attempt = await new DirectLineTestClient(_server).StartSessionAsync(borrowed);

        Assert.False(attempt.Resumed);
        Assert.Equal(WebChatSessionEndpoints.ResumeRefusals.NotYours, attempt.ResumeRefused);
        Assert.NotEqual(owner.ConversationId, attempt.ConversationId);
        Assert.NotEqual(other.UserId, attempt.UserId);

        // A token signed with some other key is no better.
        using var forged = await new DirectLineTestClient(_server)
            .StartSessionAsync(MintedAgo(TimeSpan.FromDays(1), owner.ConversationId, owner.UserId, Convert.ToBase64String(RandomNumberGenerator.GetBytes(48))));
        Assert.Equal(WebChatSessionEndpoints.ResumeRefusals.Invalid, forged.ResumeRefused);
        Assert.NotEqual(owner.ConversationId, forged.ConversationId);
    }

    /// <summary>A conversation token as the server mints it, issued <paramref name="ago"/> (it expired an hour later).</summary>
    private static string MintedAgo(TimeSpan ago, string conversationId, string userId, string? key = null)
    {
        var options = Options.Create(new DirectLineOptions { TokenSigningKey = key ?? ResumeServerFixture.SigningKey });
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow - ago);
        var tokens = new DirectLineTokens(new SigningKeyStore(options, Options.Create(new StorageOptions())), options, clock);
        return tokens.Issue(conversationId, userId).Token;
    }

    private async Task<HttpStatusCode> ReadWithAsync(string token, string conversationId)
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await http.SendAsync(request)).StatusCode;
    }
}

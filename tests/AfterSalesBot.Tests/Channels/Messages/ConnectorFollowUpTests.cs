using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Channels.Connector;
using AfterSalesBot.Tests.Console;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Channels.Messages;

/// <summary>
/// A follow-up to a Teams conversation, through the connector on loopback (anonymous mode): it counts as sent only when
/// the channel accepted it. The stub refuses the follow-up question with 500 (not a status the connector client retries
/// itself), so the scheduler's own retry with backoff — and, at the limit, parking — is what the test sees.
/// </summary>
public sealed partial class ConnectorFollowUpTests(ConnectorFollowUpTests.Host host) : IClassFixture<ConnectorFollowUpTests.Host>
{
    private const string Question = "Has the problem been solved?";
    private readonly BotServer _server = host.Server;
    private readonly StubConnectorServer _channel = host.Channel;

    public sealed class Host : IAsyncLifetime
    {
        public const string Supervisor = "sup.teams";

        public BotServer Server { get; private set; } = null!;
        public StubConnectorServer Channel { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Channel = await StubConnectorServer.StartAsync();
            Server = await BotServer.StartNewAsync(new Dictionary<string, string>
            {
                ["Bot__AllowAnonymous"] = "true",
                ["FollowUp__DelayHours"] = "0.0003", // about a second after the action is done
                ["FollowUp__CheckInterval"] = "00:00:01",
                ["FollowUp__RetryAfter"] = "00:00:01",
                ["FollowUp__MaxAttempts"] = "2",
            });
            await ConsoleSession.CreateAccountAsync(Server, Supervisor, StaffRoles.Agent, StaffRoles.Supervisor);
        }

        public async Task DisposeAsync()
        {
            await Server.DisposeAsync();
            await Channel.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_follow_up_the_connector_refuses_is_retried_and_counts_as_sent_only_once_accepted()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var number = await AgreeRepairAsync(conversation);
        _channel.FailWhen(r => IsQuestion(r, conversation), 500, times: 1);
        await MarkActionDoneAsync(number);

        var asked = await WaitForRequestsAsync(r => IsQuestion(r, conversation), 2);
        Assert.Equal(2, asked.Count); // refused once, then accepted
        var item = await WaitForFollowUpAsync(number, f => f.Status == FollowUpStatuses.Sent);
        Assert.Equal((FollowUpKinds.Ask, 2, null), (item.Kind, item.Attempts, item.LastError));

        // The accepted send committed the turn: the customer's answer is read as the answer to the question.
        await PostAsync(Message(conversation, "answer-1", "yes, it works now"));
        var survey = await WaitForRequestsAsync(r => r.RawTarget.EndsWith("/answer-1", StringComparison.Ordinal), 1);
        Assert.Contains("How satisfied are you with our service", (string?)JsonNode.Parse(survey[^1].Body)!["text"]);
        // And the refused attempt left nothing behind: one question only in what the bot recorded as said.
        await using var db = ConsoleSession.OpenDatabase(_server);
        Assert.Single(await db.FollowUps.Where(f => f.CaseNumber == number && f.Kind == FollowUpKinds.Ask).ToListAsync());
    }

    [Fact]
    public async Task A_follow_up_the_connector_keeps_refusing_is_parked_for_staff_not_sent()
    {
        var conversation = "conv-" + Guid.NewGuid().ToString("N");
        var number = await AgreeRepairAsync(conversation);
        _channel.FailWhen(r => IsQuestion(r, conversation), 500, times: 2);
        await MarkActionDoneAsync(number);

        var item = await WaitForFollowUpAsync(number, f => f.Status == FollowUpStatuses.Parked);
        Assert.Equal(2, item.Attempts);
        Assert.Contains("refused", item.LastError);
        Assert.Equal(2, _channel.Requests.Count(r => IsQuestion(r, conversation)));
        await using var db = ConsoleSession.OpenDatabase(_server);
        Assert.False(await db.FollowUps.AnyAsync(f => f.CaseNumber == number && f.Kind == FollowUpKinds.Reminder));

        using var supervisor = await ConsoleSession.SignInAsync(_server, Host.Supervisor);
        var page = await supervisor.GetPageAsync("/console/case/" + number);
        Assert.Contains("data-follow-up=\"Parked\"", page);
    }

    private static bool IsQuestion(RecordedRequest request, string conversation) =>
        request.RawTarget.Contains(conversation, StringComparison.Ordinal) && request.Body.Contains(Question, StringComparison.Ordinal);

    private async Task<string> AgreeRepairAsync(string conversation)
    {
        var step = 0;
        var last = "";
        foreach (var (say, expect) in ConsoleCustomer.RepairAgreed)
        {
            var id = "step-" + ++step;
            Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(Message(conversation, id, say))).StatusCode);
            var replies = await WaitForRequestsAsync(r => r.RawTarget.Contains(conversation, StringComparison.Ordinal)
                && r.RawTarget.EndsWith("/" + id, StringComparison.Ordinal) && r.Body.Contains(expect, StringComparison.Ordinal), 1);
            last = (string?)JsonNode.Parse(replies[^1].Body)!["text"] ?? "";
        }
        return CaseNumber().Match(last).Value;
    }

    private async Task MarkActionDoneAsync(string number)
    {
        using var supervisor = await ConsoleSession.SignInAsync(_server, Host.Supervisor);
        Assert.Equal(HttpStatusCode.Redirect, (await supervisor.PostAsync($"/console/case/{number}?handler=ActionDone")).StatusCode);
    }

    private async Task<ScheduledFollowUp> WaitForFollowUpAsync(string number, Func<ScheduledFollowUp, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var db = ConsoleSession.OpenDatabase(_server))
            {
                var ask = await db.FollowUps.AsNoTracking().SingleOrDefaultAsync(f => f.CaseNumber == number && f.Kind == FollowUpKinds.Ask);
                if (ask is not null && done(ask)) return ask;
                if (DateTime.UtcNow > deadline)
                    throw new TimeoutException($"Follow-up of {number}: {ask?.Status} after {ask?.Attempts} attempts ({ask?.LastError}).\n{_server.Output}");
            }
            await Task.Delay(200);
        }
    }

    private async Task<List<RecordedRequest>> WaitForRequestsAsync(Func<RecordedRequest, bool> match, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var seen = _channel.Requests.Where(match).ToList();
            if (seen.Count >= count) return seen;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Saw {seen.Count} of {count} requests.\n{_server.Output}");
            await Task.Delay(50);
        }
    }

    private JsonObject Message(string conversation, string id, string text) =>
        TeamsActivities.Message(_channel.BaseAddress, conversation, id, text, "user-" + conversation);

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using var http = _server.CreateClient();
        return await http.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    [GeneratedRegex(@"AS-\d{8}-\d{4}")]
    private static partial Regex CaseNumber();
}

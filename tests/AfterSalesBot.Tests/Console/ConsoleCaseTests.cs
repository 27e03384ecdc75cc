using System.Net;
using Microsoft.EntityFrameworkCore;
using AfterSalesBot.Escalation.Staff;

namespace AfterSalesBot.Tests.Console;

/// <summary>What staff do with a case through the console, over real HTTP against the real host, and what the customer
/// hears on their Direct Line conversation.</summary>
public sealed class ConsoleCaseTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    [Fact]
    public async Task Of_many_agents_taking_one_case_at_once_exactly_one_gets_it_and_the_rest_are_told_who()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "My printer keeps jamming");
        using var _ = customer;
        var names = Enumerable.Range(1, 8).Select(i => $"racer{i}.{Guid.NewGuid():N}"[..20]).ToList();
        foreach (var name in names) await ConsoleSession.CreateAccountAsync(fixture.Server, name, StaffRoles.Agent);
        var sessions = await Task.WhenAll(names.Select(n => ConsoleSession.SignInAsync(fixture.Server, n)));
        // Fetch each token first, so the posts themselves go out together.
        var responses = await Task.WhenAll(sessions.Select(s => s.PostAsync($"/console/case/{number}?handler=Take")));
        var flashes = new List<string?>();
        for (var i = 0; i < sessions.Length; i++) flashes.Add(await sessions[i].FlashAfterAsync(responses[i]));

        Assert.Single(flashes, f => f?.StartsWith("The case is yours", StringComparison.Ordinal) == true);
        var winner = names[flashes.FindIndex(f => f?.StartsWith("The case is yours", StringComparison.Ordinal) == true)];
        Assert.All(flashes.Where(f => f?.StartsWith("The case is yours", StringComparison.Ordinal) != true),
            f => Assert.Contains($"{winner} already took this case", f));
        var page = await sessions[0].GetPageAsync($"/console/case/{number}");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, @"<strong>Taken</strong>"));
        var told = await ConsoleCustomer.WaitForTextAsync(customer, "has joined the conversation");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(told, "has joined the conversation"));
        foreach (var s in sessions) s.Dispose();
    }

    [Fact]
    public async Task Customer_text_is_shown_as_text_on_the_case_page_never_as_markup()
    {
        const string payload = "<script>alert('x')</script><img src=x onerror=alert(1)> my printer jams";
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, payload);
        using var _ = customer;
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        var page = await agent.GetPageAsync($"/console/case/{number}");
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=x", page);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", page);
    }

    [Fact]
    public async Task The_owner_takes_notes_asks_for_an_approval_and_the_supervisor_decision_reaches_the_customer()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The fridge stopped cooling and the food spoiled");
        using var _ = customer;
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.OtherAgent);
        Assert.StartsWith("The case is yours", await agent.FlashAfterAsync(await agent.PostAsync($"/console/case/{number}?handler=Take")));
        Assert.Equal("Note added.", await agent.FlashAfterAsync(await agent.PostAsync($"/console/case/{number}?handler=Note",
            new() { ["text"] = "Customer of ten years; <b>food</b> worth about 800" })));

        var asked = await agent.PostAsync($"/console/case/{number}?handler=Approval", new()
        {
            ["remedyIndex"] = "-1", ["kind"] = "Goodwill", ["credit"] = "800", ["currency"] = "CNY",
            ["description"] = "800 CNY for the spoiled food", ["justification"] = "Company fault: the compressor failed within warranty",
        });
        Assert.StartsWith("Sent to the supervisors", await agent.FlashAfterAsync(asked));
        var casePage = await agent.GetPageAsync($"/console/case/{number}");
        Assert.Contains("Waiting on approval", casePage);
        Assert.Contains("&lt;b&gt;food&lt;/b&gt;", casePage); // the note, escaped

        // The requester cannot decide; an agent cannot even reach the page.
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var approvals = await supervisor.GetPageAsync("/console/supervisor/approvals");
        var id = System.Text.RegularExpressions.Regex.Match(approvals, $@"data-approval=""(\d+)"">\s*<td><a href=""/console/case/{number}""").Groups[1].Value;
        Assert.NotEmpty(id);
        var decided = await supervisor.PostFormAsync("/console/supervisor/approvals", $"/console/supervisor/approvals?handler=Decide&id={id}",
            new() { ["approve"] = "true", ["note"] = "Agreed: our fault" });
        Assert.StartsWith($"Approved; case {number}", await supervisor.FlashAfterAsync(decided));
        await ConsoleCustomer.WaitForTextAsync(customer, $"Good news about case {number}: a supervisor approved 800 CNY for the spoiled food");

        var again = await supervisor.PostFormAsync("/console/supervisor/approvals", $"/console/supervisor/approvals?handler=Decide&id={id}",
            new() { ["approve"] = "false" });
        Assert.Contains("already approved by sup.zhao", await supervisor.FlashAfterAsync(again));
        casePage = await agent.GetPageAsync($"/console/case/{number}");
        Assert.Contains("Approval granted", casePage);
        Assert.Contains(">Assigned<", casePage);
    }

    [Fact]
    public async Task Handing_back_at_the_follow_up_step_wakes_the_bot_which_tells_the_customer_at_once()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The dishwasher leaks water");
        using var _ = customer;
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        await agent.PostAsync($"/console/case/{number}?handler=Take");
        var back = await agent.PostAsync($"/console/case/{number}?handler=HandBack", new() { ["step"] = "ScheduleFollowUp", ["remedyIndex"] = "-1" });
        Assert.StartsWith("The bot has the conversation again", await agent.FlashAfterAsync(back));
        var told = await ConsoleCustomer.WaitForTextAsync(customer, $"Your matter is settled under case {number}");
        Assert.Contains("has passed the conversation back to me", told);
        Assert.Contains("With the bot", await agent.GetPageAsync($"/console/case/{number}"));
    }

    [Fact]
    public async Task Only_the_owner_takes_the_conversation_back_from_the_bot_and_the_customer_hears_they_joined_again()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The cooker hood rattles loudly");
        using var _ = customer;
        using var owner = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        using var other = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.OtherAgent);
        await owner.PostAsync($"/console/case/{number}?handler=Take");
        await ConsoleCustomer.WaitForTextAsync(customer, "has joined the conversation");
        Assert.StartsWith("The bot has the conversation again", await owner.FlashAfterAsync(
            await owner.PostAsync($"/console/case/{number}?handler=HandBack", new() { ["step"] = "ScheduleFollowUp", ["remedyIndex"] = "-1" })));
        await ConsoleCustomer.WaitForTextAsync(customer, $"Your matter is settled under case {number}");

        // Anonymous: sent to sign in, nothing changes.
        using (var anonymous = new ConsoleSession(fixture.Server))
        {
            var refused = await anonymous.PostAsync($"/console/case/{number}?handler=TakeBack");
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/console/login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        // Another agent: refused with the reason, nothing changes.
        Assert.Equal("Only the case's owner (or a supervisor) can do that.",
            await other.FlashAfterAsync(await other.PostAsync($"/console/case/{number}?handler=TakeBack")));
        Assert.Contains("With the bot", await owner.GetPageAsync($"/console/case/{number}"));
        await using (var db = ConsoleSession.OpenDatabase(fixture.Server))
        {
            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Number == number);
            Assert.Equal((AfterSalesBot.Escalation.Cases.CaseStatus.WithBot, ConsoleServerFixture.Agent), (c.Status, c.Assignee));
            Assert.DoesNotContain(await db.Events.AsNoTracking().Where(e => e.CaseNumber == number).Select(e => e.Kind).ToListAsync(),
                k => k == AfterSalesBot.Escalation.Cases.CaseEventKinds.TakenBack);
        }

        // The owner: the conversation is theirs again and the customer is told at once.
        Assert.Equal("The conversation is yours again; the customer has been told you joined.",
            await owner.FlashAfterAsync(await owner.PostAsync($"/console/case/{number}?handler=TakeBack")));
        var joined = $"Name of {ConsoleServerFixture.Agent} from our service team has joined the conversation about case {number}";
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var times = 0;
        while ((times = System.Text.RegularExpressions.Regex.Matches(await ConsoleCustomer.AllTextAsync(customer), joined).Count) < 2
            && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.Equal(2, times); // once when the case was taken, once now
        await using (var db = ConsoleSession.OpenDatabase(fixture.Server))
        {
            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Number == number);
            Assert.Equal((AfterSalesBot.Escalation.Cases.CaseStatus.Assigned, ConsoleServerFixture.Agent), (c.Status, c.Assignee));
            Assert.Single(await db.Events.AsNoTracking().Where(e => e.CaseNumber == number && e.Kind == AfterSalesBot.Escalation.Cases.CaseEventKinds.TakenBack)
                .Select(e => e.Actor).ToListAsync(), ConsoleServerFixture.Agent);
        }
    }

    [Fact]
    public async Task Only_the_owner_may_release_and_a_refusal_is_explained()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The oven door is broken");
        using var _ = customer;
        using var owner = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        using var other = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.OtherAgent);
        await owner.PostAsync($"/console/case/{number}?handler=Take");
        Assert.Equal("Only the case's owner (or a supervisor) can do that.",
            await other.FlashAfterAsync(await other.PostAsync($"/console/case/{number}?handler=Release")));
        Assert.Equal("Someone was quicker: agent.li already took this case.",
            await other.FlashAfterAsync(await other.PostAsync($"/console/case/{number}?handler=Take")));
        Assert.Equal("The case is back in the queue.", await owner.FlashAfterAsync(await owner.PostAsync($"/console/case/{number}?handler=Release")));
        await ConsoleCustomer.WaitForTextAsync(customer, $"Your case {number} is back in the queue");
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("/console/case/AS-20990101-0001")).StatusCode);
    }

    [Fact]
    public async Task A_missed_deadline_is_a_notice_on_the_supervisors_page_and_not_on_the_agents()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The washing machine floods the floor");
        using var _ = customer;
        await using (var db = ConsoleSession.OpenDatabase(fixture.Server))
        {
            db.Events.Add(new AfterSalesBot.Escalation.Cases.CaseEvent
            {
                CaseNumber = number, At = DateTimeOffset.UtcNow, Kind = AfterSalesBot.Escalation.Cases.CaseEventKinds.SlaBreached,
                Actor = "sla-monitor", Detail = "FirstResponse",
            });
            await db.SaveChangesAsync();
        }
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var page = await supervisor.GetPageAsync("/console/supervisor/cases");
        Assert.Matches($@"<tr class=""breach"">\s*<td>[^<]+</td>\s*<td><a href=""/console/case/{number}"">{number}</a></td>\s*<td>Missed: FirstResponse</td>", page);
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        Assert.Contains("/console/denied", (await agent.GetAsync("/console/supervisor/cases")).Headers.Location!.OriginalString);
    }
}

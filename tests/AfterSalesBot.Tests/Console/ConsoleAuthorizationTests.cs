using System.Net;
using AfterSalesBot.Tests.Infrastructure;

namespace AfterSalesBot.Tests.Console;

/// <summary>
/// Every console page, handler and the hub, as anonymous, agent, supervisor and admin: anonymous is sent to sign in
/// (the hub answers 401), a role that may not is sent to "not allowed", and the roles that may get the page.
/// </summary>
public sealed class ConsoleAuthorizationTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private enum Who { Anonymous, Agent, Supervisor, Admin }

    private enum Needs { Staff, Supervisor, Admin }

    private static readonly (string Url, Needs Needs)[] Pages =
    [
        ("/console", Needs.Staff),
        ("/console/case/{case}", Needs.Staff),
        ("/console/supervisor/cases", Needs.Supervisor),
        ("/console/supervisor/approvals", Needs.Supervisor),
        ("/console/supervisor/transcripts", Needs.Supervisor),
        ("/console/supervisor/transcripts?words=printer", Needs.Supervisor),
        ("/console/supervisor/transcript/{conversation}", Needs.Supervisor),
        ("/console/supervisor/transcript/{conversation}?handler=Export&format=transcript", Needs.Supervisor),
        ("/console/supervisor/transcript/{conversation}?handler=Export&format=csv&notes=true", Needs.Supervisor),
        ("/console/supervisor/transcript/{conversation}?handler=Print&notes=true", Needs.Supervisor),
        ("/console/supervisor/kpis", Needs.Supervisor),
        ("/console/admin/staff", Needs.Admin),
        ("/console/admin/audit", Needs.Admin),
    ];

    private static readonly (string Url, Needs Needs)[] Posts =
    [
        ("/console/case/{case}?handler=Note", Needs.Staff),
        ("/console/case/{case}?handler=Release", Needs.Staff),
        ("/console/case/{case}?handler=TakeBack", Needs.Staff),
        ("/console/supervisor/approvals?handler=Decide&id=1", Needs.Supervisor),
        ("/console/admin/staff?handler=Create", Needs.Admin),
        ("/console/admin/staff?handler=Disable&user=agent.li&disabled=true", Needs.Admin),
    ];

    private static bool Allowed(Who who, Needs needs) => needs switch
    {
        Needs.Staff => who != Who.Anonymous,
        Needs.Supervisor => who is Who.Supervisor or Who.Admin,
        _ => who == Who.Admin,
    };

    [Fact]
    public async Task Every_page_answers_each_role_as_its_policy_says()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "My printer keeps jamming");
        using var _ = customer;
        var failures = new List<string>();
        foreach (var who in Enum.GetValues<Who>())
        {
            using var session = await SessionAsync(who);
            foreach (var (template, needs) in Pages)
            {
                var url = template.Replace("{case}", number).Replace("{conversation}", Uri.EscapeDataString(customer.ConversationId));
                var response = await session.GetAsync(url);
                var expected = who == Who.Anonymous ? "login" : Allowed(who, needs) ? "200" : "denied";
                var actual = Describe(response);
                if (actual != expected) failures.Add($"{who} GET {url}: expected {expected}, got {actual}");
            }
        }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_action_is_refused_to_roles_that_may_not_before_it_runs()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The fridge is too warm");
        using var _ = customer;
        var failures = new List<string>();
        foreach (var who in Enum.GetValues<Who>())
        {
            using var session = await SessionAsync(who);
            foreach (var (template, needs) in Posts)
            {
                if (Allowed(who, needs)) continue; // what allowed roles get is each action's own test
                var url = template.Replace("{case}", number);
                var response = await session.PostAsync(url, new() { ["text"] = "note", ["userName"] = "intruder" });
                var expected = who == Who.Anonymous ? "login" : "denied";
                if (Describe(response) != expected) failures.Add($"{who} POST {url}: expected {expected}, got {Describe(response)}");
            }
        }
        Assert.Empty(failures);
        using var admin = await SessionAsync(Who.Admin);
        Assert.DoesNotContain("intruder", await admin.GetPageAsync("/console/admin/staff"));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var agent = await SessionAsync(Who.Agent);
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The kettle leaks");
        using var _ = customer;
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = agent.Cookies, AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseUrl };
        var response = await http.PostAsync($"/console/case/{number}?handler=Take", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Queued", await (await agent.GetAsync($"/console/case/{number}")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_hub_refuses_anonymous_connections()
    {
        using var http = fixture.Server.CreateClient();
        var response = await http.PostAsync("/console/hub/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var agent = await SessionAsync(Who.Agent);
        using var signedIn = new HttpClient(new HttpClientHandler { CookieContainer = agent.Cookies }) { BaseAddress = fixture.Server.BaseUrl };
        Assert.Equal(HttpStatusCode.OK, (await signedIn.PostAsync("/console/hub/negotiate?negotiateVersion=1", null)).StatusCode);
    }

    private async Task<ConsoleSession> SessionAsync(Who who) => who switch
    {
        Who.Anonymous => new ConsoleSession(fixture.Server),
        Who.Agent => await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent),
        Who.Supervisor => await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor),
        _ => await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Admin),
    };

    private static string Describe(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.OK) return "200";
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var to = response.Headers.Location!.OriginalString;
            if (to.Contains("/console/login", StringComparison.Ordinal)) return "login";
            if (to.Contains("/console/denied", StringComparison.Ordinal)) return "denied";
            return "redirect " + to;
        }
        return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

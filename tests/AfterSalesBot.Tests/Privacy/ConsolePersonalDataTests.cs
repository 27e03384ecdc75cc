using System.Net;
using System.Text;
using AfterSalesBot.Escalation.Audit;
using AfterSalesBot.Tests.Console;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Privacy;

/// <summary>
/// Personal data in the console, over real HTTP against the real host: exports and the printable page mask the customer's
/// contact data unless a supervisor asks for it explicitly (audited); a request that came another way is served from the
/// personal-data page (a copy, or an erasure the open case refuses with the reason), every action audited.
/// </summary>
public sealed class ConsolePersonalDataTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    private const string Complaint = "My copier prints blank pages, call me on 13812345678 or zhang.wei@example.com, I live at 42 Long Acre Road";

    private async Task<(string Conversation, string Number)> EscalatedAsync()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, Complaint);
        customer.Dispose();
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return ((await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number)).ConversationId, number);
    }

    private async Task<List<AuditEntry>> AuditAfterAsync(long after)
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Audit.AsNoTracking().Where(a => a.Id > after).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Audit.AsNoTracking().MaxAsync(a => (long?)a.Id) ?? 0;
    }

    [Fact]
    public async Task Exports_and_the_printable_page_mask_contact_data_by_default()
    {
        var (conversation, _) = await EscalatedAsync();
        var url = "/console/supervisor/transcript/" + Uri.EscapeDataString(conversation);
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);

        var csv = Encoding.UTF8.GetString(await (await supervisor.GetAsync(url + "?handler=Export&format=csv")).Content.ReadAsByteArrayAsync());
        var transcript = await (await supervisor.GetAsync(url + "?handler=Export&format=transcript")).Content.ReadAsStringAsync();
        var print = WebUtility.HtmlDecode(await supervisor.GetPageAsync(url + "?handler=Print&notes=false"));

        foreach (var exported in new[] { csv, transcript, print })
        {
            Assert.Contains("138****5678", exported);
            Assert.Contains("z***@example.com", exported);
            Assert.Contains("** Long Acre Road", exported);
            Assert.DoesNotContain("13812345678", exported);
            Assert.DoesNotContain("zhang.wei@", exported);
            Assert.DoesNotContain("42 Long Acre", exported);
        }
        Assert.Contains("prints blank pages", csv);
    }

    [Fact]
    public async Task An_export_with_personal_data_is_unmasked_and_audited_as_such()
    {
        var (conversation, _) = await EscalatedAsync();
        var url = "/console/supervisor/transcript/" + Uri.EscapeDataString(conversation);
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var before = await LastAuditIdAsync();

        var csv = Encoding.UTF8.GetString(await (await supervisor.GetAsync(url + "?handler=Export&format=csv&personal=true")).Content.ReadAsByteArrayAsync());

        Assert.Contains("13812345678", csv);
        var entry = Assert.Single(await AuditAfterAsync(before), e => e.Actor == ConsoleServerFixture.Supervisor);
        Assert.Equal((AuditActions.PersonalDataExported, conversation, "format=csv notes=no personal=yes"), (entry.Action, entry.Target, entry.Detail));
    }

    [Fact]
    public async Task Agents_cannot_export_with_personal_data()
    {
        var (conversation, _) = await EscalatedAsync();
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);

        var response = await agent.GetAsync("/console/supervisor/transcript/" + Uri.EscapeDataString(conversation) + "?handler=Export&format=csv&personal=true");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await agent.GetAsync("/console/supervisor/personaldata")).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_downloads_a_copy_for_a_case_number_and_the_open_case_refuses_erasure_with_the_reason()
    {
        var (conversation, number) = await EscalatedAsync();
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var before = await LastAuditIdAsync();
        const string page = "/console/supervisor/personaldata";

        var copy = await supervisor.PostFormAsync(page, page + "?handler=Copy", new() { ["reference"] = number });
        Assert.Equal(HttpStatusCode.OK, copy.StatusCode);
        Assert.Equal("application/json", copy.Content.Headers.ContentType!.MediaType);
        var json = await copy.Content.ReadAsStringAsync();
        Assert.Contains("13812345678", json);
        Assert.Contains(number, json);
        Assert.Contains(conversation, json);

        var refused = await supervisor.PostFormAsync(page, page + "?handler=Erase", new() { ["reference"] = number, ["confirmed"] = "true" });
        Assert.Equal($"Not deleted: case {number} is still being handled and needs the customer's details.", await supervisor.FlashAfterAsync(refused));

        var entries = (await AuditAfterAsync(before)).Where(e => e.Actor == ConsoleServerFixture.Supervisor).ToList();
        Assert.Equal([AuditActions.PersonalDataCopied, AuditActions.PersonalDataErasureRefused], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(number, e.Target));
        Assert.Equal($"{number} OpenCase", entries[1].Detail);
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        Assert.Null((await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number)).PersonalDataErasedAt);
    }

    [Fact]
    public async Task A_supervisor_erases_a_finished_case_s_customer_and_it_is_audited()
    {
        var (conversation, number) = await EscalatedAsync();
        await using (var db = ConsoleSession.OpenDatabase(fixture.Server))
            await db.Cases.Where(c => c.Number == number).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, AfterSalesBot.Escalation.Cases.CaseStatus.Closed));
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        const string page = "/console/supervisor/personaldata";
        var before = await LastAuditIdAsync();

        var unconfirmed = await supervisor.PostFormAsync(page, page + "?handler=Erase", new() { ["reference"] = conversation });
        Assert.Equal("Tick the confirmation to delete the data.", await supervisor.FlashAfterAsync(unconfirmed));
        var erased = await supervisor.PostFormAsync(page, page + "?handler=Erase", new() { ["reference"] = conversation, ["confirmed"] = "true" });

        Assert.Equal("Deleted: 1 conversation(s); 1 case(s) now keep only the product facts.", await supervisor.FlashAfterAsync(erased));
        var entry = Assert.Single(await AuditAfterAsync(before), e => e.Action == AuditActions.PersonalDataErased);
        Assert.Equal((ConsoleServerFixture.Supervisor, conversation, $"conversations=1 cases={number}"), (entry.Actor, entry.Target, entry.Detail));
        await using var check = ConsoleSession.OpenDatabase(fixture.Server);
        var c = await check.Cases.AsNoTracking().SingleAsync(x => x.Number == number);
        Assert.Equal((null, null), (c.Sheet.Phone, c.PhoneLastFour));
        var transcript = await supervisor.GetAsync("/console/supervisor/transcript/" + Uri.EscapeDataString(conversation) + "?handler=Export&format=csv&personal=true");
        Assert.DoesNotContain("13812345678", Encoding.UTF8.GetString(await transcript.Content.ReadAsByteArrayAsync()));
    }
}

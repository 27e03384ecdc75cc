using System.Net;
using AfterSalesBot.Escalation.Audit;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Console;

/// <summary>Looking is a staff action too: viewing and exporting transcripts and KPIs, viewing a case and reading the audit
/// log each leave an audit entry naming who, what and how, over real HTTP against the real host.</summary>
public sealed class ConsoleAuditTrailTests(ConsoleServerFixture fixture) : IClassFixture<ConsoleServerFixture>
{
    /// <summary>The entries <paramref name="actor"/> left after entry <paramref name="after"/>, oldest first.</summary>
    private async Task<List<AuditEntry>> EntriesAsync(string actor, long after)
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Audit.AsNoTracking().Where(a => a.Actor == actor && a.Id > after).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<long> LastIdAsync()
    {
        await using var db = ConsoleSession.OpenDatabase(fixture.Server);
        return await db.Audit.AsNoTracking().MaxAsync(a => (long?)a.Id) ?? 0;
    }

    [Fact]
    public async Task Viewing_and_exporting_the_kpis_is_audited_with_the_period_and_channel()
    {
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var before = await LastIdAsync();

        await supervisor.GetPageAsync("/console/supervisor/kpis?from=2026-11-02&to=2026-11-06&channel=msteams");
        var csv = await supervisor.GetAsync("/console/supervisor/kpis?handler=Csv&from=2026-11-02&to=2026-11-06");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);

        var entries = await EntriesAsync(ConsoleServerFixture.Supervisor, before);
        Assert.Equal(
            [(AuditActions.KpisViewed, "2026-11-02..2026-11-06, channel msteams"), (AuditActions.KpisExported, "2026-11-02..2026-11-06, channel all, csv")],
            entries.Select(e => (e.Action, e.Detail)));
        Assert.All(entries, e => Assert.Equal("127.0.0.1", e.RemoteAddress));
    }

    [Fact]
    public async Task Viewing_printing_and_exporting_a_transcript_is_audited_with_the_format_and_whether_notes_were_shown()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "My copier prints blank pages");
        using var _ = customer;
        string conversation;
        await using (var db = ConsoleSession.OpenDatabase(fixture.Server))
            conversation = (await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number)).ConversationId;
        var url = "/console/supervisor/transcript/" + Uri.EscapeDataString(conversation);
        using var supervisor = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Supervisor);
        var before = await LastIdAsync();

        await supervisor.GetPageAsync(url);
        await supervisor.GetPageAsync(url + "?notes=true");
        await supervisor.GetPageAsync(url + "?handler=Print&notes=false");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync(url + "?handler=Export&format=csv&notes=true")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync(url + "?handler=Export&format=transcript")).StatusCode);
        await supervisor.GetPageAsync("/console/supervisor/transcripts?words=copier");

        var entries = await EntriesAsync(ConsoleServerFixture.Supervisor, before);
        Assert.Equal(
        [
            AuditActions.TranscriptViewed, AuditActions.TranscriptViewed, AuditActions.TranscriptExported,
            AuditActions.TranscriptExported, AuditActions.TranscriptExported, AuditActions.TranscriptSearched,
        ], entries.Select(e => e.Action));
        Assert.All(entries.Take(5), e => Assert.Equal(conversation, e.Target));
        Assert.Equal(["without notes", "with notes"], entries.Take(2).Select(e => e.Detail));
        Assert.Equal(["format=print notes=no", "format=csv notes=yes", "format=transcript notes=no"], entries.Skip(2).Take(3).Select(e => e.Detail));
        Assert.Contains("copier", entries[5].Detail);
    }

    [Fact]
    public async Task Viewing_a_case_and_reading_the_audit_log_are_audited()
    {
        var (customer, number) = await ConsoleCustomer.EscalateAsync(fixture.Server, "The range hood light flickers");
        using var _ = customer;
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Agent);
        using var admin = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.Admin);
        var before = await LastIdAsync();

        await agent.GetPageAsync($"/console/case/{number}");
        var log = await admin.GetPageAsync($"/console/admin/audit?target={number}");

        Assert.Contains(AuditActions.CaseViewed, log); // the admin sees the agent's look at the case
        Assert.Equal([(AuditActions.CaseViewed, number)], (await EntriesAsync(ConsoleServerFixture.Agent, before)).Select(e => (e.Action, e.Target)));
        var read = Assert.Single(await EntriesAsync(ConsoleServerFixture.Admin, before));
        Assert.Equal((AuditActions.AuditViewed, $"actor= target={number}"), (read.Action, read.Detail));
    }

    [Fact]
    public async Task A_refused_look_leaves_no_entry_under_the_page_it_was_refused()
    {
        using var agent = await ConsoleSession.SignInAsync(fixture.Server, ConsoleServerFixture.OtherAgent);
        var before = await LastIdAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await agent.GetAsync("/console/supervisor/kpis")).StatusCode);

        Assert.DoesNotContain(await EntriesAsync(ConsoleServerFixture.OtherAgent, before), e => e.Action == AuditActions.KpisViewed);
    }
}

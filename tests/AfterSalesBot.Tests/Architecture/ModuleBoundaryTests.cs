using System.Reflection;
using AfterSalesBot.Bot.Conversations.Complaints;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge;

namespace AfterSalesBot.Tests.Architecture;

/// <summary>
/// Issue 15, item 7: each module owns its data. No type of one module (Bot, Knowledge, Escalation) may use another
/// module's <c>Data</c> namespace — its DbContext, configurations, migrations — except the host's composition root,
/// which creates, migrates and health-checks every module's database. Found by reflection over the built assemblies:
/// signatures, fields, locals and the IL of every method body (<see cref="TypeReferences"/>).
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly[] Modules = [typeof(CatalogNames).Assembly, typeof(KnowledgeReader).Assembly, typeof(ICaseDesk).Assembly];

    /// <summary>The host's composition root: it owns the database's lifecycle for every module.</summary>
    private static readonly string[] CompositionRoot =
    [
        "AfterSalesBot.Bot.Data.DatabaseMigrator",
        "AfterSalesBot.Bot.Data.StorageServiceCollectionExtensions",
        "AfterSalesBot.Bot.Hosting.MigrationsHealthCheck",
    ];

    [Fact]
    public void No_module_uses_another_modules_data_outside_the_composition_root()
    {
        var offenders = Offences().Select(o => o.Type).Distinct().Order().ToList();

        Assert.Empty(offenders.Except(CompositionRoot).Select(t => t + " uses " + string.Join(", ",
            Offences().Where(o => o.Type == t).Select(o => o.Uses).Distinct().Order())));
        // Each exception still needs its exception: one that no longer touches module data leaves the list.
        Assert.Empty(CompositionRoot.Except(offenders));
    }

    [Fact]
    public void The_scan_sees_a_DbContext_used_only_inside_an_async_method_body()
    {
        // The migrator touches the other modules' contexts only inside async methods (state machine fields and IL):
        // the scan must see them there, or the rule above could never fail.
        var migrator = Offences().Where(o => o.Type == "AfterSalesBot.Bot.Data.DatabaseMigrator").Select(o => o.Uses).ToList();
        Assert.Contains("AfterSalesBot.Knowledge.Data.KnowledgeDbContext", migrator);
        Assert.Contains("AfterSalesBot.Escalation.Data.EscalationDbContext", migrator);
    }

    [Theory]
    [InlineData(typeof(CatalogNames))]
    [InlineData(typeof(AfterSalesBot.Bot.Transcripts.TranscriptStore))]
    [InlineData(typeof(AfterSalesBot.Bot.Kpis.ConversationStatistics))]
    public void The_host_reads_Knowledge_through_its_read_API(Type reader)
    {
        Assert.DoesNotContain(Offences(), o => o.Type == reader.FullName);
        Assert.Contains(TypeReferences.Of(reader).SelectMany(TypeReferences.Unfold), t => t == typeof(KnowledgeReader));
    }

    [Fact]
    public void The_telemetry_counts_the_desks_backlog_through_the_desk()
    {
        var sampler = typeof(AfterSalesBot.Bot.Telemetry.TelemetrySampler);
        Assert.DoesNotContain(Offences(), o => o.Type == sampler.FullName);
        Assert.Contains(TypeReferences.Of(sampler).SelectMany(TypeReferences.Unfold), t => t == typeof(DeskBacklog));
    }

    private static IEnumerable<(string Type, string Uses)> Offences() =>
        from assembly in Modules
        from type in assembly.GetTypes()
        let owner = ModuleOf(assembly)
        from used in TypeReferences.Of(type).SelectMany(TypeReferences.Unfold)
        where used.Assembly != assembly && Modules.Contains(used.Assembly) && IsDataNamespace(used.Namespace, ModuleOf(used.Assembly))
        select (TypeReferences.Outermost(type).FullName!, TypeReferences.Outermost(used).FullName!);

    private static string ModuleOf(Assembly assembly) => assembly.GetName().Name!;

    private static bool IsDataNamespace(string? ns, string module) =>
        ns is not null && (ns == module + ".Data" || ns.StartsWith(module + ".Data.", StringComparison.Ordinal));
}

using AfterSalesBot.Escalation.Data;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Escalation;

public sealed class EscalationMigrationTests
{
    [Fact]
    public async Task AppliesOnAFreshSqliteFileWithItsOwnHistoryTable()
    {
        await using var store = await EscalationStore.CreateAsync();
        await using var db = store.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_CaseAssignment", StringComparison.Ordinal));
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Contains(EscalationDbContext.MigrationsHistoryTable, tables);
        Assert.Superset(new HashSet<string>(["Cases", "CaseEvents", "HandlingAgreements", "CaseNumberCounters"]), tables.ToHashSet());
    }
}

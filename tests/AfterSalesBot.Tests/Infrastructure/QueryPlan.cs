using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace AfterSalesBot.Tests.Infrastructure;

/// <summary>SQLite's plan for a query EF generated (<c>ToQueryString</c>), one line per step: whether it searches an index
/// or scans a table, which is what decides whether the query's cost grows with the table.</summary>
public static class QueryPlan
{
    /// <param name="queryString">EF's <c>ToQueryString()</c> for SQLite: <c>.param set @p value</c> lines, then the SQL.</param>
    public static async Task<IReadOnlyList<string>> OfAsync(DbContext db, string queryString)
    {
        var lines = queryString.Split('\n', StringSplitOptions.TrimEntries);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = line[".param set ".Length..].Split(' ', 2);
            var parameter = command.CreateParameter();
            parameter.ParameterName = parts[0];
            parameter.Value = parts[1].Trim('\'');
            command.Parameters.Add(parameter);
        }
        var plan = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }
}

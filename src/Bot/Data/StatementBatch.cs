using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// Runs statements inside the context's open transaction in one round trip where the provider can batch (ADO.NET's
/// <see cref="DbBatch"/>: PostgreSQL, SQL Server), one after the other otherwise (SQLite, which is in process and has no
/// round trip to save). Returns each statement's affected rows, in order (ADR 0046).
/// </summary>
internal static class StatementBatch
{
    public static async Task<int[]> ExecuteAsync(BotDbContext db, IReadOnlyList<RawStatement> statements)
    {
        var rows = new int[statements.Count];
        if (statements.Count == 0) return rows;
        var connection = db.Database.GetDbConnection();
        if (statements.Count == 1 || !connection.CanCreateBatch)
        {
            for (var i = 0; i < statements.Count; i++)
                rows[i] = await db.Database.ExecuteSqlRawAsync(statements[i].Sql, statements[i].Values!, CancellationToken.None);
            return rows;
        }
        var names = db.GetService<ISqlGenerationHelper>();
        await using var batch = connection.CreateBatch();
        batch.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A statement batch runs inside the group's transaction.");
        foreach (var statement in statements)
        {
            var command = batch.CreateBatchCommand();
            var placeholders = new object[statement.Values.Length];
            for (var i = 0; i < statement.Values.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = names.GenerateParameterName($"p{i}");
                parameter.Value = statement.Values[i] ?? DBNull.Value;
                command.Parameters.Add(parameter);
                placeholders[i] = names.GenerateParameterNamePlaceholder($"p{i}");
            }
            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, statement.Sql, placeholders);
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync(CancellationToken.None);
        for (var i = 0; i < rows.Length; i++) rows[i] = batch.BatchCommands[i].RecordsAffected;
        return rows;
    }
}

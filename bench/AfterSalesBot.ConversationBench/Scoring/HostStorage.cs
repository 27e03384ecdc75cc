using Microsoft.Data.Sqlite;

namespace AfterSalesBot.ConversationBench.Scoring;

/// <summary>
/// Reads the host's SQLite file read-only (the host keeps writing it): the complaint state JSON in Conversations.State
/// (src/Bot/Conversations/Complaints/ComplaintState.cs) and the escalation module's Cases and RemedyOffers.
/// </summary>
public sealed class HostStorage(string sqlitePath)
{
    public async Task<StoredConversation> ReadAsync(string conversationId, CancellationToken ct)
    {
        await using var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = sqlitePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        await db.OpenAsync(ct);
        var state = await ScalarAsync(db, "SELECT State FROM Conversations WHERE Id = $id", conversationId, ct);
        var cases = await CasesAsync(db, conversationId, ct);
        var ledger = await LedgerAsync(db, conversationId, ct);
        return StateJson.Read(state, cases, ledger);
    }

    private static async Task<string?> ScalarAsync(SqliteConnection db, string sql, string id, CancellationToken ct)
    {
        await using var command = Command(db, sql, id);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private static async Task<List<StoredCase>> CasesAsync(SqliteConnection db, string id, CancellationToken ct)
    {
        await using var command = Command(db, "SELECT Number, Reason, Priority FROM Cases WHERE ConversationId = $id ORDER BY OpenedAt", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var cases = new List<StoredCase>();
        while (await reader.ReadAsync(ct))
            cases.Add(new StoredCase(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2)));
        return cases;
    }

    private static async Task<List<StoredOffer>> LedgerAsync(SqliteConnection db, string id, CancellationToken ct)
    {
        await using var command = Command(db,
            "SELECT Id, RemedyKind, OfferedBy, OfferedAt FROM RemedyOffers WHERE ConversationId = $id ORDER BY OfferedAt, Sequence", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var offers = new List<StoredOffer>();
        while (await reader.ReadAsync(ct))
            offers.Add(new StoredOffer(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), FromBinary(reader.GetInt64(3))));
        return offers;
    }

    /// <summary>EF Core's DateTimeOffsetToBinaryConverter, which the escalation module uses on SQLite: the local ticks
    /// divided by 1,000, shifted 11 bits, with the offset in minutes in the low 11 bits.</summary>
    private static DateTimeOffset FromBinary(long value)
    {
        var offsetMinutes = (short)((value & 0x7FF) << 5) >> 5; // sign-extend 11 bits
        return new DateTimeOffset((value >> 11) * 1000, TimeSpan.FromMinutes(offsetMinutes));
    }

    private static SqliteCommand Command(SqliteConnection db, string sql, string id)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        return command;
    }
}

using System.Collections.Concurrent;
using System.Text;
using AfterSalesBot.Bot.Data;
using AfterSalesBot.Bot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AfterSalesBot.Bot.Outbox;

/// <summary>
/// The delivered outcome's two statements as parameterised SQL, their text built once per provider from the model's own
/// table and column names (ADR 0041). A LINQ <c>ExecuteUpdate</c> builds and funcletizes its expression trees on every
/// call, and EF Core cannot compile an update (ADR 0034); on <c>/api/messages</c> that was 15 % of a turn's allocations
/// (ADR 0040). Values go through the properties' own value converters first (the SQLite <c>DateTimeOffset</c> as ticks,
/// the UTC instant on PostgreSQL, the state enum as its name), so the stored values are the ones EF would write.
/// </summary>
internal sealed class DeliveredOutcomeSql
{
    private static readonly ConcurrentDictionary<Type, DeliveredOutcomeSql> ByContext = new();

    /// <summary>The most sequences one finishing statement names; a longer batch takes several statements.</summary>
    public const int MaxSequencesPerStatement = 50;

    private readonly string _transcriptUpdate;
    private readonly string _finishPrefix;
    private readonly object _delivered;
    private readonly Func<DateTimeOffset, object> _instant;
    private readonly string[] _finishByCount = new string[MaxSequencesPerStatement + 1];

    private DeliveredOutcomeSql(BotDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var outbox = db.Model.FindEntityType(typeof(OutboxItem))!;
        var transcript = db.Model.FindEntityType(typeof(TranscriptEntry))!;
        string Column(IEntityType entity, string property) => sql.DelimitIdentifier(
            entity.FindProperty(property)!.GetTableColumnMappings().Single().Column.Name);
        string Table(IEntityType entity) => sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

        // {0} activity id, {1} activity JSON, {2} conversation, {3} sequence.
        _transcriptUpdate = $"UPDATE {Table(transcript)} SET {Column(transcript, nameof(TranscriptEntry.ActivityId))} = {{0}}, "
            + $"{Column(transcript, nameof(TranscriptEntry.ActivityJson))} = {{1}} "
            + $"WHERE {Column(transcript, nameof(TranscriptEntry.ConversationId))} = {{2}} AND {Column(transcript, nameof(TranscriptEntry.Sequence))} = {{3}}";

        // The same columns and conditions as ConnectorOutbox.Finish(Delivered) on FinishedRow: {0} state, {1} the finish
        // time (NextAttemptAt and FinishedAt, so pruning's index finds the row), {2} conversation, {3} claimed version,
        // {4} this instance, then the sequences.
        string O(string property) => Column(outbox, property);
        _finishPrefix = $"UPDATE {Table(outbox)} SET {O(nameof(OutboxItem.State))} = {{0}}, {O(nameof(OutboxItem.NextAttemptAt))} = {{1}}, "
            + $"{O(nameof(OutboxItem.LastError))} = NULL, {O(nameof(OutboxItem.FinishedAt))} = {{1}}, {O(nameof(OutboxItem.ClaimedBy))} = NULL, "
            + $"{O(nameof(OutboxItem.ClaimedUntil))} = NULL, {O(nameof(OutboxItem.Version))} = {O(nameof(OutboxItem.Version))} + 1 "
            + $"WHERE {O(nameof(OutboxItem.ConversationId))} = {{2}} AND {O(nameof(OutboxItem.Version))} = {{3}} "
            + $"AND {O(nameof(OutboxItem.ClaimedBy))} = {{4}} AND {O(nameof(OutboxItem.Sequence))} IN (";

        _delivered = ToProvider(outbox.FindProperty(nameof(OutboxItem.State))!, OutboxState.Delivered);
        var finishedAt = outbox.FindProperty(nameof(OutboxItem.FinishedAt))!;
        _instant = at => ToProvider(finishedAt, at);
    }

    public static DeliveredOutcomeSql For(BotDbContext db) => ByContext.GetOrAdd(db.GetType(), _ => new DeliveredOutcomeSql(db));

    /// <summary>The channel's id of a delivered reply, and its JSON naming it, into the reply's transcript row.</summary>
    public RawStatement SetChannelId(string conversationId, long sequence, string activityId, string json) =>
        new(_transcriptUpdate, [activityId, json, conversationId, sequence]);

    /// <summary>Marks delivered, in one statement, those of the conversation's <paramref name="sequences"/> this instance
    /// still holds at <paramref name="version"/>; its affected rows are how many it finished.</summary>
    public RawStatement Finish(string conversationId, IReadOnlyList<long> sequences, int version, string instance, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequences.Count, MaxSequencesPerStatement);
        var parameters = new object?[5 + sequences.Count];
        parameters[0] = _delivered;
        parameters[1] = _instant(at);
        parameters[2] = conversationId;
        parameters[3] = version;
        parameters[4] = instance;
        for (var i = 0; i < sequences.Count; i++) parameters[5 + i] = sequences[i];
        return new RawStatement(FinishSql(sequences.Count), parameters);
    }

    /// <summary>The finishing statement for <paramref name="count"/> sequences, built on first use and kept.</summary>
    private string FinishSql(int count) => _finishByCount[count] ??= BuildFinishSql(count);

    private string BuildFinishSql(int count)
    {
        var text = new StringBuilder(_finishPrefix);
        for (var i = 0; i < count; i++) text.Append(i == 0 ? "" : ", ").Append('{').Append(5 + i).Append('}');
        return text.Append(')').ToString();
    }

    /// <summary>The value as the provider stores it, through the property's converter (none: as it is).</summary>
    private static object ToProvider(IProperty property, object value) =>
        property.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;
}

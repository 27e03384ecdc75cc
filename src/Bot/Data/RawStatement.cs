namespace AfterSalesBot.Bot.Data;

/// <summary>One SQL statement for <see cref="StoreWriter"/>'s batch: its text with <c>{0}</c>, <c>{1}</c> … where its
/// values go (as for <c>ExecuteSqlRaw</c>), and the values, already in the provider's form.</summary>
public sealed record RawStatement(string Sql, object?[] Values);

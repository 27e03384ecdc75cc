using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AfterSalesBot.Bot.Data;

/// <summary>
/// PostgreSQL's <c>timestamp with time zone</c> holds an instant, and Npgsql writes only offset-zero values: every
/// instant is stored in UTC and read back with offset zero (the same instant; the original offset is not kept).
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
